/**
 * The file line (1-based) of the first of `written` found in `source`, tried in order (the most telling first);
 * undefined if none is. For problems found in an answer's HTML, after its Markdown has been rendered, whose line
 * is known only by what the file says.
 */
export function lineOfWritten(source: string, written: readonly string[]): number | undefined {
  const at = written.map((text) => source.indexOf(text)).find((index) => index !== -1);
  return at === undefined ? undefined : source.slice(0, at).split('\n').length;
}
