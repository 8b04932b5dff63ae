import { readFile } from 'node:fs/promises';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { axeViolations } from './axe';
import { askQuestion, openPage, TEST_CSP, useChromium, type WatchedPage } from './harness';

const chromium = useChromium();

/** The README's two-line stub, as written there, to be put in a file of its own as a strict CSP needs. */
const STUB = /<script>\n(\s+window\.Askdown = window\.Askdown[^\n]*\n[^\n]*\n)<\/script>/.exec(await readFile('README.md', 'utf8'))?.[1];
if (!STUB?.includes('Askdown.q.push')) throw new Error("the README's stub is not where this test looks for it");

interface HostPage {
  /** Attributes of the script tag, written as they are. */
  tag?: string;
  /** Calls made through the stub before the widget loads. */
  calls?: string;
  /** The built pack with these `pages:` patterns added, by article id. */
  pages?: Record<string, string[]>;
  /** Serves this in place of a built script, by file name. */
  scripts?: Record<string, (built: string) => string>;
}

/** A host page at `path`, with the stub and the widget's script tag, served under the strict CSP. */
async function hostPage(
  path: string,
  host: HostPage = {},
  options: BrowserContextOptions = {},
  routes: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<WatchedPage> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Web team page</title></head>
<body><h1>Web team page</h1><script src="/stub.js"></script><script src="/askdown.js" ${host.tag ?? ''} async></script></body></html>`;
  return openPage(chromium.browser, `${chromium.origin}${path}`, options, async (context) => {
    await context.route(`**${path}`, (route) =>
      route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': TEST_CSP }, body: html }),
    );
    await context.route('**/stub.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: `${STUB}\n${host.calls ?? ''}` }),
    );
    if (host.pages) {
      const pages = host.pages;
      await context.route('**/content/en.json', async (route) => {
        const pack = JSON.parse(await readFile('dist/content/en.json', 'utf8')) as ContentPack;
        pack.articles = pack.articles.map((a) => (pages[a.id] ? { ...a, pages: pages[a.id] } : a));
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) });
      });
    }
    await routes(context);
    for (const [file, change] of Object.entries(host.scripts ?? {})) {
      // Not to be cached: the browser would otherwise run the idle prefetch's copy (changed) on a retry.
      await context.route(`**/${file}`, async (route) => {
        try {
          const response = await route.fetch();
          await route.fulfill({ response, body: change(await response.text()), headers: { ...response.headers(), 'cache-control': 'no-store' } });
        } catch {
          // The test closed its page with this request still on its way (a retry, the idle download), which
          // Playwright reports as an unhandled rejection; a request left unserved in a test shows as a timeout.
        }
      });
    }
  });
}

const launcherOf = (page: Page) => page.getByRole('button', { name: 'Questions?' });

function suggestions(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Suggested questions' }).getByRole('button').allTextContents();
}

async function integrity(file: string): Promise<string> {
  return (JSON.parse(await readFile('dist/integrity.json', 'utf8')) as Record<string, string>)[file]!;
}

describe('for web teams', () => {
  it('opens on an article asked for through the stub, with its related articles', async () => {
    const { page, problems } = await hostPage('/ships/help', { calls: "Askdown.showArticle('shared-email'); window.stubOn = Askdown.on('answer', () => {});" });
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Related' }).getByRole('button').count()).toBeGreaterThan(0);
    // Through the stub, `on` gives nothing to call by mistake (a stranger's try: it gave the queue's length).
    expect(await page.evaluate(() => typeof (window as unknown as { stubOn: unknown }).stubOn)).toBe('undefined');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("reports a host handler's error (or a handler that is none) as the page's own, and goes on to the next and the answer", async () => {
    const calls = "Askdown.on('open', () => { throw new Error('host bug'); }); Askdown.on('open', 'oops'); Askdown.on('open', () => document.title = 'heard');";
    const { page, problems } = await hostPage('/throwing-handler', { calls });
    await launcherOf(page).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(await page.title()).toBe('heard');
    expect(problems).toEqual(['uncaught: host bug', expect.stringMatching(/^uncaught: .* is not a function$/)]);
    await page.context().close();
  });

  it('leads the suggestions with the articles whose pages: match, following pushState between openings', async () => {
    const pages = { 'multiple-login-ids': ['/ships/*'], 'registration-hours': ['/pass/**'] };
    const { page } = await hostPage('/ships/register', { pages });
    await launcherOf(page).click();
    await expect.poll(() => suggestions(page).then((s) => s[0])).toContain('multiple login IDs for each system');

    await page.getByRole('button', { name: 'Close' }).click();
    await page.evaluate(() => history.pushState(null, '', '/pass/renew/step-2'));
    await launcherOf(page).click();
    await expect.poll(() => suggestions(page).then((s) => s[0])).toBe('Can I register my email address at any time during the pre-registration period?');
    expect((await suggestions(page)).some((s) => s.includes('multiple login IDs'))).toBe(false);
    await page.context().close();
  });

  it('holds suggestions and a language set on every page view for the visitor, without running the app until then', async () => {
    const calls = "Askdown.suggest(['registration-hours']); Askdown.setLocale('en');";
    const { page, problems } = await hostPage('/every-page', { calls });
    await launcherOf(page).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    await page.waitForTimeout(500);
    const appRan = () => page.evaluate(() => Boolean(document.querySelector('askdown-widget')?.shadowRoot?.querySelector('[aria-controls]')));
    expect(await appRan()).toBe(false);
    await launcherOf(page).click();
    await expect.poll(() => suggestions(page).then((s) => s[0])).toBe('Can I register my email address at any time during the pre-registration period?');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('with Save-Data, shows an article the page asked for before the widget loaded, without waiting for the visitor', async () => {
    const { page } = await hostPage('/save-data', { calls: "Askdown.showArticle('shared-email');" }, {}, async (context) => {
      await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    });
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await page.context().close();
  });

  it('removes itself on destroy, leaving nothing behind, and mounts afresh when the script is loaded again', async () => {
    const { page, problems } = await hostPage('/account');
    await launcherOf(page).click();
    await page.getByRole('textbox', { name: 'Your question' }).waitFor();
    await page.evaluate(() => (window as unknown as { Askdown: { destroy(): void } }).Askdown.destroy());
    expect(await page.locator('askdown-widget').count()).toBe(0);
    expect(await page.evaluate(() => 'Askdown' in window)).toBe(false);

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = '/askdown.js';
      document.body.append(script);
    });
    await launcherOf(page).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(await page.locator('askdown-widget').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives a phone page its scrolling back when destroyed with the panel open', async () => {
    const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
    const { page } = await hostPage('/phone', {}, phone);
    await launcherOf(page).click();
    await page.getByRole('textbox', { name: 'Your question' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');
    await page.evaluate(() => (window as unknown as { Askdown: { destroy(): void } }).Askdown.destroy());
    // Preact runs an unmounted effect's cleanup after the next frame at the latest.
    await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    await page.context().close();
  });

  it('leaves a phone page its scrolling when the page opens a widget it has hidden', async () => {
    const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
    const { page, problems } = await hostPage('/phone-hidden', {}, phone);
    await launcherOf(page).waitFor();
    await page.evaluate(() => {
      (document.querySelector('askdown-widget') as HTMLElement).hidden = true;
      (window as unknown as { Askdown: { open(): void } }).Askdown.open();
    });
    await expect.poll(() => page.evaluate(() => Boolean(document.querySelector('askdown-widget')?.shadowRoot?.querySelector('.suggested-button')))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('loads the app pinned to its hash when the tag has integrity, and the Japanese script too', async () => {
    const tag = `integrity="${await integrity('askdown.js')}" crossorigin="anonymous" data-locales="en ja" data-locale="ja"`;
    const { page, problems } = await hostPage('/pinned', { tag });
    await page.getByRole('button', { name: /Questions\?|よくあるご質問/ }).click();
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    const pinned = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
    expect(pinned).toEqual(expect.arrayContaining(['askdown-app.js', 'askdown-ja.js']));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses an app script changed on the way, and tells the visitor on the launcher, which retries', async () => {
    const tag = `integrity="${await integrity('askdown.js')}" crossorigin="anonymous"`;
    let tampered = true;
    const scripts = { 'askdown-app.js': (built: string) => (tampered ? `${built}\n/* changed on the way */` : built) };
    const { page, problems } = await hostPage('/tampered', { tag, scripts });
    await launcherOf(page).click();
    const failed = page.getByRole('button', { name: 'Help is unavailable. Try again' });
    await failed.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Nor does its icon go on pulsing as if the app were still coming.
    expect(await failed.evaluate((button) => getComputedStyle(button, '::before').animationName)).toBe('none');
    // In Chromium's accessibility tree, the words are in a polite live region: screen readers say them.
    const { nodes } = await (await page.context().newCDPSession(page)).send('Accessibility.getFullAXTree');
    const launcher = nodes.find((node) => node.role?.value === 'button' && node.name?.value === 'Help is unavailable. Try again');
    expect(launcher?.properties?.find((property) => property.name === 'live')?.value.value).toBe('polite');
    expect(problems.join('\n')).toMatch(/integrity/i);
    expect(problems.some((p) => p.startsWith('uncaught'))).toBe(false);

    tampered = false;
    await failed.click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(await launcherOf(page).count()).toBe(1);
    await page.context().close();
  });

  it('asks for a missing app once for a waiting call, tells the visitor on the launcher, and tries again on a click', async () => {
    let requests = 0;
    const { page } = await hostPage('/missing-app', { calls: "Askdown.showArticle('shared-email');" }, {}, async (context) => {
      await context.route('**/askdown-app.js', (route) => {
        requests += 1;
        return route.fulfill({ status: 404, body: 'not here' });
      });
    });
    await page.getByRole('button', { name: 'Help is unavailable. Try again' }).waitFor();
    await page.waitForTimeout(1_000);
    expect(requests).toBe(1);
    await page.getByRole('button', { name: 'Help is unavailable. Try again' }).click();
    await expect.poll(() => requests).toBe(2);
    await page.context().close();
  });

  it('pins the app on its own origin even when the tag has no integrity of its own', async () => {
    const scripts = { 'askdown-app.js': (built: string) => `${built}\n/* changed on the way */` };
    const { page, problems } = await hostPage('/plain-tag', { scripts });
    await launcherOf(page).click();
    await page.getByRole('button', { name: 'Help is unavailable. Try again' }).waitFor();
    expect(problems.join('\n')).toMatch(/integrity/i);
    await page.context().close();
  });

  it('refuses a Japanese script changed on the way: the panel gives its friendly error and retry', async () => {
    const tag = `integrity="${await integrity('askdown.js')}" crossorigin="anonymous" data-locale="ja"`;
    const scripts = { 'askdown-ja.js': (built: string) => `${built}\n/* changed on the way */` };
    const { page, problems } = await hostPage('/tampered-ja', { tag, scripts });
    await launcherOf(page).click();
    await page.getByRole('button', { name: /Try again|もう一度/ }).waitFor();
    expect(problems.join('\n')).toMatch(/integrity/i);
    await page.context().close();
  });
});

describe('themes', () => {
  const panelColours = (page: Page) =>
    page.evaluate(() => {
      const panel = document.querySelector('askdown-widget')!.shadowRoot!.querySelector('.panel')!;
      const style = getComputedStyle(panel);
      return { background: style.backgroundColor, color: style.color };
    });

  it('follows a dark colour scheme by default, with axe clean in every state of the conversation', async () => {
    const { page } = await hostPage('/dark', {}, { colorScheme: 'dark', bypassCSP: true });
    await launcherOf(page).click();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await panelColours(page)).toEqual({ background: 'rgb(28, 33, 40)', color: 'rgb(230, 237, 243)' });
    // The question box's placeholder, the only visible hint of what it is for, in the muted text colour (7.7:1
    // here; the browser's own grey was 3.5:1, which axe does not check: a stranger's audit found it).
    const placeholder = await page.getByRole('textbox').evaluate((input) => getComputedStyle(input, '::placeholder').color);
    expect(placeholder).toBe('rgb(169, 180, 192)');
    expect(await axeViolations(page)).toEqual([]);
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    await page.getByRole('button', { name: 'No' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await askQuestion(page, 'email');
    await page.getByRole('list', { name: 'Did you mean one of these?' }).waitFor();
    await askQuestion(page, 'how much does a ship classification survey cost');
    await page.getByRole('list', { name: 'Closest articles' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps data-theme="light" light on a dark setting, and makes data-theme="dark" dark on a light one', async () => {
    const light = await hostPage('/light', { tag: 'data-theme="light"' }, { colorScheme: 'dark' });
    await launcherOf(light.page).click();
    await light.page.getByRole('textbox', { name: 'Your question' }).waitFor();
    expect((await panelColours(light.page)).background).toBe('rgb(255, 255, 255)');
    await light.page.context().close();

    const dark = await hostPage('/dark', { tag: 'data-theme="dark"' }, { colorScheme: 'light', bypassCSP: true });
    await launcherOf(dark.page).click();
    await askQuestion(dark.page, 'registration hours');
    await dark.page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect((await panelColours(dark.page)).background).toBe('rgb(28, 33, 40)');
    expect(await axeViolations(dark.page)).toEqual([]);
    await dark.page.context().close();
  });

  it('gives every control a visible edge or an underline in forced colours', async () => {
    const { page } = await hostPage('/forced', {}, { forcedColors: 'active' });
    await launcherOf(page).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    const invisible = await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>('button, input, select, a')].flatMap((control) => {
        const style = getComputedStyle(control);
        const edged = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
        const underlined = style.textDecorationLine.includes('underline');
        return edged || underlined || control.offsetParent === null ? [] : [control.className || control.tagName];
      });
    });
    expect(invisible).toEqual([]);
    // The visitor's question bubble and the header's band, whose backgrounds forced colours drop, keep an edge
    // (a stranger's try found them without one).
    const edges = await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')!.shadowRoot!;
      const edge = (selector: string, side: 'Top' | 'Bottom') => getComputedStyle(root.querySelector(selector)!)[`border${side}Style`];
      return [edge('.question', 'Top'), edge('.panel-header', 'Bottom')];
    });
    expect(edges).toEqual(['solid', 'solid']);
    await page.context().close();
  });

  it('animates the panel open, unless the visitor asked for reduced motion', async () => {
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await hostPage('/motion', {}, { reducedMotion });
      await launcherOf(page).waitFor();
      // Heard as they start, not read while they run: the 160 ms animation may be over by the time a slow machine
      // reads the running ones (2026-11-28, a CI run).
      await page.evaluate(() => {
        const started: string[] = [];
        (window as unknown as { panelAnimations: string[] }).panelAnimations = started;
        document.querySelector('askdown-widget')!.shadowRoot!.addEventListener('animationstart', (event) => {
          if ((event.target as Element).classList.contains('panel')) started.push((event as AnimationEvent).animationName);
        });
      });
      await launcherOf(page).click();
      await page.getByRole('textbox', { name: 'Your question' }).waitFor();
      // Two frames: an animation that starts does so by then.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const seen = await page.evaluate(() => ({
        styled: getComputedStyle(document.querySelector('askdown-widget')!.shadowRoot!.querySelector('.panel')!).animationName,
        started: (window as unknown as { panelAnimations: string[] }).panelAnimations,
      }));
      await page.context().close();
      return seen;
    };
    expect(await animation('no-preference')).toEqual({ styled: 'askdown-open', started: ['askdown-open'] });
    expect(await animation('reduce')).toEqual({ styled: 'none', started: [] });
  });
});
