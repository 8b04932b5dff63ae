// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeAnswerHtml } from '../../build/content/sanitize';
import { sanitizeAnswerMarkup } from '../../widget/app/safe-html';

/** What both sanitisers may let through; anything else is a failure. */
const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'HR', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'DEL', 'KBD']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset'];

const TAGS = ['p', 'a', 'img', 'script', 'svg', 'math', 'iframe', 'style', 'div', 'span', 'table', 'td', 'form', 'button', 'input', 'object', 'embed', 'template', 'noscript', 'video', 'details', 'h1', 'ol', 'li', 'body', 'base', 'meta', 'link'];
const SCHEMES = ['javascript:', 'JaVaScRiPt:', ' java\tscript:', 'jav&#x61;script:', '&#106;avascript:', 'vbscript:', 'data:text/html,', '//evil.example/', 'https://ok.example/', 'mailto:a@b.c', '/relative', '#top', 'java\u0000script:'];
const ATTRIBUTES = fc.oneof(
  fc.tuple(fc.constantFrom('onclick', 'onerror', 'ONLOAD', 'onmouseover', 'onfocus'), fc.constant('alert(1)')),
  fc.tuple(fc.constantFrom(...URL_ATTRIBUTES), fc.constantFrom(...SCHEMES).map((scheme) => `${scheme}alert(1)`)),
  fc.tuple(fc.constantFrom('style', 'title', 'target', 'rel', 'start', 'align', 'class', 'id'), fc.constantFrom('x', 'color:red', '_blank', '1')),
);

/** A link, the one allowed element with a URL, with any of the schemes: most often where a bug would show. */
const LINK = fc
  .tuple(fc.constantFrom(...SCHEMES), fc.constantFrom('"', "'", ''), fc.constantFrom('', ' target="_blank"', ' onclick="x()"'))
  .map(([scheme, quote, extra]) => `<a href=${quote}${scheme}alert(1)${quote}${extra}>link</a>`);

/** Random, often malformed, HTML from a grammar of dangerous pieces: unclosed tags, odd quoting, nesting. */
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('text', '<', '>', '"', "'", '&lt;', '<!--', '-->', '<![CDATA[', ']]>', '</p>', '<p', '=', '`'),
    LINK,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(ATTRIBUTES, { maxLength: 3 }), fc.constantFrom('"', "'", ''), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attributes, quote, children, close]) => {
        const attrs = attributes.map(([name, value]) => ` ${name}=${quote}${value}${quote}`).join('');
        return `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`;
      }),
  ),
})).node;

/**
 * Whether a browser would follow `value` to somewhere harmless, judged by the URL parser itself rather than by
 * `isSafeUrl`, so a bug there cannot hide here: only http(s), mailto and tel, and no protocol-relative host.
 */
function browserSafe(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, 'https://base.example/page');
  } catch {
    return true; // a URL the browser cannot parse goes nowhere
  }
  if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) return false;
  return url.host === 'base.example' || /^\s*(https?|mailto|tel):/i.test(value);
}

/** Every way the sanitised HTML could still run code or leave the allow-list, read back by a browser parser. */
function dangers(sanitised: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${sanitised}</body>`, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (!ALLOWED.has(element.tagName)) found.push(`element ${element.tagName}`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.toLowerCase().startsWith('on')) found.push(`attribute ${name}`);
      if (name === 'style') found.push('style attribute');
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && !browserSafe(value)) found.push(`${name}=${value}`);
    }
  }
  return found;
}

describe('both sanitisers over arbitrary hostile HTML', () => {
  it("the build's (the widget's walker over jsdom) never lets an event attribute, unsafe URL or element outside the allow-list through", () => {
    fc.assert(fc.property(html, (input) => {
      expect(dangers(sanitizeAnswerHtml(input))).toEqual([]);
    }), { numRuns: 400 });
  });

  it("the widget's (DOM walker) never lets an event attribute, unsafe URL or element outside the allow-list through", () => {
    fc.assert(fc.property(html, (input) => {
      expect(dangers(sanitizeAnswerMarkup(input))).toEqual([]);
    }), { numRuns: 400 });
  });

  it('keep exactly the same of it: one walker, over two parsers that follow the HTML standard', () => {
    fc.assert(fc.property(html, (input) => {
      expect(sanitizeAnswerHtml(input)).toBe(sanitizeAnswerMarkup(input).trim());
    }), { numRuns: 400 });
  });

  it('the checker itself sees the dangers it looks for', () => {
    expect(dangers('<img src=x onerror="alert(1)"><a href="JaVaScRiPt:alert(1)">x</a><p style="x">y</p>')).toEqual([
      'element IMG',
      'attribute onerror',
      'href=JaVaScRiPt:alert(1)',
      'style attribute',
    ]);
  });
});
