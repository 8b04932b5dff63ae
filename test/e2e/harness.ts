import { createServer, type RequestListener } from 'node:http';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../build/browser/chromium';
import { listenOnFreePort, serveOnFreePort, type RunningServer } from '../../build/demo/static-server';


/** The policy issue 5 names, exactly: every test page is served with it. */
export const TEST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Serves the test host pages, a second Preact for the coexistence page, and the built `dist/`, on localhost. */
export function startServer(): Promise<RunningServer> {
  return serveOnFreePort(['test/e2e/pages', 'node_modules/preact10/dist', 'dist'], TEST_CSP);
}

/**
 * Runs `test` against a server of the test's own (`handler`), given its origin: for what Playwright's routing
 * would hide, as it turns Chromium's HTTP cache off. Closed however the test ends, with any connection a response
 * left hanging still holds.
 */
export async function withOwnServer(handler: RequestListener, test: (origin: string) => Promise<void>): Promise<void> {
  const server = createServer(handler);
  const running = await listenOnFreePort(server);
  try {
    await test(running.origin);
  } finally {
    server.closeAllConnections();
    await running.close();
  }
}

/** Chromium and the test server for one test file: started before its tests, stopped after them. */
export function useChromium(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useChromium: used outside a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(server).origin;
    },
  };
}

/** A page and everything that would show in its console as a problem: uncaught errors, errors, warnings. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  beforeLoad: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<WatchedPage> {
  // Reduced motion unless a test says otherwise, so geometry and axe read the panel at rest, not mid-way
  // through its opening animation (theming.test.ts checks the animation itself).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', ...options });
  await beforeLoad(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/**
 * Answers requests matching `url` `ms` late, as a slow connection would, through the handlers registered before
 * this one (or the network).
 */
export async function arriveLate(context: BrowserContext, url: string, ms: number): Promise<void> {
  await context.route(url, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

/** Types a question into the panel and sends it with Enter. */
export async function askQuestion(page: Page, question: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(question);
  await input.press('Enter');
}

/** In the page: what has focus, looking into the widget's shadow root. */
export function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.activeElement;
    if (host?.tagName !== 'ASKDOWN-WIDGET') return null;
    const inner = host.shadowRoot?.activeElement;
    return inner ? `${inner.tagName.toLowerCase()}${inner.id ? `#${inner.id}` : ''}.${inner.className}` : 'host';
  });
}

/** CSP violations and the window's new keys, recorded by pages that load `/record-globals.js` first. */
export function pageRecords(page: Page): Promise<{ cspViolations: string[]; addedGlobals: string[] }> {
  return page.evaluate(() => {
    const win = window as unknown as { __cspViolations: string[]; __keysBefore: string[] };
    const before = new Set(win.__keysBefore);
    return { cspViolations: win.__cspViolations, addedGlobals: Object.keys(window).filter((key) => !before.has(key)) };
  });
}
