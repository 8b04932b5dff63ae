import type { TokenizerObject } from 'marked';

/** A line that is whitespace only: where a setext heading's text cannot run on (marked's `\n(?!\s*?\n…)`). */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** A setext underline, `===` or `---`, on a line of its own (the end of marked's `lheading`). */
const SETEXT_UNDERLINE = /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/;
/** The start of marked's GFM `table`: a line of text, then a delimiter row's first dash. */
const TABLE_START = /^ *[^\n ].*\n {0,3}(?:\| *)?:?-/;
/** The start of every alternative of marked's block `html`. */
const HTML_START = /^ {0,3}</;
/** The start of marked's `blockquote`. */
const BLOCKQUOTE_START = /^ {0,3}>/;

/**
 * Tokenizers that skip marked's own where its regular expression cannot match, tried at the start of every block.
 * Why: a browser compiles a regular expression the first time it runs, and marked's `lheading`, `table`,
 * `blockquote` and `html` are among its largest (each holds the whole list of HTML block tags), about 50 ms at
 * 4× CPU slowdown before the first answer in the run-time Markdown mode, for answers that seldom have any of
 * them. Each test below is the beginning of marked's expression, or a part every match has, so it is false only
 * where marked's would find nothing: `undefined` says "not here", `false` hands over to marked's tokenizer, which
 * then decides exactly as without the guard.
 */
export const TOKENIZER_GUARDS: TokenizerObject = {
  lheading(src) {
    // The heading's text cannot run over a blank line, so its underline ends at the first one.
    const blank = src.search(BLANK_LINE);
    return SETEXT_UNDERLINE.test(blank === -1 ? src : src.slice(0, blank + 1)) ? false : undefined;
  },
  table: (src) => (TABLE_START.test(src) ? false : undefined),
  html: (src) => (HTML_START.test(src) ? false : undefined),
  blockquote: (src) => (BLOCKQUOTE_START.test(src) ? false : undefined),
};
