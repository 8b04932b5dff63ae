import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../build/browser/chromium';
import { serveOnFreePort, type CacheControl } from '../../build/demo/static-server';
import { askQuestion } from './harness';

const browser = launchChromium();
const folders: string[] = [];
afterAll(async () => {
  await (await browser).close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help</title></head><body><h1>Help</h1>
<script src="/askdown.js" data-content="/content/en.json" async></script></body></html>`;

/** dist/ as a site deploys it, in a folder of its own, with the host page. */
async function deployedSite(): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'askdown-upgrade-'));
  folders.push(site);
  await cp('dist', site, { recursive: true });
  await writeFile(join(site, 'index.html'), HOST_PAGE);
  return site;
}

/**
 * The next build deployed over the last: an app script of other bytes, and a facade that pins it, as
 * `npm run build` writes them (the facade holds the app's SHA-256).
 */
async function upgrade(site: string): Promise<void> {
  // Marked, so the test can tell which version runs.
  const app = `${await readFile(join(site, 'askdown-app.js'), 'utf8')}\nwindow.askdownNextVersion = true;\n`;
  const sri = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const facade = await readFile(join(site, 'askdown.js'), 'utf8');
  const pinned = sri(await readFile('dist/askdown-app.js', 'utf8'));
  expect(facade).toContain(pinned);
  await writeFile(join(site, 'askdown-app.js'), app);
  await writeFile(join(site, 'askdown.js'), facade.replace(pinned, sri(app)));
}

/**
 * Two page views in one browser profile, with the site upgraded between them: which version answers in the second
 * view, or that none does.
 */
async function upgradeBetweenViews(policy: CacheControl): Promise<'new' | 'old' | 'unavailable'> {
  const site = await deployedSite();
  // The project's static server (an ETag of size and time on every file), with `policy` for Cache-Control.
  const { origin, close } = await serveOnFreePort([site], undefined, policy);
  const context = await (await browser).newContext();
  try {
    const page = await context.newPage();
    // The first view ends once the facade has downloaded the app at idle, into the browser's cache.
    const prefetched = page.waitForResponse((response) => response.url().endsWith('/askdown-app.js'));
    await page.goto(`${origin}/`);
    await (await prefetched).finished();
    await upgrade(site);
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    const input = page.getByRole('textbox');
    const unavailable = page.getByText('Help is unavailable');
    await Promise.race([input.waitFor(), unavailable.waitFor()]);
    if (await unavailable.isVisible()) return 'unavailable';
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    return (await page.evaluate(() => 'askdownNextVersion' in window)) ? 'new' : 'old';
  } finally {
    await context.close();
    await close();
  }
}

describe('an upgrade between two page views (README, "Caching and upgrades")', () => {
  it('served as the README asks, every file with no-cache and an ETag, the next page view runs the new scripts', async () => {
    expect(await upgradeBetweenViews(() => 'no-cache')).toBe('new');
  });

  it('with every file cached for an hour and both copies still fresh, the old version goes on answering', async () => {
    expect(await upgradeBetweenViews(() => 'max-age=3600')).toBe('old');
  });

  it('why the README asks for no-cache: an askdown.js cached longer than the app it pins refuses the new app', async () => {
    expect(await upgradeBetweenViews((path) => (path === '/askdown.js' ? 'max-age=3600' : 'no-cache'))).toBe('unavailable');
  });
});
