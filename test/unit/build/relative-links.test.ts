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
    expect(warning?.hint).toContain('/guide/rules.html');
    expect(result.warnings.filter((w) => w.message.includes('the link "/rules.html"'))).toEqual([]);
  });
});
