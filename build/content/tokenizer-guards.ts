import type { Rules, TokenizerObject } from 'marked';

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
/** A line break, then a line that starts as marked's block `html` does. */
const BREAK_BEFORE_HTML = /^\n {0,3}</;

/**
 * marked's GFM `paragraph`, but stopping at every line that starts with `<` (after up to three spaces), where
 * marked's stops only at a line starting block HTML: the same lines run on a paragraph, save for that one
 * interruption, whose test (the HTML block tags, twice) is most of marked's expression. Its table interruption is
 * spelt up to the delimiter row's end, where marked's carries on with rows that a lookahead never needs.
 */
const PARAGRAPH_UNTIL_TAG_LINE = new RegExp(
  `^([^\\n]+(?:\\n(?!${[
    ' {0,3}(?:(?:-[\\t ]*){3,}|(?:_[ \\t]*){3,}|(?:\\*[ \\t]*){3,})(?:\\n+|$)', // thematic break
    ' {0,3}#{1,6}(?:\\s|$)', // ATX heading
    ' {0,3}>', // blockquote
    ' {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)', // fenced code
    ' {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]', // list item
    ' {0,3}<', // block HTML, or any other tag
    ' *(?:[^\\n ].*)\\n {0,3}(?:(?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n|$)', // table
    '[ \\t]+\\n', // a line of spaces
  ].join('|')})[^\\n]+)*)`,
);

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

/**
 * marked's GFM `paragraph` expression, tried as `PARAGRAPH_UNTIL_TAG_LINE` first: marked's own runs only where a
 * line starting with `<` ended that (its tokenizer reads the whole match and the first group, which both give
 * alike). A rule, not a tokenizer as above, because marked joins a paragraph to the next (where what looked like
 * a table under it was not one) only while its own paragraph tokenizer is in place.
 */
class GuardedParagraph extends RegExp {
  constructor(private readonly markedOwn: RegExp) {
    super(PARAGRAPH_UNTIL_TAG_LINE);
  }

  override exec(src: string): RegExpExecArray | null {
    const cap = super.exec(src);
    return cap === null || !BREAK_BEFORE_HTML.test(src.slice(cap[0].length)) ? cap : this.markedOwn.exec(src);
  }
}

const guardedBlockRules = new WeakMap<Rules['block'], Rules['block']>();

/** marked's block rules (GFM's, for our dialect) with the guarded paragraph, one copy per set of rules. */
export function withGuardedParagraph(rules: Rules): Rules {
  let block = guardedBlockRules.get(rules.block);
  if (!block) guardedBlockRules.set(rules.block, (block = { ...rules.block, paragraph: new GuardedParagraph(rules.block.paragraph) }));
  return { ...rules, block };
}
