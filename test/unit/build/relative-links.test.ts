import { describe, expect, it } from 'vitest';
import { pageRelativeLinks } from '../../../build/content/relative-links';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe('links relative to the page an answer is shown on', () => {
  it('are told apart from links from the root, fragments and full addresses', () => {
    const html = ['rules.html', '../guide/x.html', './a', '/rules.html', '#top', '?q=1', 'https://example.com/a', 'mailto:a@example.com', 'tel:+81'].map((href) => `<a href="${href}">x</a>`).join('');
    expect(pageRelativeLinks(html)).toEqual(['rules.html', '../guide/x.html', './a']);
  });

  it('are a warning of the build, with the file and the link written from the root, and the build goes on', async () => {
    await content().addArticle('rules.md', article('Where are the rules?', 'See [the rules](../guide/rules.html) and [the site](/rules.html).'));
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const warning = result.warnings.find((w) => w.message.includes('the link "../guide/rules.html"'));
    expect(warning?.file).toMatch(/content\/en\/rules\.md$/);
    expect(warning?.line).toBe(4);
    expect(warning?.hint).toContain('/guide/rules.html');
    expect(result.warnings.filter((w) => w.message.includes('the link "/rules.html"'))).toEqual([]);
  });

  it('are an error where they are a web address without its https://, on their line, with the address in full (found by a review)', async () => {
    const body = 'Fill in the form.\n\nSee [the site](www.example.com/page), [this](example.com) or [that](https//example.org/a).\n\nOr [the rules](rules.html).';
    await content().addArticle('forms.md', article('Where is the form?', body));
    const result = await content().build();
    const problems = result.errors.filter((e) => e.file.endsWith('forms.md'));
    expect(problems.map((e) => [e.line, e.message.match(/"([^"]+)"/)?.[1], e.hint])).toEqual([
      [6, 'www.example.com/page', 'Write it in full: https://www.example.com/page'],
      [6, 'example.com', 'Write it in full: https://example.com'],
      [6, 'https//example.org/a', 'Write it in full: https://example.org/a'],
    ]);
    expect(result.written).toEqual([]);
    // A page's name is no host: still a warning.
    expect(result.warnings.filter((w) => w.file.endsWith('forms.md') && w.message.startsWith('the link')).map((w) => [w.line, w.message.match(/"([^"]+)"/)?.[1]])).toEqual([[8, 'rules.html']]);
  });

  it('tells a web or e-mail address without its scheme from a page of the site, and quotes it as written (found by a review)', async () => {
    const links = ['example.ca/help', 'portal.example.dev/login', 'support@example.com', 'example.jp/サポート', 'rules.html', 'www.html', 'docs/guide.pdf', 'guide'];
    const body = links.map((href, i) => `${i}. [link ${i}](${href})`).join('\n');
    await content().addArticle('links.md', article('Where are the links?', body));
    const result = await content().build();
    const errors = result.errors.filter((e) => e.file.endsWith('links.md')).map((e) => [e.line, e.hint]);
    expect(errors).toEqual([
      [4, 'Write it in full: https://example.ca/help'],
      [5, 'Write it in full: https://portal.example.dev/login'],
      [6, 'Write it in full: mailto:support@example.com'],
      [7, 'Write it in full: https://example.jp/サポート'],
    ]);
    // (The article is English only, so it is also warned of as missing in Japanese.)
    const warned = result.warnings.filter((w) => w.file.endsWith('links.md') && w.message.startsWith('the link')).map((w) => [w.line, w.message.match(/"([^"]+)"/)?.[1]]);
    expect(warned).toEqual([[8, 'rules.html'], [9, 'www.html'], [10, 'docs/guide.pdf'], [11, 'guide']]);
  });
});
