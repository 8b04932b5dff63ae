import type { AnswerHtml } from './answer-html';
import { markdown } from './markdown';

/** Markdown to safe HTML: marked renders, the sanitiser has the last word. */
export function renderAnswerHtml(body: string, html: AnswerHtml): string {
  return html.sanitize(markdown.parse(body, { async: false }));
}
