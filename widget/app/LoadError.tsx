import type { FrameText } from './frame-text';

interface LoadErrorProps {
  text: FrameText;
  onRetry: () => void;
}

/** Shown when the content could not be loaded; the page around it keeps working. */
export function LoadError({ text, onRetry }: LoadErrorProps) {
  return (
    <div class="load-error" role="alert">
      <p>{text.failed}</p>
      <button type="button" class="retry" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}
