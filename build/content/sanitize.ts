import { JSDOM } from 'jsdom';
import { TEXT_BREAKS } from '../../widget/answer-allow-list';
import { cleanAnswerElement } from '../../widget/app/safe-html';
import type { AnswerHtml } from './answer-html';

let parser: DOMParser | undefined;

/**
 * An answer's HTML parsed as a browser parses it: jsdom follows the HTML standard, as browsers do, so the build
 * sees the same document the widget will (made on first use: loading jsdom takes most of a second).
 */
function parsedBody(html: string): HTMLElement {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(`<body>${html}</body>`, 'text/html').body;
}

/**
 * The only HTML an answer may contain once rendered: the widget's own sanitiser (`cleanAnswerElement`, one
 * allow-list), run here over jsdom. It drops scripts, styles, event-handler attributes and unsafe URL schemes
 * however they are written, and keeps exactly what the widget keeps of the same markup.
 */
export function sanitizeAnswerHtml(html: string): string {
  const body = parsedBody(html);
  cleanAnswerElement(body);
  return body.innerHTML.trim();
}

/** Plain text of answer HTML, one space between blocks, for search and screen-reader announcements. */
export function htmlToPlainText(html: string): string {
  return (parsedBody(html.replace(TEXT_BREAKS, '$& ')).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The build's engine for answer HTML. */
export const NODE_ANSWER_HTML: AnswerHtml = { sanitize: sanitizeAnswerHtml, plainText: htmlToPlainText };
