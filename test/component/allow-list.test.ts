// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeAnswerHtml } from '../../build/content/sanitize';
import { answerPlainText, sanitizeAnswerMarkup } from '../../widget/app/safe-html';
import { ANSWER_ATTRIBUTES, ANSWER_TAGS, DROPPED_WITH_CONTENT } from '../../widget/answer-allow-list';

/** Each allowed tag in a context where the HTML parser keeps it (table parts need their table). */
function sample(tag: string): string {
  const inner = `<${tag}>x</${tag}>`;
  if (tag === 'br' || tag === 'hr') return `<${tag}>`;
  if (tag === 'li') return `<ul>${inner}</ul>`;
  if (tag === 'tr') return `<table><tbody>${inner}</tbody></table>`;
  if (tag === 'th' || tag === 'td') return `<table><tbody><tr>${inner}</tr></tbody></table>`;
  if (tag === 'thead' || tag === 'tbody') return `<table>${inner}</table>`;
  return inner;
}

const SANITISERS = [
  ['the content build', sanitizeAnswerHtml],
  ['the widget', sanitizeAnswerMarkup],
] as const;

describe.each(SANITISERS)("%s's sanitiser and the shared allow-list", (_, sanitise) => {
  it.each([...ANSWER_TAGS])('keeps <%s>', (tag) => {
    const doc = new DOMParser().parseFromString(sanitise(sample(tag)), 'text/html');
    expect(doc.body.querySelector(tag)).not.toBeNull();
  });

  it.each(Object.entries(ANSWER_ATTRIBUTES).flatMap(([tag, names]) => names.map((name) => [tag, name])))(
    'keeps %s[%s]',
    (tag, name) => {
      const value = name === 'href' ? 'https://example.com/' : name === 'start' ? '3' : name === 'target' ? '_blank' : 'left';
      const html = sample(tag).replace(`<${tag}>`, `<${tag} ${name}="${value}">`);
      const element = new DOMParser().parseFromString(sanitise(html), 'text/html').body.querySelector(tag);
      expect(element?.getAttribute(name)).toBe(value);
    },
  );

  it('drops tags outside the list but keeps their text, and drops attributes outside the list', () => {
    expect(sanitise('<div><span>kept</span></div>')).toBe('kept');
    expect(sanitise('<p class="x" id="y" title="t">a</p>')).toBe('<p>a</p>');
    expect(sanitise('<ol start="2" reversed>x</ol>')).toBe('<ol start="2">x</ol>');
  });

  // <embed> is a void element: it has no inside, so the text after it is the page's own.
  it.each(DROPPED_WITH_CONTENT.filter((tag) => tag !== 'embed'))('drops <%s> with everything inside it', (tag) => {
    expect(sanitise(`<p>a</p><${tag}>hidden text</${tag}>`)).toBe('<p>a</p>');
  });

  it('drops <embed>', () => {
    expect(sanitise('<p>a</p><embed src="x.swf">')).toBe('<p>a</p>');
  });

  it('keeps no h1 or h2 (the Markdown renderer writes # and ## as h3 and h4), but keeps their words', () => {
    expect(sanitise('<h1>a</h1><h2>b</h2>')).toBe('ab');
  });

  it('never lets a link target a frame or window of the host page', () => {
    // Another site's, in a new tab instead (as every link to another site: leaving would end the conversation).
    expect(sanitise('<a href="https://example.com/" target="_top">x</a>')).toBe('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(sanitise('<a href="/x" target="host-frame">x</a>')).toBe('<a href="/x">x</a>');
  });

  it('opens links to other sites in a new tab that cannot reach back', () => {
    const doc = new DOMParser().parseFromString(sanitise('<a href="https://example.com/" target="_blank">x</a>'), 'text/html');
    expect(doc.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe("the content build's sanitiser", () => {
  it("opens a link to another site in a new tab with no way back to the page, raw HTML's as Markdown's, and keeps the site's own", () => {
    expect(sanitizeAnswerHtml('<a href="https://example.com/">x</a>')).toBe('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(sanitizeAnswerHtml('<a href="/help" target="_blank">x</a>')).toBe('<a href="/help" target="_blank" rel="noopener noreferrer">x</a>');
    expect(sanitizeAnswerHtml('<a href="mailto:a@b.example">x</a>')).toBe('<a href="mailto:a@b.example">x</a>');
  });

  it('removes unsafe and protocol-relative links and trims the result', () => {
    expect(sanitizeAnswerHtml('  <a href="javascript:alert(1)">x</a>  ')).toBe('<a>x</a>');
    expect(sanitizeAnswerHtml('<a href="//evil.example/">x</a>')).toBe('<a>x</a>');
  });
});

describe('the words of an answer, for the live region', () => {
  it('are its text, with runs of white space made one space and the ends trimmed', () => {
    expect(answerPlainText('  <p>Yes,\n  you can.</p>\t<ul><li>One</li></ul>  ')).toBe('Yes, you can. One');
    expect(answerPlainText('')).toBe('');
  });
});
