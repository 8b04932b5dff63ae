/** How much longer a pack's text may grow by writing its characters beyond ASCII as escapes. */
const MAX_ESCAPE_GROWTH = 0.01;

const escapeBeyondAscii = (text: string): string =>
  text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A pack's text, and how the files made from it are written (a sharded pack's), chosen from the whole pack. Where only a few of its characters are
 * beyond ASCII (an English help centre's curly quotes, dashes and accents), they are written as `\uXXXX` escapes:
 * one such character makes the browser decode the whole response as two-byte text and parse it as such. At 1,000
 * StackFAQ articles (1 MB, 512 such characters) a page's `fetch` and `json()` of the pack took 60.8 ms as
 * written and 45.4 escaped (CPU 4x slower, medians of 15 interleaved, 2026-11-30), for 1.5 KB more text and no more
 * gzip. A pack mostly beyond ASCII (Japanese) stays as it is: escaped, each of its characters takes six bytes
 * rather than three, and parsing the escapes is slower still (the log-in FAQ's Japanese pack repeated to 960
 * articles: 100 ms as written, 169 escaped, the same way). All of a sharded pack's files go one way, its small
 * ones included.
 */
export function packJson(pack: unknown): { text: string; json: (value: unknown) => string } {
  const text = JSON.stringify(pack);
  const escaped = escapeBeyondAscii(text);
  // `text`: the pack's own, written whole as a single pack without a second pass over it.
  return escaped.length <= text.length * (1 + MAX_ESCAPE_GROWTH)
    ? { text: escaped, json: (value) => escapeBeyondAscii(JSON.stringify(value)) }
    : { text, json: (value) => JSON.stringify(value) };
}
