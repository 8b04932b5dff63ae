import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveStaticFiles } from '../../build/demo/static-server';
import { arriveLate, openPage, TEST_CSP, useChromium, withOwnServer } from './harness';

const chromium = useChromium();
let pack: string;

beforeAll(async () => {
  pack = await readFile('dist/content/en.json', 'utf8');
});

/**
 * The broken answer for the first requests of the content pack, and how many get it (a body that cannot be read
 * is asked for once more before the visitor is told); every later request gets the real pack.
 */
const FAILURES: [string, (route: Route) => Promise<void> | void, number][] = [
  ['a 404', (route) => route.fulfill({ status: 404, body: 'Not found' }), 1],
  ['invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 2, "articles": [' }), 2],
  // Never answered: the widget gives up on its own after a few seconds.
  ['no answer at all', () => {}, 1],
];

describe('when the content cannot be loaded', () => {
  it.each(FAILURES)('after %s: a friendly error and a retry that works once the server recovers', async (_, fail, failing) => {
    let requests = 0;
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await context.route('**/content/en.json', (route) => {
        requests += 1;
        return requests <= failing ? fail(route) : route.fulfill({ status: 200, contentType: 'application/json', body: pack });
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 8000 });
    expect(await alert.textContent()).toContain('could not be loaded');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(requests).toBe(failing + 1);
    // The web team sees our warning (and Chromium's own note of a failed request); nothing uncaught, no error of ours.
    const ours = problems.filter((p) => !p.startsWith('warning: Askdown:') && !p.includes('Failed to load resource'));
    expect(ours).toEqual([]);
    expect(problems.some((p) => p.startsWith('warning: Askdown:'))).toBe(true);
    await page.context().close();
  });
});

describe('when the first download of the content hangs (a stalled link; found by a stranger\'s try)', () => {
  // Servers of the test's own: Playwright's routing turns Chromium's HTTP cache off, and with it what this is
  // about. The first download is the facade's, at idle, which nothing aborts; Chromium holds a request for an
  // address behind one whose response it is still caching, so a retry that asked as it did timed out in turn.
  it.each([
    ['a built pack', '/content/en.json', '/content/en.json'],
    ['index.md, in the run-time Markdown mode', '/md/index.md', '/md/index.md'],
    ['an article of index.md (a review)', '/md/index.md', '/md/shared-email.md'],
  ])('of %s: the visitor\'s retry reaches the server and answers', async (_, contentPath, hungPath) => {
    const serveFile = serveStaticFiles(['test/e2e/pages', 'dist'], TEST_CSP);
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stalled</title><link rel="icon" href="/favicon.svg"></head><body><main><h1>Stalled</h1></main><script src="/askdown.js" data-content="${contentPath}" async></script></body></html>`;
    let requests = 0;
    await withOwnServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/stalled.html') return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': TEST_CSP }).end(page);
      if (path === hungPath && ++requests === 1) return;
      if (!path.startsWith('/md/')) return serveFile(request, response);
      response.writeHead(200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Cache-Control': 'no-cache' });
      createReadStream(`content/en/${path.slice('/md/'.length)}`).on('error', () => response.end()).pipe(response);
    }, async (origin) => {
      const { page: tab, problems } = await openPage(chromium.browser, `${origin}/stalled.html`);
      // The pack or the index hangs at idle, before the visitor reaches for the launcher; the articles are fetched
      // once the app runs.
      if (hungPath === contentPath) await expect.poll(() => requests, { timeout: 15_000 }).toBe(1);
      await tab.getByRole('button', { name: 'Questions?' }).click();
      await tab.getByRole('alert').waitFor({ timeout: 8000 });
      expect(requests).toBe(1);
      await tab.getByRole('button', { name: 'Try again' }).click();
      await tab.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 4000 });
      expect(requests).toBe(2);
      expect(problems.filter((p) => !p.includes('did not answer in time'))).toEqual([]);
      await tab.context().close();
    });
  });
});

describe('when a large pack arrives slowly (3,000 articles on a slow link; found by a stranger\'s try)', () => {
  it('the server answers at once and the pack takes longer than the content time-out to arrive: answered, no error', async () => {
    const serveFile = serveStaticFiles(['test/e2e/pages', 'dist'], TEST_CSP);
    let requests = 0;
    // Half the pack at once, the rest after the content time-out (5 s): a download under way, not a hung server.
    await withOwnServer((request, response) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/content/en.json') return serveFile(request, response);
      requests += 1;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(pack.slice(0, pack.length / 2));
      setTimeout(() => response.end(pack.slice(pack.length / 2)), 6500);
    }, async (origin) => {
      const { page, problems } = await openPage(chromium.browser, `${origin}/plain.html`);
      await page.getByRole('button', { name: 'Questions?' }).click();
      await page.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 12_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(requests).toBe(1);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });
});

describe('when the connection drops while the page is read (a ship\'s satellite link; found by a stranger\'s try)', () => {
  it('a content download that failed at idle is made again when the visitor reaches for the launcher: no error to retry', async () => {
    let requests = 0;
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await context.route('**/content/en.json', (route) => {
        requests += 1;
        return requests === 1 ? route.abort('internetdisconnected') : route.fallback();
      });
    });
    await expect.poll(() => requests, { timeout: 15_000 }).toBe(1);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(requests).toBe(2);
    expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  it('a content download at idle that broke off mid-body is made again when the visitor reaches for the launcher: no error to retry', async () => {
    // A server of the test's own, as Playwright's routing turns the HTTP cache off; the first download of the pack
    // stops half-way, its connection dropped.
    const serveFile = serveStaticFiles(['test/e2e/pages', 'dist'], TEST_CSP);
    let requests = 0;
    await withOwnServer((request, response) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/content/en.json') return serveFile(request, response);
      if (++requests > 1) return serveFile(request, response);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(pack)) });
      response.write(pack.slice(0, pack.length / 2), () => setTimeout(() => response.socket?.destroy(), 100));
    }, async (origin) => {
      const { page, problems } = await openPage(chromium.browser, `${origin}/plain.html`);
      await expect.poll(() => requests, { timeout: 15_000 }).toBe(1);
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Questions?' }).click();
      await page.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 8000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(requests).toBe(2);
      expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
      await page.context().close();
    });
  });
});

describe('when one of the widget\'s own scripts never comes (found by a review: "Loading answers…" for good)', () => {
  it('the typo search: a misspelt question is answered without correction, and so is the next', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await context.route('**/askdown-typo.js', () => {});
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    const box = page.getByRole('textbox', { name: 'Your question' });
    await box.fill('can i registr a sharred adress');
    await box.press('Enter');
    await box.fill('can i register a shared email address');
    await box.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor({ timeout: 9000 });
    expect(await page.locator('askdown-widget .message--question').count()).toBe(2);
    expect(problems.some((p) => p.includes('typo correction is off'))).toBe(true);
    await page.context().close();
  });

  it('the typo search that comes late: corrects the questions asked after it came (found by a review)', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await arriveLate(context, '**/askdown-typo.js', 6500);
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await expect.poll(() => problems.some((p) => p.includes('typo correction is off')), { timeout: 9000 }).toBe(true);
    // Until the script's request ends: 6.5 s from the panel's opening, which asked for it.
    await page.waitForTimeout(2500);
    const box = page.getByRole('textbox', { name: 'Your question' });
    await box.fill('can i registr a sharred adress');
    await box.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await page.context().close();
  });

  it("a language's script: the friendly error and a retry that works once the script comes", async () => {
    const stalled: Route[] = [];
    const { page } = await openPage(chromium.browser, `${chromium.origin}/japanese.html`, {}, async (context) => {
      // The script element's request, not the facade's download at idle (a fetch), which may come first.
      await context.route('**/askdown-ja.js', (route) =>
        stalled.length === 0 && route.request().resourceType() === 'script' ? void stalled.push(route) : route.fallback(),
      );
    });
    await page.locator('askdown-widget .launcher').click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 9000 });
    // The stalled request ends at last (until then the browser would hand a retry the same request).
    await stalled[0]?.abort();
    await page.locator('askdown-widget .retry').click();
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });
});
