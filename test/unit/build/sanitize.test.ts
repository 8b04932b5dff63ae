import { describe, expect, it } from 'vitest';
import { renderAnswerHtml } from '../../../build/content/render-markdown';
import { markdown } from '../../../build/content/markdown';
import { htmlToPlainText, NODE_ANSWER_HTML } from '../../../build/content/sanitize';

describe('rendering an answer sanitises the Markdown', () => {
  it('removes script tags with their content', () => {
    const html = renderAnswerHtml('Hello\n\n<script>alert(1)</script>\n\nBye', NODE_ANSWER_HTML);
    expect(html).not.toMatch(/script|alert/i);
    expect(html).toContain('<p>Hello</p>');
    expect(html).toContain('<p>Bye</p>');
  });

  it('removes event-handler attributes', () => {
    const html = renderAnswerHtml('<p onclick="alert(1)">Hi <b onmouseover="x()">there</b></p>', NODE_ANSWER_HTML);
    expect(html).not.toMatch(/on(click|mouseover)|alert/i);
    expect(html).toContain('<b>there</b>');
  });

  it('removes javascript: links, however they are written', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#09;script:alert(1)', ' javascript:alert(1)']) {
      const html = renderAnswerHtml(`[click](${href}) and <a href="${href}">raw</a>`, NODE_ANSWER_HTML);
      expect(html, href).not.toMatch(/javascript/i);
    }
  });

  it('keeps safe links and opens web links in a new tab without an opener', () => {
    const html = renderAnswerHtml('[Register](https://example.com/pre-registration) or [mail us](mailto:help@example.com)', NODE_ANSWER_HTML);
    expect(html).toContain('<a href="https://example.com/pre-registration" target="_blank" rel="noopener noreferrer">Register</a>');
    expect(html).toContain('<a href="mailto:help@example.com">mail us</a>');
  });

  it('drops style attributes and style elements, which a strict CSP would refuse anyway', () => {
    const html = renderAnswerHtml('<p style="color:red">Red</p>\n\n<style>p{}</style>', NODE_ANSWER_HTML);
    expect(html).toBe('<p>Red</p>');
  });

  it('demotes headings below the answer card title', () => {
    expect(renderAnswerHtml('# Big\n\n## Smaller', NODE_ANSWER_HTML)).toBe('<h3>Big</h3>\n<h4>Smaller</h4>');
  });
});

describe('plain text of an answer', () => {
  it('separates blocks with a space and decodes entities', () => {
    expect(htmlToPlainText('<p>Tom &amp; Jerry</p><ul><li>one</li><li>two &lt;3</li></ul>')).toBe('Tom & Jerry one two <3');
  });

  it('strips inline styles and <base> from raw HTML before any parser sees it (a browser would report them to the CSP)', () => {
    const rendered = markdown.parse('<p style="position:fixed" title="t">overlay</p><base href="https://evil.example/">\n\nText <span style=\'x\'>y</span>', { async: false });
    expect(rendered).not.toMatch(/style|<base/);
    expect(rendered).toContain('<p title="t">overlay</p>');
  });
});

describe('the links of an answer, as the build checks them', () => {
  it('lists every link with an address, as the browser reads it (entities decoded, an empty one kept), and no anchor without one', () => {
    const html = '<p><a href="guide.md#a&amp;b">one</a> <a name="top">no address</a> <a href="">empty</a></p><ul><li><a href="https://example.com/?x=1&amp;y=2">two</a></li></ul>';
    expect(NODE_ANSWER_HTML.linkTargets(html)).toEqual(['guide.md#a&b', '', 'https://example.com/?x=1&y=2']);
  });
});
