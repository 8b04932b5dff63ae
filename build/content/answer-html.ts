import { TEXT_BREAKS } from '../../widget/answer-allow-list';
import { cleanAnswerElement } from '../../widget/app/safe-html';

/**
 * How an answer's rendered HTML is made safe and read as plain text: the widget's DOM walker over the one
 * allow-list (`widget/app/safe-html.ts`), run over jsdom in the build (`NODE_ANSWER_HTML`) and over the browser's
 * own parser in the run-time Markdown mode (`widget/markdown/`). Everything else the content compiler does is the
 * same code in both.
 */
export interface AnswerHtml {
  sanitize(html: string): string;
  plainText(html: string): string;
  /** The targets of the links in `html` as a browser reads them (entities decoded), which the sanitiser checks. */
  linkTargets(html: string): string[];
}

/** Parses answer HTML into the body of an inert document, as a browser does. */
export type ParseAnswerHtml = (html: string) => HTMLElement;

/**
 * The engine over one parser, so the build (jsdom) and the browser (its own parser, under the page's Trusted
 * Types policy) sanitise and read text with the same code: HTML trimmed, text one space between blocks.
 */
export function answerHtmlEngine(parse: ParseAnswerHtml): AnswerHtml {
  return {
    sanitize(html) {
      const body = parse(html);
      cleanAnswerElement(body);
      return body.innerHTML.trim();
    },
    plainText: (html) => (parse(html.replace(TEXT_BREAKS, '$& ')).textContent ?? '').replace(/\s+/g, ' ').trim(),
    // Not `querySelectorAll('a[href]')`: in jsdom each call on a fresh document left listeners behind on the
    // parser's window, which all its documents share, so the content build's time grew with the square of the
    // articles (3,001 of them: 55 s, and 7 s without it; found by a stranger's try, 2026-11-30).
    linkTargets: (html) =>
      Array.from(parse(html).getElementsByTagName('a'), (link) => link.getAttribute('href')).filter((href) => href !== null),
  };
}
