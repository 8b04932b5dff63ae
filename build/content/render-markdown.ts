import { Marked, type Token, type Tokens } from 'marked';
import type { ContentError } from './content-error';
import { isSafeUrl } from '../../widget/safe-url';
import { sanitizeAnswerHtml } from './sanitize';

const markdown = new Marked({ gfm: true, async: false });

/** Markdown to safe HTML: marked renders, the sanitiser has the last word. */
export function renderAnswerHtml(body: string): string {
  return sanitizeAnswerHtml(markdown.parse(body, { async: false }));
}

const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:/i;

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
    walk(children, visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
  }
}

function lineOf(body: string, needle: string, bodyLine: number): number {
  const at = body.indexOf(needle);
  return at === -1 ? bodyLine : bodyLine + body.slice(0, at).split('\n').length - 1;
}

/**
 * Unsafe links and markup would be removed by the sanitiser anyway; reporting them makes the editor notice that
 * the answer would not look the way it was written.
 */
export function findUnsafeMarkdown(file: string, body: string, bodyLine: number): ContentError[] {
  const errors: ContentError[] = [];
  walk(markdown.lexer(body), (token) => {
    if ((token.type === 'link' || token.type === 'image') && !isSafeUrl((token as Tokens.Link).href)) {
      errors.push({
        file,
        line: lineOf(body, token.raw, bodyLine),
        message: `unsafe link "${(token as Tokens.Link).href}"`,
        hint: 'Links may only use https:, http:, mailto: or tel:, or be relative. Remove it or use a web address.',
      });
    }
    if (token.type === 'html' && UNSAFE_HTML.test(token.raw)) {
      errors.push({
        file,
        line: lineOf(body, token.raw, bodyLine),
        message: `unsafe HTML "${token.raw.trim().slice(0, 60)}"`,
        hint: 'Scripts, styles, frames, forms and on...= event attributes are not allowed; write the answer in Markdown.',
      });
    }
  });
  return errors;
}
