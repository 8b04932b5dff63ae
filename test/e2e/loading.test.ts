import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/** Resolves once the browser has been idle twice over: any idle-time loading would have started by then. */
function afterIdle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 5000 }), { timeout: 5000 })),
  );
}

describe('what the facade loads, and when', () => {
  it('loads the app and the content by itself once the page is idle', async () => {
    const requested: string[] = [];
    const { page } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, {}, async (context) => {
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    });
    await expect.poll(() => requested, { timeout: 15_000 }).toEqual(expect.arrayContaining(['/askdown-app.js', '/content/en.json']));
    // The facade starts the content's download beside the app's, and the app reads it: one request, not two.
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(requested.filter((path) => path === '/content/en.json')).toHaveLength(1);
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
