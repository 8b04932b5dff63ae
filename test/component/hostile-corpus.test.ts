// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderAnswerHtml } from '../../build/content/render-markdown';
import { NODE_ANSWER_HTML } from '../../build/content/sanitize';
import { ANSWER_TAGS } from '../../widget/answer-allow-list';
import { isSafeUrl } from '../../widget/safe-url';
import { WIDGET_ANSWER_HTML } from '../helpers/markdown-site';

/**
 * Hostile Markdown an editor's file could hold (pasted, or written by someone who means harm), rendered by the
 * content build (marked, then the walker over jsdom) and by the run-time Markdown mode (marked, then the same walker
 * over the browser's parser). Chromium's side is in test/e2e/markdown-mode.test.ts.
 */
const CORPUS: readonly string[] = [
  'Hi <script>alert(1)</script> there',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)" onmouseover=alert(2)>text</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1) "title")',
  '<javascript:alert(1)>',
  '[ref][x]\n\n[x]: javascript:alert(1)',
  '[ok](https://example.com/) and [mail](mailto:help@example.com) and [call](tel:+81-3-0000)',
  '<a href="https://example.com/" target="_self" rel="opener">raw link</a>',
  '<a href="/local" target="_blank">new tab</a>',
  '<iframe src="https://evil.example/"></iframe>after',
  '<object data="x.swf"></object><embed src="x.swf">after',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body{display:none}</style><div style="position:fixed">styled</div>',
  '<form action="https://evil.example/"><input name=a><button formaction=javascript:alert(1)>go</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>shown',
  '<textarea><script>alert(1)</script></textarea>',
  '<select><option>one</option></select>',
  '<details open ontoggle=alert(1)><summary>s</summary>d</details>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<!-- comment --><![CDATA[ x ]]>text',
  '<h1>Big</h1><h2>Less</h2>\n\n# Markdown h1\n\n## Markdown h2\n\n### h3',
  '<table><tr><td align="left" onclick=x>cell</td><td bgcolor=red>b</td></tr></table>',
  '| a | b |\n|---|---|\n| <b onclick=x>1</b> | [x](javascript:y) |',
  '<ol start="3" reversed type="a"><li>three</li></ol>',
  '<p>unclosed <b>bold <i>both</p>',
  '<<script>script>alert(1)<</script>/script>',
  '<a href="https://example.com/" onclick="steal()" title="t">t</a>',
  '<kbd>Ctrl</kbd> <del>old</del> <code><script>x</script></code>',
  '```html\n<script>alert(1)</script>\n```',
  '> quote <img src=x onerror=alert(1)>',
  '<div><p>nested <span style="x">span</span></p></div>',
  'Text &amp; entities &lt;script&gt; &#60;b&#62; &quot;',
];

/** How a browser reads an HTML string: the same DOM, however each engine happened to write it. */
function asParsed(html: string): string {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.innerHTML;
}

describe('one allow-list, two sanitisers: the build and the browser keep exactly the same of hostile Markdown', () => {
  it.each(CORPUS)('%s', (markdown) => {
    const built = asParsed(renderAnswerHtml(markdown, NODE_ANSWER_HTML));
    const inBrowser = asParsed(renderAnswerHtml(markdown, WIDGET_ANSWER_HTML));
    expect(inBrowser).toBe(built);

    const body = new DOMParser().parseFromString(`<body>${inBrowser}</body>`, 'text/html').body;
    for (const element of Array.from(body.querySelectorAll('*'))) {
      expect(ANSWER_TAGS as readonly string[]).toContain(element.tagName.toLowerCase());
      for (const { name, value } of Array.from(element.attributes)) {
        expect(name).not.toMatch(/^on|^style$/i);
        if (name === 'href') expect(isSafeUrl(value), value).toBe(true);
      }
      if (element.getAttribute('target') === '_blank') expect(element.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});
