import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../build/content/build-content';
import { axeViolations } from './axe';
import { arriveLate, askQuestion, openPage, pageRecords, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/**
 * content/ built as a large help centre's would be (every locale sharded, as above `--shard-above`), served
 * under /sharded/, and a host page under the strict CSP that points the widget at its English manifest.
 */
let built: string;
const requested: string[] = [];
beforeAll(async () => {
  built = await mkdtemp(join(os.tmpdir(), 'askdown-sharded-'));
  // Every article in files of its own, so an article shown by id or from a link needs files no question fetched.
  const shardLayout = { termShardBytes: 500, docChunk: 1, htmlChunk: 1, idsPerShard: 2 };
  const result = await buildContent({ contentRoot: 'content', outDir: join(built, 'content'), faqDir: join(built, 'faq'), shardAbove: 0, shardLayout });
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
});
afterAll(() => rm(built, { recursive: true, force: true }));

async function shardedSite(context: BrowserContext): Promise<void> {
  for (const locale of ['en', 'ja']) {
    await context.route(`**/sharded-site-${locale}.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': TEST_CSP },
        body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Sharded</title><link rel="icon" href="/favicon.svg">
<script src="/record-globals.js"></script></head>
<body><main><h1>A large help centre</h1></main><script src="/askdown.js" data-locale="${locale}" data-content="/sharded/content/${locale}.json" async></script></body></html>`,
      }),
    );
  }
  // Both languages on one page, with the panel's language switch.
  await context.route('**/sharded-site-both.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': TEST_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sharded</title><link rel="icon" href="/favicon.svg"></head>
<body><main><h1>A large help centre</h1></main><script src="/askdown.js" data-locales="en ja" data-content="/sharded/content/{locale}.json" async></script></body></html>`,
    }),
  );
  await context.route('**/sharded/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/sharded\//, '');
    requested.push(path);
    const body = await readFile(join(built, path)).catch(() => null);
    return body === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ contentType: 'application/json', body });
  });
}

describe('a sharded pack (written by the content build above --shard-above), under the strict CSP', () => {
  it('answers, corrects typos, offers "did you mean", opens Related and API articles, fetching only files it needs', async () => {
    const scripts: string[] = [];
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, async (context) => {
      await shardedSite(context);
      context.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'Can I registr a shared emial adress for my team?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await page.locator('article.answer').getByText('With the new system, individual log-ins are required.').waitFor();

    // A Related link: an article whose answer was not fetched with the question.
    const answer = page.locator('article.answer').last();
    await answer.getByRole('list', { name: 'Related' }).getByRole('button').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(2);

    await askQuestion(page, 'email');
    await page.getByRole('list', { name: 'Did you mean one of these?' }).waitFor();
    // The app's rules for an answer that does not fit reach the reader (its own copy of the matcher has none):
    // confident on its words, yet no article says how to change a registered address.
    await askQuestion(page, 'how do I change the email address I already registered');
    await expect.poll(() => page.getByRole('list', { name: 'Did you mean one of these?' }).count()).toBe(2);

    await page.evaluate(() => (window as unknown as { Askdown: { showArticle(id: string): void } }).Askdown.showArticle('registration-hours'));
    await page.getByRole('heading', { level: 3, name: /at any time during the pre-registration period/ }).waitFor();
    expect(await pageRecords(page)).toEqual({ cspViolations: [], addedGlobals: ['Askdown'] });
    expect(await axeViolations(page)).toEqual([]);

    expect(scripts).toContain('/askdown-shards.js');
    expect(scripts).not.toContain('/askdown-markdown.js');
    const files = requested.filter((path) => path !== 'content/en.json');
    expect(files.length).toBeGreaterThan(3);
    // Each from the build's own folder, named by its files' hash, once.
    expect(files.every((path) => /^content\/en\.[0-9a-f]{12}\/(terms|words|docs|html|ids)\/\d+\.json$/.test(path))).toBe(true);
    expect(new Set(files).size).toBe(files.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('answers Japanese questions as the single Japanese pack does, with the analysis of the Japanese script', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-ja.html`, {}, shardedSite);
    await page.getByRole('button', { name: 'Questions?' }).click();
    const ja = JSON.parse(await readFile('dist/content/ja.json', 'utf8')) as { articles: { id: string; title: string }[] };
    const input = page.getByRole('textbox', { name: 'ご質問' });
    // The last typed in romaji, which the app reads as kana for the reader too (`readingRomaji`).
    const questions = [['グループアドレスは登録できますか', 'shared-email'], ['夜中でも登録できますか', 'registration-hours'], ['fukusuu no ID ni onaji meado wo touroku dekimasu ka', 'multiple-login-ids']] as const;
    for (const [question, id] of questions) {
      await input.fill(question);
      await input.press('Enter');
      await page.getByRole('heading', { level: 3, name: ja.articles.find((article) => article.id === id)?.title }).waitFor();
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a file that cannot be fetched mid-conversation: the friendly error and its retry, which asks again, not "no answer"', async () => {
    let offline = false;
    const events: string[] = [];
    const { page } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, async (context) => {
      await shardedSite(context);
      // Registered after the site's route, so it is asked first: while offline, the build's folder fails.
      await context.route('**/sharded/content/en.*/**', (route) => (offline ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback()));
    });
    await page.exposeFunction('__recordAskdownEvent', (name: string) => events.push(name));
    await page.evaluate(() => {
      const api = (window as unknown as { Askdown: { on: (name: string, handler: () => void) => void } }).Askdown;
      for (const name of ['answer', 'no-answer']) api.on(name, () => (window as unknown as { __recordAskdownEvent: (n: string) => void }).__recordAskdownEvent(name));
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can several people share one login?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();

    offline = true;
    await askQuestion(page, 'is the site open at night?');
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(events).toEqual(['answer']);

    offline = false;
    await retry.click();
    // The question that met the failure is asked again, without the visitor typing it twice.
    await page.getByRole('heading', { level: 3, name: /at any time during the pre-registration period/ }).waitFor();
    expect(events).toEqual(['answer', 'answer']);
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(2);
    await page.context().close();
  });

  it('says it is loading while a question waits for its files, on a slow connection', async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, async (context) => {
      await shardedSite(context);
      await arriveLate(context, '**/sharded/content/en.*/**', 600);
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    await askQuestion(page, 'can several people share one login?');
    const loading = page.locator('.panel-body > .loading');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Loading answers…');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await loading.waitFor({ state: 'detached' });
    await page.context().close();
  });

  /**
   * The visitor asks in English (or the page shows an English article), and the language switches to Japanese
   * while the English files are on their way; then they come (`outcome` 'arrive') or fail ('fail'). The Japanese
   * conversation must show neither the English answer nor the English files' failure.
   */
  async function switchWhileWaiting(outcome: 'arrive' | 'fail', begin: (page: Page) => Promise<unknown> = askAtNight) {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-both.html`, {}, async (context) => {
      await shardedSite(context);
      await context.route('**/sharded/content/en.*/**', async (route) => {
        if (!held) return route.fallback();
        await released;
        return outcome === 'fail' ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback();
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    held = true;
    await begin(page);
    await page.evaluate(() => (window as unknown as { Askdown: { setLocale(locale: string): void } }).Askdown.setLocale('ja'));
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    release();
    // Until the English files have been answered (or refused) and the app has had its turn.
    await expect.poll(() => problems.length > 0 || outcome === 'arrive').toBe(true);
    await page.waitForTimeout(500);
    return page;
  }

  async function askAtNight(page: Page) {
    await askQuestion(page, 'is the site open at night?');
    await page.locator('askdown-widget .panel-body > .loading').waitFor();
  }

  it('the files of a question asked in the language just left fail: the new language shows no error (found by a review)', async () => {
    const page = await switchWhileWaiting('fail');
    expect(await page.locator('askdown-widget .load-error').count()).toBe(0);
    expect(await page.getByRole('list', { name: '質問の例' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("the files of a question asked in the language just left arrive: its answer stays out of the new language's conversation", async () => {
    const page = await switchWhileWaiting('arrive');
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(0);
    expect(await page.getByRole('list', { name: '質問の例' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('a question whose files failed is not asked again in the language the visitor turns to instead of retrying', async () => {
    let offline = false;
    const { page } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-both.html`, {}, async (context) => {
      await shardedSite(context);
      await context.route('**/sharded/content/en.*/**', (route) => (offline ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback()));
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    offline = true;
    await askQuestion(page, 'is the site open at night?');
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    // The panel's own switch: the page's commands wait while the content is out of reach.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('askdown-widget .answer').count()).toBe(0);
    await page.context().close();
  });

  it("an article the page asked for in the language just left: neither it nor its files' failure shows in the new one", async () => {
    const showArticle = (page: Page) =>
      page.evaluate(() => (window as unknown as { Askdown: { showArticle(id: string): void } }).Askdown.showArticle('personal-email-security'));
    for (const outcome of ['arrive', 'fail'] as const) {
      const page = await switchWhileWaiting(outcome, showArticle);
      expect(await page.getByRole('heading', { level: 3 }).count()).toBe(0);
      expect(await page.locator('askdown-widget .load-error').count()).toBe(0);
      await page.context().close();
    }
  });

  it("leads the suggestions with the articles a page names (suggest), fetched first", async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, shardedSite);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    await page.evaluate(() => (window as unknown as { Askdown: { suggest(ids: string[]): void } }).Askdown.suggest(['personal-email-security', 'no-such-article']));
    // Not one of the site's suggested questions, so only the page's suggestion can put it there.
    const title = 'How does using a personal email address enhance security?';
    await page.getByRole('list', { name: 'Suggested questions' }).getByRole('button', { name: title }).first().waitFor();
    await expect.poll(() => problems).toContainEqual(expect.stringContaining('suggest: no article ["no-such-article"]'));
    await page.context().close();
  });

  it('an unknown id from the page: the panel stays closed and the console says so, as with a single pack', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, shardedSite);
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    await page.evaluate(() => (window as unknown as { Askdown: { showArticle(id: string): void } }).Askdown.showArticle('no-such-article'));
    await expect.poll(() => problems).toContainEqual(expect.stringContaining('showArticle: no article ["no-such-article"]'));
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    await page.context().close();
  });

  it('refuses a reader script changed on the way (the app pins its hash): the friendly error and retry', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, async (context) => {
      await shardedSite(context);
      await context.route('**/askdown-shards.js', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n/* changed on the way */`, headers: { ...response.headers(), 'cache-control': 'no-store' } });
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(problems.join('\n')).toMatch(/integrity/i);
    await page.context().close();
  });

  it('shows the friendly error and a retry when the manifest names files that are not there', async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/sharded-site-en.html`, {}, async (context) => {
      await shardedSite(context);
      await context.route('**/sharded/content/en.json', async (route) => {
        const manifest = JSON.parse(await readFile(join(built, 'content/en.json'), 'utf8')) as Record<string, unknown>;
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...manifest, files: '../../elsewhere/' }) });
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('button', { name: /try again/i }).waitFor();
    await page.context().close();
  });
});
