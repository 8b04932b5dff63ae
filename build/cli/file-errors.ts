/**
 * Why a file could not be read or written, in words for the command line: a path that leads nowhere says so (the
 * missing `file`, or the `folder` it was to go in), anything else Node's own message, never a bare error code.
 */
export function fileErrorInWords(error: NodeJS.ErrnoException, missing: 'file' | 'folder'): string {
  return error.code === 'ENOENT' ? `there is no such ${missing}` : error.message;
}
