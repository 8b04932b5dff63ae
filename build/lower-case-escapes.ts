/**
 * A built script with every `\uXXXX` escape's hex digits in lower case. The scripts are ASCII only (a Shift_JIS page
 * decodes a script served without a charset in its own encoding), so each Japanese character in them is an escape,
 * and the minifiers write them in both cases: Terser `\u30a1` in strings, the regular expressions as their source
 * was escaped, `\u304D`. One case lets gzip match more of them (`npm run size`, 2026-11-28: the Japanese script 26 B
 * smaller, the Markdown script 23 B, the app a few). Hex digits mean the same in either case in strings, regular
 * expressions, template literals and identifiers; only a backslash that is itself escaped (`\\u304D`, which is the
 * text "u304D") starts no escape, so it is left as it is. The one place the case would show, a tagged template's raw
 * strings, is nowhere in these scripts.
 */
export function lowerCaseEscapes(code: string): string {
  return code.replace(/(\\+)u([0-9A-Fa-f]{4})/g, (whole, backslashes: string, hex: string) =>
    backslashes.length % 2 === 1 ? `${backslashes}u${hex.toLowerCase()}` : whole,
  );
}
