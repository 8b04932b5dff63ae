import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listenOnFreePort, serveStaticFiles } from '../../build/demo/static-server';
import { arriveLate, openPage, TEST_CSP, useChromium, withOwnServer } from './harness';

const chromium = useChromium();

/** Resolves once the browser has been idle twice over: any idle-time loading would have started by then. */
function afterIdle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 5000 }), { timeout: 5000 })),
  );
}

/**
 * The plain page as on a ship's satellite link: nothing downloaded ahead (Save-Data), and the app script 1.5 s on
 * its way once asked for.
 */
function openOnSlowLink(): ReturnType<typeof openPage> {
  return openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    await arriveLate(context, '**/askdown-app.js', 1_500);
  });
}

describe('what the facade loads, and when', () => {
  it('downloads the app and the content once the page is idle, and runs them only when the visitor reaches for the launcher', async () => {
    const requested: string[] = [];
    const appBodies: Promise<number>[] = [];
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      context.on('requestfinished', (request) => {
        if (request.url().endsWith('/askdown-app.js')) appBodies.push(request.sizes().then((sizes) => sizes.responseBodySize));
      });
    });
    await expect.poll(() => requested, { timeout: 15_000 }).toEqual(expect.arrayContaining(['/askdown-app.js', '/content/en.json']));
    await afterIdle(page);
    // Downloaded, not run: the app draws its (closed) dialog and names it on the launcher as soon as it runs.
    const launcher = page.getByRole('button', { name: 'Questions?' });
    const appRan = () =>
      page.evaluate(() => {
        const root = document.querySelector('askdown-widget')?.shadowRoot;
        return Boolean(root?.querySelector('.launcher')?.hasAttribute('aria-controls') || root?.querySelector('.panel'));
      });
    expect(await appRan()).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="askdown-app"], link[rel="prefetch"]').length)).toBe(0);

    await launcher.hover();
    await expect.poll(appRan).toBe(true);
    await launcher.click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    // Each downloaded once: the content is the facade's own request, the app comes from the browser's cache
    // (this server asks for revalidation, so it may be asked for again, and answers 304 with no body).
    const [prefetched, ...again] = await Promise.all(appBodies);
    expect(prefetched).toBeGreaterThan(10_000);
    expect(again).toEqual(again.map(() => 0));
    expect(requested.filter((path) => path === '/content/en.json')).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lays the closed panel out at the hover, where nothing of it can be seen, clicked, reached or read', async () => {
    // So the browser sets up the panel's fonts while the visitor reaches for the launcher, not in the opening frame.
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.hover();
    const closed = () =>
      page.evaluate(() => {
        const root = document.querySelector('askdown-widget')!.shadowRoot!;
        const panel = root.querySelector<HTMLElement>('.panel');
        const box = panel?.getBoundingClientRect();
        const input = root.querySelector<HTMLInputElement>('#askdown-question');
        input?.focus();
        return {
          suggestions: root.querySelectorAll('.suggested-button').length,
          laidOut: Boolean(box && box.width > 0 && box.height > 0),
          // The page's, not the widget's (whose shadow root's elements the document sees as its host).
          hitsWidget: box ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName === 'askdown-widget' : null,
          focusable: root.activeElement === input,
        };
      });
    await expect.poll(async () => (await closed()).suggestions).toBeGreaterThan(0);
    expect(await closed()).toEqual({ suggestions: expect.any(Number), laidOut: true, hitsWidget: false, focusable: false });
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Can I register a group or shared email address?' }).count()).toBe(0);

    await launcher.click();
    // The panel shows in a timer task after the click (so the click's own task stays short): wait for it, briefly.
    await page.getByRole('dialog', { name: 'Questions?' }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole('button', { name: 'Can I register a group or shared email address?' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets the host hide the launcher, and never prints it, before the app has run', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.waitFor();
    await page.evaluate(() => ((document.querySelector('askdown-widget') as HTMLElement).hidden = true));
    expect(await launcher.isVisible()).toBe(false);
    await page.evaluate(() => ((document.querySelector('askdown-widget') as HTMLElement).hidden = false));
    expect(await launcher.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await launcher.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await launcher.isVisible()).toBe(true);
    // Nothing above was intent: the app has not run (it names its panel on the launcher when it does).
    expect(await page.evaluate(() => document.querySelector('askdown-widget')?.shadowRoot?.querySelector('[aria-controls]'))).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('with Save-Data, loads nothing more until the visitor reaches for the launcher, then opens on the first click', async () => {
    const requested: string[] = [];
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    });
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.waitFor();
    await afterIdle(page);
    expect(requested).toContain('/askdown.js');
    expect(requested).not.toContain('/askdown-app.js');
    expect(requested).not.toContain('/content/en.json');

    await launcher.click();
    await page.getByRole('dialog', { name: 'Questions?' }).waitFor();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(requested.filter((path) => path === '/askdown-app.js')).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a slow link, a tap while the idle download of the app is still arriving downloads it no second time', async () => {
    // A server of its own, not `arriveLate`: Playwright's routing turns Chromium's HTTP cache off, and with it
    // what this test is about (a routed page downloads the app twice whatever the facade does).
    // Every other file as the suite's own server serves it (no-cache, with an ETag).
    const serveFile = serveStaticFiles(['test/e2e/pages', 'dist'], TEST_CSP);
    const app = readFileSync('dist/askdown-app.js');
    const appResponses: number[] = [];
    await withOwnServer((request, response) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/askdown-app.js') return serveFile(request, response);
      const status = request.headers['if-none-match'] === '"app"' ? 304 : 200;
      appResponses.push(status);
      response.writeHead(status, { 'Cache-Control': 'no-cache', ETag: '"app"', 'Content-Type': 'text/javascript' });
      if (status === 304) return response.end();
      // Two seconds on its way, in twenty pieces, as on a ship's satellite link.
      let sent = 0;
      const drip = setInterval(() => {
        response.write(app.subarray((sent * app.length) / 20, (++sent * app.length) / 20));
        if (sent < 20) return;
        clearInterval(drip);
        response.end();
      }, 100);
    }, async (origin) => {
      const { page, problems } = await openPage(chromium.browser, `${origin}/plain.html`);
      await expect.poll(() => appResponses).toEqual([200]);
      await page.getByRole('button', { name: 'Questions?' }).click();
      await page.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 10_000 });
      // The script element waits for the download under way, asking only whether it is still fresh (no-cache).
      expect(appResponses.filter((status) => status === 200)).toHaveLength(1);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });

  it('from a CDN that sends CORS headers only to a request with an Origin, caching for minutes, a pinned tag runs the app it downloaded at idle', async () => {
    // Servers of the test's own (Playwright's routing turns Chromium's HTTP cache off): the scripts and packs on
    // one origin, as a CDN set up like S3 or CloudFront can serve them (the header only when asked, no Vary), the
    // host page on another, with the tag the README gives for pinning the facade to its hash.
    const serveFile = serveStaticFiles(['dist'], TEST_CSP, () => 'max-age=600');
    const appOrigins: (string | undefined)[] = [];
    const cdn = createServer((request, response) => {
      if (request.url?.startsWith('/askdown-app.js')) appOrigins.push(request.headers.origin);
      if (request.headers.origin) response.setHeader('Access-Control-Allow-Origin', '*');
      serveFile(request, response);
    });
    const cdnServer = await listenOnFreePort(cdn);
    // Another origin than the page's: the same server under the name localhost.
    const scriptUrl = new URL('/askdown.js', cdnServer.origin.replace('127.0.0.1', 'localhost')).href;
    const integrity = (JSON.parse(readFileSync('dist/integrity.json', 'utf8')) as Record<string, string>)['askdown.js'];
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><title>CDN page</title></head><body><h1>CDN</h1>
<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous" async></script></body></html>`);
    });
    const hostServer = await listenOnFreePort(host);
    const hostOrigin = hostServer.origin;
    try {
      const { page, problems } = await openPage(chromium.browser, `${hostOrigin}/`);
      await expect.poll(() => appOrigins, { timeout: 15_000 }).toHaveLength(1);
      await page.getByRole('button', { name: 'Questions?' }).click();
      await page.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 10_000 });
      // Downloaded once, at idle, asking as the script element does (CORS, with the page's origin), so the
      // element took the cached copy: a copy downloaded without an Origin has no CORS header, and the browser
      // refuses the app it finds in its cache until the copy expires.
      expect(appOrigins).toEqual([hostOrigin]);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await hostServer.close();
      await cdnServer.close();
    }
  });

  it('in a sandboxed frame (an opaque origin: every file is another origin\'s), a plain tag loads the app unpinned and answers (a stranger\'s try)', async () => {
    // The files with CORS headers, as a frame of an opaque origin needs for any fetch (its requests carry Origin: null).
    const serveFile = serveStaticFiles(['dist'], TEST_CSP);
    await withOwnServer((request, response) => {
      const html = (body: string) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><title>Frame</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
      if (request.url === '/') return html('<h1>Host</h1><iframe sandbox="allow-scripts" src="/framed.html" title="Help" width="600" height="700"></iframe>');
      if (request.url === '/framed.html') return html('<h1>Framed</h1><script src="/askdown.js" async></script>');
      if (request.headers.origin) response.setHeader('Access-Control-Allow-Origin', '*');
      serveFile(request, response);
    }, async (origin) => {
      const { page, problems } = await openPage(chromium.browser, `${origin}/`);
      const frame = page.frameLocator('iframe');
      await frame.getByRole('button', { name: 'Questions?' }).click();
      await frame.getByRole('list', { name: 'Suggested questions' }).waitFor({ timeout: 10_000 });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });

  it('on a slow link, a second tap while the app is on its way still opens the panel (a stranger on a ship\'s satellite link)', async () => {
    const { page, problems } = await openOnSlowLink();
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.click();
    await page.waitForTimeout(300);
    await launcher.click();
    await page.getByRole('dialog', { name: 'Questions?' }).waitFor();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a slow link, shows a tap was taken: the launcher\'s icon pulses until the app is there', async () => {
    const { page, problems } = await openOnSlowLink();
    const launcher = page.getByRole('button', { name: 'Questions?' });
    const iconAnimation = () => launcher.evaluate((button) => getComputedStyle(button, '::before').animationName);
    expect(await iconAnimation()).toBe('none');
    await launcher.click();
    expect(await iconAnimation()).toBe('wait');
    await page.getByRole('dialog', { name: 'Questions?' }).waitFor();
    expect(await iconAnimation()).toBe('none');
    // Its size is its padding and one line's: a 44 px target, before the app and with the app's styles.
    expect((await launcher.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('draws the answer to a question sent before the content came in the frame that first shows the content', async () => {
    // The content late, so the panel is drawn, loading, before it comes.
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      await arriveLate(context, '**/content/en.json', 500);
    });
    // Before each frame is drawn: whether the panel shows the content (its greeting), and whether an answer.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenFrames: string[] }).seenFrames = seen;
      const sample = () => {
        const root = document.querySelector('askdown-widget')?.shadowRoot;
        seen.push(`content ${Boolean(root?.querySelector('.greeting'))}, answer ${Boolean(root?.querySelector('.answer'))}`);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      (window as unknown as { Askdown: { ask(question: string): void } }).Askdown.ask('When can I register my email address?');
    });
    await page.locator('.answer').waitFor();
    const frames = await page.evaluate(() => (window as unknown as { seenFrames: string[] }).seenFrames);
    expect(frames).toContain('content false, answer false');
    expect(frames).toContain('content true, answer true');
    expect(frames).not.toContain('content true, answer false');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds its own script tag by address when a web team renamed the file, and reads its attributes', async () => {
    // The widget's files served under other names, as a web team may host them.
    const renamed = async (context: BrowserContext) => {
      await context.route('**/renamed.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': TEST_CSP },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Renamed</title><link rel="icon" href="/favicon.svg"></head>
<body><main><h1>Renamed</h1></main><script src="/other.js" async></script>
<script src="/vendor/help-widget.js?v=3" data-title="Need help?" data-content="/content/en.json" async></script></body></html>`,
        }),
      );
      await context.route('**/other.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      await context.route('**/vendor/help-widget.js?v=3', (route) => route.fulfill({ path: 'dist/askdown.js' }));
      await context.route('**/vendor/askdown-app.js', (route) => route.fulfill({ path: 'dist/askdown-app.js' }));
      await context.route('**/vendor/askdown-typo.js', (route) => route.fulfill({ path: 'dist/askdown-typo.js' }));
    };
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/renamed.html`, {}, renamed);
    await page.getByRole('button', { name: 'Need help?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
