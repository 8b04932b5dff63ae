import { markdown } from './markdown';
import { sanitizeAnswerHtml } from './sanitize';

/** Markdown to safe HTML: marked renders, the sanitiser has the last word. */
export function renderAnswerHtml(body: string): string {
  return sanitizeAnswerHtml(markdown.parse(body, { async: false }));
}
