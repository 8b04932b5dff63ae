// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeAnswerMarkup } from '../../widget/app/safe-html';

describe('the widget re-sanitises fetched answer HTML', () => {
  it('removes script elements and their content', () => {
    expect(sanitizeAnswerMarkup('<p>Hi</p><script>alert(1)</script>')).toBe('<p>Hi</p>');
  });

  it('removes event handlers and style attributes', () => {
    expect(sanitizeAnswerMarkup('<p onclick="alert(1)" style="color:red">Hi</p>')).toBe('<p>Hi</p>');
  });

  it('removes javascript: hrefs and unwraps unknown elements', () => {
    expect(sanitizeAnswerMarkup('<a href=" javascript:alert(1)">x</a><img src=x onerror=alert(1)><span>y</span>')).toBe('<a>x</a>y');
  });

  it("opens a raw HTML link to another site in a new tab, as a Markdown one, and keeps the page's own links in it (a stranger's try as an editor)", () => {
    expect(sanitizeAnswerMarkup('<a href="https://other.example/">x</a>')).toBe('<a href="https://other.example/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(sanitizeAnswerMarkup('<a href="/rules.html" target="_top">a</a><a href="#askdown=which-email">b</a>')).toBe('<a href="/rules.html">a</a><a href="#askdown=which-email">b</a>');
  });

  it('forces noopener on links that open a new tab', () => {
    expect(sanitizeAnswerMarkup('<a href="https://example.com" target="_blank">x</a>')).toBe(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});
