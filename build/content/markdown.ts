import { Lexer, Marked, Renderer, type MarkedOptions, type TokensList, type Tokens } from 'marked';
import { TOKENIZER_GUARDS, withGuardedParagraph } from './tokenizer-guards';

/**
 * What raw HTML may not even bring to the sanitiser: a browser parsing it (the run-time Markdown mode's
 * sanitiser runs in the visitor's page) applies the page's CSP to inline styles and `<base>` as it parses, and
 * reports each to the page's CSP reports. None of it is allowed in an answer anyway.
 */
const CSP_TRIGGERS = /<style\b[\s\S]*?<\/style\s*>|<base\b[^>]*>|(?<=<[a-z][^>]*?)\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi;

/** Raw HTML without what a browser would report to the page's CSP as it parses it (`CSP_TRIGGERS`). */
export function withoutCspTriggers(html: string): string {
  return html.replace(CSP_TRIGGERS, '');
}

/**
 * The one Markdown dialect of answers (GitHub-flavoured), shared by rendering and checking so both read alike, in
 * the build and in the run-time Markdown mode. Headings start at h3: the answer card's heading is the article
 * title, so `#` and `##` in an answer sit below it (links to other sites open in a new tab: the sanitiser's, for
 * raw HTML's links too, `widget/app/safe-html.ts`). Raw HTML loses inline
 * styles and `<base>` (`CSP_TRIGGERS`). Doing these here, not in the sanitiser, keeps the sanitiser to the
 * allow-list alone, and the build and the browser alike. Its tokens are marked's own (`TOKENIZER_GUARDS` and
 * `withGuardedParagraph` only spare the browser work); lex with `lexMarkdown`, which has the second.
 */
export const markdown = new Marked({
  gfm: true,
  async: false,
  tokenizer: TOKENIZER_GUARDS,
  renderer: {
    html(this: Renderer, token: Tokens.HTML | Tokens.Tag): string {
      return withoutCspTriggers(Renderer.prototype.html.call(this, token));
    },
  },
  walkTokens(token) {
    if (token.type === 'heading') (token as Tokens.Heading).depth = Math.max((token as Tokens.Heading).depth + 2, 3);
  },
  hooks: {
    provideLexer: (block) => (block ? lexBlocks : Lexer.lexInline),
  },
});

/** marked's block lexer, on the rules with the guarded paragraph (`withGuardedParagraph`). */
function lexBlocks<ParserOutput = string, RendererOutput = string>(src: string, options?: MarkedOptions<ParserOutput, RendererOutput>): TokensList {
  const lexer = new Lexer<ParserOutput, RendererOutput>(options);
  // The lexer has just handed its tokenizer (ours, `TOKENIZER_GUARDS`'s) marked's rules for these options; the
  // guarded paragraph is GFM's, so another dialect (a caller's `gfm: false`) keeps marked's own.
  const tokenizer = lexer.options.tokenizer!;
  if (tokenizer.rules.block === Lexer.rules.block.gfm) tokenizer.rules = withGuardedParagraph(tokenizer.rules);
  return lexer.lex(src);
}

/** The answers' dialect's tokens for `src`: what `markdown.lexer` gives, the way `markdown.parse` lexes it. */
export function lexMarkdown(src: string): TokensList {
  return lexBlocks(src, markdown.defaults);
}
