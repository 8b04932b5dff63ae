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

  it('fetches only files next to the index: not other sites, other folders, the index itself, code or comments', async () => {
    const index = `${await readFile('content/en/index.md', 'utf8')}
See [the project](https://example.org/README.md), [a bad port](https://example.com:99999/notes.md),
[the root](/other/x.md), [a folder](sub/a.md), [home](index.md).

\`\`\`
[example](example.md)
\`\`\`

<!-- [old](old-article.md)
     [older](older-article.md) -->
`;
    const served = serveMarkdownFolder('content/en', 'en', { 'index.md': index });
    const fetches = await earlyArticleFetches(INDEX_URL, fetch(INDEX_URL));
    expect(fetches.size).toBe(6);
    expect(requested(served).every((path) => path.startsWith('/content/en/') && !/\/(index|example|old-article|older-article|a)\.md$/.test(path.replace('/content/en/index.md', '')))).toBe(true);
    expect(requested(served).length).toBe(7);
  });

  it('lets the compiler report an article that failed on the network, with nothing thrown into the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A plain function, not a spy: vitest's spies watch the promises they return, so none would go unhandled.
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.endsWith('/which-email.md')) throw new TypeError('Failed to fetch');
      return new Response(await readFile(`content/en/${new URL(url).pathname.split('/').pop()}`));
    });
    const started = fetch(INDEX_URL);
    const articles = earlyArticleFetches(INDEX_URL, started);
    // An early fetch nobody reads yet must not be an unhandled rejection: in a page, an error for its monitors.
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      await articles;
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', listen);
    }
    expect(unhandled).toEqual([]);
    const read = await loadMarkdownContent({ indexUrl: INDEX_URL, started, articles, locale: 'en', preview: true, parse: parseAnswerHtml });
    expect('articles' in read && read.articles.map((article) => article.id)).not.toContain('which-email');
    expect('problems' in read && read.problems).toEqual(expect.arrayContaining([expect.stringContaining('"which-email.md" leads to a file that could not be fetched (network error)')]));
  });

  it('gives each early response to one link only: two spellings of one address are two requests, as without them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = await readFile('content/en/which-email.md', 'utf8');
    const index = (await readFile('content/en/index.md', 'utf8')).replace('](which-email.md)', '](which-email.md)\n- [A](my%20file.md)\n- [B](<my file.md>)');
    const served = serveMarkdownFolder('content/en', 'en', { 'index.md': index, 'my%20file.md': article });
    const started = fetch(INDEX_URL);
    const read = await loadMarkdownContent({ indexUrl: INDEX_URL, started, articles: earlyArticleFetches(INDEX_URL, started), locale: 'en', preview: true, parse: parseAnswerHtml });
    expect(JSON.stringify('problems' in read ? read.problems : [])).not.toContain('network error');
    expect(requested(served).filter((path) => path.endsWith('/my%20file.md')).length).toBe(2);
  });
});
