import { JSDOM } from 'jsdom';
import { answerHtmlEngine, type AnswerHtml } from './answer-html';

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
 * The build's engine for answer HTML: the widget's own sanitiser (`cleanAnswerElement`, one allow-list), run
 * here over jsdom. It drops scripts, styles, event-handler attributes and unsafe URL schemes however they are
 * written, and keeps exactly what the widget keeps of the same markup.
 */
export const NODE_ANSWER_HTML: AnswerHtml = answerHtmlEngine(parsedBody);

/** The only HTML an answer may contain once rendered (`NODE_ANSWER_HTML`). */
export const sanitizeAnswerHtml = (html: string): string => NODE_ANSWER_HTML.sanitize(html);

/** Plain text of answer HTML, one space between blocks, for search and screen-reader announcements. */
export const htmlToPlainText = (html: string): string => NODE_ANSWER_HTML.plainText(html);
