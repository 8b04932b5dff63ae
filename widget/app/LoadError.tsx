import type { FrameText } from './frame-text';

interface LoadErrorProps {
  text: FrameText;
  onRetry: () => void;
  /** With `data-preview` in the run-time Markdown mode: why nothing could be loaded. */
  problems?: readonly string[];
}

/** Shown when the content could not be loaded; the page around it keeps working. */
export function LoadError({ text, onRetry, problems }: LoadErrorProps) {
  return (
    <>
      <div class="load-error" role="alert">
        <p>{text.failed}</p>
        <button class="retry" onClick={onRetry}>
          {text.retry}
        </button>
      </div>
      {problems && <ContentProblems problems={problems} />}
    </>
  );
}

/**
 * `data-preview` in the run-time Markdown mode: the problems found in the editors' files, for the editor checking
 * a change (file, line, what, how to fix). In English, as the build's messages are.
 */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
  return (
    <div class="load-error problems" role="alert" lang="en">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
