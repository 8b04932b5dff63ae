interface LoadErrorProps {
  onRetry: () => void;
}

/** Shown when the content could not be loaded; the page around it keeps working. */
export function LoadError({ onRetry }: LoadErrorProps) {
  return (
    <div class="load-error" role="alert">
      <p>Sorry, the answers could not be loaded just now. Please check your connection and try again.</p>
      <button type="button" class="retry" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
