/**
 * How an answer's rendered HTML is made safe and read as plain text: the widget's DOM walker over the one
 * allow-list (`widget/app/safe-html.ts`), run over jsdom in the build (`NODE_ANSWER_HTML`) and over the browser's
 * own parser in the run-time Markdown mode (`widget/markdown/`), where the app hands it over with its Trusted
 * Types policy. Everything else the content compiler does is the same code in both.
 */
export interface AnswerHtml {
  sanitize(html: string): string;
  plainText(html: string): string;
}
