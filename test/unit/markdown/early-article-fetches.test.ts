// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyArticleFetches } from '../../../widget/app/early-article-fetches';
import { parseAnswerHtml } from '../../../widget/app/safe-html';
import { loadMarkdownContent } from '../../../widget/markdown/markdown-support';
import { loadMarkdownSite, serveMarkdownFolder, SITE } from '../../helpers/markdown-site';

afterEach(() => vi.unstubAllGlobals());

const INDEX_URL = `${SITE}/content/en/index.md`;

/** The paths `served` was asked for, in order. */
const requested = (served: ReturnType<typeof vi.fn>) => served.mock.calls.map(([url]) => new URL(url as string).pathname);

describe('the articles fetched before the compiler comes (earlyArticleFetches)', () => {
  it("fetches every article content/en/index.md links to, once, at the address the compiler asks for", async () => {
    const served = serveMarkdownFolder('content/en', 'en');
    const fetches = await earlyArticleFetches(INDEX_URL, fetch(INDEX_URL));
    const linked = [...(await readFile('content/en/index.md', 'utf8')).matchAll(/\]\(([\w-]+\.md)\)/g)].map(([, file]) => `${SITE}/content/en/${file}`);
    expect(linked.length).toBe(6);
    expect([...fetches.keys()]).toEqual(linked);
    expect(requested(served)).toEqual(['/content/en/index.md', ...linked.map((url) => new URL(url).pathname)]);
  });

  it('gives the compiler what it would fetch itself: the same pack, and no article asked for twice', async () => {
    serveMarkdownFolder('content/en', 'en');
    const alone = await loadMarkdownSite('en');
    const served = serveMarkdownFolder('content/en', 'en');
    const started = fetch(INDEX_URL);
    const articles = earlyArticleFetches(INDEX_URL, started);
    const read = await loadMarkdownContent({ indexUrl: INDEX_URL, started, articles, locale: 'en', preview: false, parse: parseAnswerHtml });
    expect(read).toEqual(alone);
    expect(requested(served).length).toBe(7);
    expect(new Set(requested(served)).size).toBe(7);
  });

  it('starts one set of fetches for one fetch of the index, however often it is asked', async () => {
    const served = serveMarkdownFolder('content/en', 'en');
    const started = fetch(INDEX_URL);
    expect(earlyArticleFetches(INDEX_URL, started)).toBe(earlyArticleFetches(INDEX_URL, started));
    await earlyArticleFetches(INDEX_URL, started);
    expect(requested(served).length).toBe(7);
  });

  it('fetches an article linked twice once', async () => {
    const index = `${await readFile('content/en/index.md', 'utf8')}\nSee also [the same article](which-email.md).\n`;
    const served = serveMarkdownFolder('content/en', 'en', { 'index.md': index });
    await earlyArticleFetches(INDEX_URL, fetch(INDEX_URL));
    expect(requested(served).filter((path) => path.endsWith('/which-email.md')).length).toBe(1);
  });

  it('fetches nothing when the index did not come, and the compiler then reports it as before', async () => {
    const served = serveMarkdownFolder('content/en', 'en', { 'index.md': null });
    const started = fetch(INDEX_URL);
    const articles = earlyArticleFetches(INDEX_URL, started);
    expect((await articles).size).toBe(0);
    const offline = earlyArticleFetches(INDEX_URL, Promise.reject(new Error('offline')));
    expect((await offline).size).toBe(0);
    const read = await loadMarkdownContent({ indexUrl: INDEX_URL, started, articles, locale: 'en', preview: false, parse: parseAnswerHtml });
    expect(read).toMatchObject({ failed: expect.stringContaining('index.md') });
    expect(requested(served)).toEqual(['/content/en/index.md']);
  });

  it('leaves to the compiler a link the pattern reads otherwise than marked does: it is fetched then', async () => {
    // A reference link: marked reads it, the pattern does not.
    const index = `${(await readFile('content/en/index.md', 'utf8')).replace('](which-email.md)', '][which]')}\n[which]: which-email.md\n`;
    const served = serveMarkdownFolder('content/en', 'en', { 'index.md': index });
    const started = fetch(INDEX_URL);
    const articles = earlyArticleFetches(INDEX_URL, started);
    const read = await loadMarkdownContent({ indexUrl: INDEX_URL, started, articles, locale: 'en', preview: false, parse: parseAnswerHtml });
    expect('articles' in read && read.articles.map((article) => article.id)).toContain('which-email');
    expect((await articles).has(`${SITE}/content/en/which-email.md`)).toBe(false);
    expect(requested(served).filter((path) => path.endsWith('/which-email.md')).length).toBe(1);
  });
});
