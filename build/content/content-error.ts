/**
 * A problem in an editor's file, as a value the build prints and the tests inspect: where it is, what is wrong,
 * and how to fix it. Editors read these, so the message names the field and the hint shows the fix.
 */
export interface ContentError {
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  message: string;
  hint: string;
  /**
   * Set when the build itself failed on the file rather than the file being wrong: the editor cannot fix it, so
   * it is printed as an internal error and the hint says how to report it.
   */
  internal?: true;
}

export function formatContentError(error: ContentError): string {
  if (error.internal) return `internal error while building ${error.file}: ${error.message}\n  How to report it: ${error.hint}`;
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return `${where}: ${error.message}\n  How to fix: ${error.hint}`;
}
