import type { ContentError } from './content-error';

const HOW_TO_REPORT =
  'This is a fault in Askdown, not a mistake in your file. Open an issue in the Askdown project with this ' +
  'message and the file attached. Until it is fixed, undo your last change to the file to publish again.';

/** An exception thrown while building `file`, as an error the editor can read and pass on. */
export function internalError(file: string, thrown: unknown): ContentError {
  const message = thrown instanceof Error ? `${thrown.name === 'Error' ? '' : `${thrown.name}: `}${thrown.message}` : String(thrown);
  return { file, message, hint: HOW_TO_REPORT, internal: true };
}

/**
 * Runs one step of the build on `file`; if it throws, returns `failed` of the internal error instead. A bug or a limit of a
 * library (marked overflows its stack on deeply nested Markdown) must cost the editor one clear message naming
 * the file, never a stack trace and never the other files' checks.
 */
export function guarded<T>(file: string, step: () => T, failed: (error: ContentError) => T): T {
  try {
    return step();
  } catch (thrown) {
    return failed(internalError(file, thrown));
  }
}
