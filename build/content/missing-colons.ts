import type { ContentError } from './content-error';
import { ARTICLE_KEYS } from './article';
import { INDEX_KEYS } from './index-file';
import { GENERAL_HINT } from './yaml-source';
import { typedAgain } from './yaml-slips';

const KEYS: ReadonlySet<string> = new Set([...ARTICLE_KEYS, ...INDEX_KEYS]);

/** `key: value` at the start of a line (the key may be quoted): the key and what follows its colon. */
const KEY_LINE = /^(?:([A-Za-z_][\w-]*)|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+(.*))?$/;

/** How many brackets a text leaves open: a list or map written over several lines (`tags: [a,` / `b]`). */
const openBrackets = (text: string) => (text.match(/[[{]/g)?.length ?? 0) - (text.match(/[\]}]/g)?.length ?? 0);

/**
 * A line of front matter that lost its colon (`title How do I…`, `cta true`), a value wrapped onto a second line
 * (`title: How do I reset` / `my password?`), or a line of a block of text (`greeting: >-`) that lost its
 * indentation: js-yaml reports each lines later, often on the closing `---`, in its own words ("end of the stream
 * or a document separator is expected"). Each error given with YAML's general hint is looked for again here, on
 * the lines of the file up to it, and named on its own line with its fix. Build only: the Markdown script has no
 * bytes for it, and gives js-yaml's message.
 */
export function withMissingColons(errors: readonly ContentError[], sourceOf: (file: string) => string): ContentError[] {
  return errors.map((error) => {
    if (error.hint !== GENERAL_HINT || error.line === undefined) return error;
    const slip = colonSlip(sourceOf(error.file), error.line);
    return slip ? { ...error, ...slip } : error;
  });
}

/** The first line (1-based) of the front matter, up to `upTo`, that YAML could not read as a key, a list or text. */
function colonSlip(source: string, upTo: number): Pick<ContentError, 'line' | 'message' | 'hint'> | undefined {
  const lines = source.split(/\r?\n/);
  // The key whose value is a block of text (`>-`, `|`), and the one whose text is on its own line.
  let blockKey: string | null = null;
  let textKey: string | null = null;
  let open = 0;
  for (let i = 1; i < Math.min(lines.length, upTo); i++) {
    const line = lines[i] ?? '';
    if (/^---\s*$/.test(line)) return undefined;
    // Inside a list or map written over several lines, any line is its own.
    if (open > 0) {
      open += openBrackets(line);
      continue;
    }
    // Blank, a comment, indented (a list item, a block's text, a key under another) or a top-level list item.
    if (/^(?:\s|#|- |-$|$)/.test(line)) continue;
    const key = KEY_LINE.exec(line);
    if (key) {
      const name = key[1] ?? line.slice(1, line.indexOf(line[0]!, 1));
      const value = key[2]?.trim() ?? '';
      blockKey = /^[>|]/.test(value) ? name : null;
      textKey = value !== '' && !/^[>|[{"'#&*!]/.test(value) ? name : null;
      open = /^[[{]/.test(value) ? Math.max(0, openBrackets(value)) : 0;
      continue;
    }
    const at = i + 1;
    const typed = KEY_LINE.exec(line.normalize('NFKC'));
    if (typed && KEYS.has(typed[1] ?? '')) {
      return { line: at, message: `invalid YAML: "${line.split(/[:：\s]/)[0]}" is typed in full-width letters`, hint: typedAgain(`${typed[1]}: ${typed[2] ?? ''}`.trimEnd()) };
    }
    const [word = '', ...rest] = line.trim().split(/\s+/);
    // A key's name first: after a block of text, a key that lost its colon is no line of the text.
    if (KEYS.has(word)) {
      return { line: at, message: `invalid YAML: "${word}" has no colon after it`, hint: `Write it with one: ${`${word}: ${rest.join(' ')}`.trimEnd()}` };
    }
    if (blockKey) {
      return { line: at, message: `invalid YAML: this line of "${blockKey}"'s text is not indented, so YAML does not read it as part of the text`, hint: 'Indent it with two spaces, as the lines of the text above it.' };
    }
    if (textKey) {
      return {
        line: at,
        message: `invalid YAML: this line goes on with the text of "${textKey}" above, which YAML reads on one line only`,
        hint: `Put it on the line above, after "${textKey}: …", or indent it with two spaces.`,
      };
    }
    return { line: at, message: 'invalid YAML: this line is neither "key: value" nor a list item', hint: 'Write it as key: value (a space after the colon), or indent it under the key it belongs to.' };
  }
  return undefined;
}
