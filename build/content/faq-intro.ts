import type { Tokens } from 'marked';
import type { AnswerHtml } from './answer-html';
import type { CompiledIndex } from './index-file';
import { lexMarkdown, markdown } from './markdown';

/**
 * The index's body as the static FAQ page's introduction: its links to articles lead to their sections on the
 * page (`shared-email.md` → `#shared-email`), so the editor's list of articles is the page's table of contents.
 * `idOf`: the id of the article of each linked file.
 */
export function renderFaqIntro(index: CompiledIndex, idOf: ReadonlyMap<string, string>, answerHtml: AnswerHtml): string {
  const tokens = lexMarkdown(index.body);
  markdown.walkTokens(tokens, (token) => {
    // What `markdown.parse` does to every token (headings below an h2: the sanitiser keeps h3 to h6), which a
    // lexing of one's own skips: `#` and `##` were dropped to bare text until a review.
    void markdown.defaults.walkTokens?.(token);
    if (token.type !== 'link') return;
    const link = token as Tokens.Link;
    const file = link.href.replace(/^\.\//, '').replace(/#.*$/, '');
    const id = idOf.get(file);
    if (id !== undefined) link.href = `#${id}`;
  });
  return answerHtml.sanitize(markdown.parser(tokens));
}
