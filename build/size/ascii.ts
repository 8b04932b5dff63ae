/**
 * The first non-ASCII byte of a script, as "line:column (U+XXXX)", or null when there is none. A script served
 * without a charset to a Shift_JIS or windows-1252 page is decoded in the page's encoding, where any such byte
 * turns into other characters and the script stops parsing.
 */
export function firstNonAscii(source: string): string | null {
  const match = /[^\x00-\x7f]/.exec(source);
  if (!match) return null;
  const before = source.slice(0, match.index).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${before.length}:${column} (U+${code})`;
}
