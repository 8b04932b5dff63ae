import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../build/content/article-size';
import { reportBuild } from '../../../build/content/build-content';
import type { ContentError } from '../../../build/content/content-error';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

/** Writes content/en/card.md, builds, and returns the problems after checking that nothing was written. */
async function problemsOf(source: string): Promise<ContentError[]> {
  await content().addArticle('card.md', source);
  const result = await content().build();
  expect(await content().written()).toEqual([]);
  expect(result.errors.every((e) => /content\/en\/card\.md$/.test(e.file))).toBe(true);
  return result.errors;
}

describe('images are refused with the line they are on, never dropped without a word', () => {
  it('refuses a Markdown image, and suggests a link to it', async () => {
    const errors = await problemsOf(article('Where do I click?', 'Open the menu.\n\n![The menu](https://example.com/menu.png)'));
    expect(errors).toEqual([
      expect.objectContaining({ line: 6, message: 'images are not supported in answers: "![The menu](https://example.com/menu.png)"' }),
    ]);
    expect(errors[0]?.hint).toBe('Link to the image instead, e.g. [The menu](https://example.com/menu.png), or say in words what it shows.');
  });

  it('refuses an <img> tag, a reference-style image, an image inside a link and one in a table cell, each on its line', async () => {
    const body = [
      'Open the menu <img src="https://example.com/a.png" alt="Menu">.', // line 4
      '',
      'Then ![the button][button].', // line 6
      '',
      '[![Logo](https://example.com/logo.png)](https://example.com)', // line 8
      '',
      '| Step | Picture |',
      '|---|---|',
      '| 1 | ![Step one](https://example.com/1.png) |', // line 12
      '',
      '[button]: https://example.com/button.png',
    ].join('\n');
    const errors = await problemsOf(article('Where do I click?', body));
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [4, 'images are not supported in answers'],
      [6, 'images are not supported in answers'],
      [8, 'images are not supported in answers'],
      [12, 'images are not supported in answers'],
    ]);
    expect(reportBuild({ written: [], errors, warnings: [] })).toContain('card.md:4: images are not supported in answers');
  });
});

describe('unsafe HTML is reported on the line of the offending HTML', () => {
  it('names line 9 when the same HTML appears earlier in a code span', async () => {
    const source = [
      '---', // 1
      'title: How do I track clicks?', // 2
      '---', // 3
      'Never paste `<span onclick="track()">` into an answer.', // 4
      '', // 5
      'Use the analytics page instead.', // 6
      '', // 7
      'Like this:', // 8
      'Click <span onclick="track()">here</span>.', // 9
    ].join('\n');
    const errors = await problemsOf(source);
    expect(errors).toEqual([expect.objectContaining({ line: 9, message: 'unsafe HTML "<span onclick="track()">"' })]);
  });

  it('names the line inside an HTML block, a table cell, a list item and a quote', async () => {
    const body = [
      '<div>', // 4
      '<p onclick="x()">Hi</p>', // 5
      '</div>',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | <b onmouseover="x()">2</b> |', // 10
      '',
      '- one',
      '  <i onclick="x()">two</i>', // 13
      '',
      '> quoted',
      '> <em onfocus="x()">text</em>', // 16
    ].join('\n');
    const errors = await problemsOf(article('Where?', body));
    expect(errors.map((e) => e.line)).toEqual([5, 10, 13, 16]);
    expect(errors.every((e) => e.message.startsWith('unsafe HTML'))).toBe(true);
  });
});

describe(`an article over ${MAX_ARTICLE_BYTES / 1024} KB is refused before it is rendered`, () => {
  it('refuses a 10 MB single paragraph with a message, not a stack overflow', async () => {
    const errors = await problemsOf(article('Everything', 'word '.repeat(2_000_000)));
    expect(errors).toEqual([
      expect.objectContaining({
        line: 4,
        message: 'the article is 9,766 KB, over the limit of 100 KB per article (it passes the limit on this line)',
        hint: expect.stringMatching(/^Split it into several articles/),
      }),
    ]);
  });

  it('names the line where a long article passes the limit', async () => {
    const errors = await problemsOf(article('Everything', 'Twenty bytes a line\n'.repeat(10_000)));
    // "---\ntitle: Everything\n---\n" is 26 bytes; each line is 20, so byte 102,400 is on line 3 + 5,119.
    expect(errors[0]?.line).toBe(3 + Math.ceil((MAX_ARTICLE_BYTES - 26 + 1) / 20));
  });

  it('builds an article just under the limit', async () => {
    const header = article('Everything', '');
    await content().addArticle('card.md', header + 'word '.repeat(Math.floor((MAX_ARTICLE_BYTES - header.length) / 5)));
    expect((await content().build()).errors).toEqual([]);
    const pack = JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8'));
    expect(pack.articles.map((a: { id: string }) => a.id)).toContain('card');
  });
});

describe('links from one answer to another article', () => {
  it('refuses a link to a Markdown file, on its line, and says to name the article under related instead', async () => {
    const errors = await problemsOf(article('Which one?', 'See also [which address](which-email.md).\n\nOr [the hours](./registration-hours.md#night), [the ids](multiple-login-ids.md?x=1).'));
    expect(errors).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringMatching(/^the link "which-email\.md" leads to a Markdown file, which visitors cannot open/) }),
      expect.objectContaining({ line: 6, message: expect.stringMatching(/^the link "\.\/registration-hours\.md#night" leads to a Markdown file/) }),
      expect.objectContaining({ line: 6, message: expect.stringMatching(/^the link "multiple-login-ids\.md\?x=1"/), hint: expect.stringMatching(/related: \[multiple-login-ids\]/) }),
    ]);
    expect(errors[0]?.hint).toMatch(/name it under related: .* e\.g\. related: \[which-email\]/);
    expect(errors[1]?.hint).toMatch(/related: \[registration-hours\]/);
  });

  it('leaves web addresses alone, even ones to a .md file, and links within the page', async () => {
    await content().addArticle('card.md', article('Which one?', 'Read [the guide](https://example.com/guide.md), [the top](#top) or [home](/help/readme.md).'));
    const result = await content().build();
    expect(result.errors).toEqual([]);
  });
});
