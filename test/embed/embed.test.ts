// @vitest-environment jsdom
import { waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import type { AskdownApi } from '../../widget/embed/public-api';
import { loadLoginFaqPack } from '../helpers/login-faq';
import { stubFetch } from '../helpers/render-app';

// jsdom runs no external scripts: the app "script" is the app module itself, handed over as the real script
// does, and the typo script (which the app asks for as it mounts) is Fuse.js.
// `failures`: how many app loads fail before one succeeds.
const appLoads = vi.hoisted(() => ({ count: 0, prefetched: [] as string[], failures: 0, arrival: null as Promise<void> | null }));
vi.mock('../../widget/embed/load-script', () => ({
  loadScript: async (_doc: Document, url: string) => {
    if (url.endsWith('askdown-typo.js')) return (await import('fuse.js/basic')).default;
    appLoads.count += 1;
    await appLoads.arrival;
    if (appLoads.failures > 0 && appLoads.failures--) throw new Error(`cannot load ${url}`);
    return (await import('../../widget/app/mount-panel')).mountPanel;
  },
  prefetchScript: (url: string) => appLoads.prefetched.push(url),
}));

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

/** Puts a script tag on the page as a web team would, then runs the embed as the browser would. */
async function loadEmbed(attributes: Record<string, string> = {}): Promise<void> {
  const script = document.createElement('script');
  script.src = 'https://help.example.com/askdown/askdown.js';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(`data-${name}`, value);
  document.body.append(script);
  vi.resetModules();
  await import('../../widget/embed');
  // The facade draws the launcher in a task of its own after the page has loaded.
  if (vi.isFakeTimers()) vi.advanceTimersToNextTimer();
  else await new Promise((resolve) => setTimeout(resolve, 0));
}

function api(): AskdownApi {
  return window.Askdown as AskdownApi;
}

function shadow(): ShadowRoot {
  const host = document.querySelector('askdown-widget');
  if (!host?.shadowRoot) throw new Error('widget not mounted');
  return host.shadowRoot;
}

beforeEach(() => {
  stubFetch(pack);
  appLoads.count = 0;
  appLoads.prefetched = [];
  appLoads.failures = 0;
  appLoads.arrival = null;
  // The browser is never idle here, so only what a test does loads the app.
  vi.stubGlobal('requestIdleCallback', () => 0);
});

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('askdown-widget').forEach((host) => host.remove());
  delete window.Askdown;
  vi.unstubAllGlobals();
});

describe('the embed script', () => {
  it('mounts a launcher with an accessible name inside an open shadow root', async () => {
    await loadEmbed();
    const launcher = shadow().querySelector('button.launcher');
    expect(launcher?.textContent).toBe('Questions?');
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('askdown-widget')?.shadowRoot?.mode).toBe('open');
  });

  it('marks its own English words as English, on a Japanese page too, and leaves a title of the page\'s alone', async () => {
    document.documentElement.lang = 'ja';
    try {
      await loadEmbed();
      expect(shadow().querySelector('.launcher')?.getAttribute('lang')).toBe('en');
      delete window.Askdown;
      document.body.innerHTML = '';
      document.querySelector('askdown-widget')?.remove();
      await loadEmbed({ title: 'ご質問' });
      expect(shadow().querySelector('.launcher')?.textContent).toBe('ご質問');
      expect(shadow().querySelector('.launcher')?.hasAttribute('lang')).toBe(false);
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('reads its data attributes', async () => {
    await loadEmbed({ title: 'Need help?', position: 'left', content: '/faq/en.json', open: 'true' });
    expect(shadow().querySelector('.launcher')?.textContent).toBe('Need help?');
    expect(shadow().querySelector('.root')?.classList.contains('root--left')).toBe(true);
    // The pack is public: no cookies or credentials go with it to a CDN on another origin.
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('https://help.example.com/faq/en.json', { credentials: 'omit' }));
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false));
  });

  it('installs window.Askdown and runs calls queued by the stub before it loaded (their order: public-api.test.ts)', async () => {
    const answers: string[] = [];
    const stub = { q: [] as unknown[] } as { q: unknown[] } & Record<string, (...args: unknown[]) => void>;
    for (const method of ['open', 'close', 'toggle', 'ask', 'on']) stub[method] = (...args) => stub.q.push([method, args]);
    window.Askdown = stub;
    stub.on?.('answer', (detail: { id: string }) => answers.push(detail.id));
    stub.ask?.('registration hours');

    await loadEmbed();
    expect(Object.keys(api()).sort()).toEqual(['ask', 'close', 'destroy', 'on', 'open', 'setLocale', 'showArticle', 'suggest', 'toggle', 'version']);
    await waitFor(() => expect(answers).toEqual(['registration-hours']));
    expect(shadow().querySelector('.answer-title')?.textContent).toContain('at any time');
  });

  it('opens on an article queued through the stub with showArticle', async () => {
    const stub = { q: [['showArticle', ['shared-email']]] as unknown[] };
    window.Askdown = stub;
    await loadEmbed();
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false));
    expect(shadow().querySelector('.answer-title')?.textContent).toBe('Can I register a group or shared email address?');
  });

  it('removes itself on destroy, leaving no element, global or open panel, and mounts afresh on a later load', async () => {
    await loadEmbed();
    api().open();
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false));
    const first = api();
    first.destroy();
    expect(document.querySelector('askdown-widget')).toBeNull();
    expect('Askdown' in window).toBe(false);
    expect(() => first.open()).not.toThrow();

    await loadEmbed();
    expect(api()).not.toBe(first);
    expect(document.querySelectorAll('askdown-widget')).toHaveLength(1);
    expect(shadow().querySelector('.launcher')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('only downloads while the browser is idle, and runs the app on intent with the content it downloaded', async () => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    await loadEmbed();
    await waitFor(() => expect(appLoads.prefetched).toEqual(['https://help.example.com/askdown/askdown-app.js']));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(appLoads.count).toBe(0);
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();

    shadow().querySelector('.launcher')?.dispatchEvent(new Event('pointerover'));
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')).not.toBeNull());
    expect(appLoads.count).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('downloads the Japanese script too at idle on a Japanese page, which its first answer needs', async () => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    await loadEmbed({ locales: 'en,ja', locale: 'ja' });
    await waitFor(() =>
      expect(appLoads.prefetched).toEqual(['https://help.example.com/askdown/askdown-app.js', 'https://help.example.com/askdown/askdown-ja.js']),
    );
    expect(fetch).toHaveBeenCalledWith('https://help.example.com/askdown/content/ja.json', expect.anything());
  });

  it('on a Japanese page, downloads the Japanese script beside an app loaded before idle, once (a review)', async () => {
    let idle = () => {};
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => (idle = callback));
    await loadEmbed({ locales: 'en,ja', locale: 'ja' });
    shadow().querySelector('.launcher')?.dispatchEvent(new Event('pointerover'));
    idle();
    shadow().querySelector('.launcher')?.dispatchEvent(new Event('focus'));
    // The app, and as it mounts the Japanese script (loaded, not prefetched, once the app is there).
    await waitFor(() => expect(appLoads.count).toBe(2));
    expect(appLoads.prefetched).toEqual(['https://help.example.com/askdown/askdown-ja.js']);
  });

  it('loads the app once however many signs of intent come, and prefetches nothing once it is loading', async () => {
    let idle = () => {};
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => (idle = callback));
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLElement>('.launcher')!;
    launcher.dispatchEvent(new Event('pointerover'));
    launcher.dispatchEvent(new Event('focus'));
    launcher.click();
    api().ask('registration hours');
    idle();
    await waitFor(() => expect(shadow().querySelector('.answer-title')).not.toBeNull());
    expect(appLoads.count).toBe(1);
    expect(appLoads.prefetched).toEqual([]);
  });

  it('says on the launcher that an app that failed to load is unavailable, and tries again at the next sign only', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    appLoads.failures = 1;
    window.Askdown = { q: [['showArticle', ['shared-email']]] };
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLElement>('.launcher')!;
    await waitFor(() => expect(launcher.textContent).toBe('Help is unavailable. Try again'));
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    // The article still waits, but only the visitor's next move loads the app again, not the wait itself.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(appLoads.count).toBe(1);
    launcher.click();
    await waitFor(() => expect(shadow().querySelector('.answer-title')?.textContent).toBe('Can I register a group or shared email address?'));
    expect(appLoads.count).toBe(2);
  });

  it('takes a second tap while the app is on its way for the visitor asking again, not closing the panel (a stranger on a slow link)', async () => {
    let arrive = () => {};
    appLoads.arrival = new Promise<void>((resolve) => (arrive = resolve));
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLElement>('.launcher')!;
    launcher.click();
    launcher.click();
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    arrive();
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')).not.toBeNull());
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    // Once the app runs, a tap closes the panel again, as before.
    launcher.click();
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(appLoads.count).toBe(1);
  });

  it('closes the panel a failed load opened without taking the close for a new sign of intent', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    appLoads.failures = 1;
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLElement>('.launcher')!;
    launcher.click();
    await waitFor(() => expect(launcher.textContent).toBe('Help is unavailable. Try again'));
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    // Said, not only shown: the visitor who clicked is still on the launcher, and a changed name is not read out
    // by every screen reader. The launcher is a polite live region from the start, as one must be to be heard.
    expect(launcher.getAttribute('aria-live')).toBe('polite');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(appLoads.count).toBe(1);
  });

  it('keeps focus on the launcher when a click on it closes the panel', async () => {
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLElement>('.launcher')!;
    launcher.click();
    const input = await waitFor(() => {
      const found = shadow().querySelector('input');
      expect(shadow().activeElement).toBe(found);
      return found!;
    });
    expect(input).not.toBeNull();
    launcher.click();
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(shadow().activeElement).toBe(launcher);
  });

  it('starts the app at once, prefetching nothing, on a page opened at #askdown=<id>', async () => {
    history.replaceState(null, '', '#askdown=shared-email');
    // Idle comes too: the app is loading by then, and nothing more is downloaded ahead.
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    try {
      await loadEmbed();
      await waitFor(() => expect(shadow().querySelector('.answer-title')?.textContent).toBe('Can I register a group or shared email address?'));
      expect(appLoads.count).toBe(1);
      expect(appLoads.prefetched).toEqual([]);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('draws nothing when destroyed before the page finished loading', async () => {
    vi.useFakeTimers();
    try {
      const script = document.createElement('script');
      script.src = 'https://help.example.com/askdown/askdown.js';
      document.body.append(script);
      vi.resetModules();
      await import('../../widget/embed');
      api().destroy();
      vi.runAllTimers();
      expect(document.querySelector('askdown-widget')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('mounts one widget when the script is loaded twice', async () => {
    await loadEmbed();
    const first = api();
    await loadEmbed();
    expect(document.querySelectorAll('askdown-widget')).toHaveLength(1);
    expect(api()).toBe(first);
  });

  it('opens from the launcher, closes on Escape and gives focus back to the launcher', async () => {
    await loadEmbed();
    const events: string[] = [];
    api().on('open', () => events.push('open'));
    const unsubscribe = api().on('close', () => events.push('close'));
    const launcher = shadow().querySelector<HTMLButtonElement>('button.launcher');
    launcher?.click();
    expect(launcher?.getAttribute('aria-expanded')).toBe('true');
    const input = await waitFor(() => {
      const element = shadow().querySelector<HTMLInputElement>('input');
      expect(element).not.toBeNull();
      expect(shadow().activeElement).toBe(element);
      return element as HTMLInputElement;
    });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(shadow().activeElement).toBe(launcher));
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    expect(events).toEqual(['open', 'close']);
    unsubscribe();
    api().toggle();
    api().toggle();
    expect(events).toEqual(['open', 'close', 'open']);
  });

  it('draws the launcher without the app, and loads the app once, on the first pointer-over', async () => {
    await loadEmbed();
    const launcher = shadow().querySelector<HTMLButtonElement>('button.launcher');
    expect(launcher).not.toBeNull();
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(launcher?.hasAttribute('aria-controls')).toBe(false);
    expect(appLoads.count).toBe(0);

    expect(fetch).not.toHaveBeenCalled();

    launcher?.dispatchEvent(new Event('pointerover'));
    launcher?.dispatchEvent(new Event('focus'));
    // The content's download starts with the app's, not after it.
    expect(fetch).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')).not.toBeNull());
    expect(appLoads.count).toBe(1);
    expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(true);
    expect(launcher?.getAttribute('aria-controls')).toBe(shadow().querySelector('[role="dialog"]')?.id);
    // The dialog is drawn closed, its contents with it, from the facade's download (not fetched again): the
    // opening only shows it.
    await waitFor(() => expect(shadow().querySelector('.greeting')).not.toBeNull());
    expect(shadow().querySelector('.composer')).not.toBeNull();
    expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(true);
    api().open();
    await waitFor(() => expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('opens the panel on the first click even though the app was not loaded yet', async () => {
    await loadEmbed();
    shadow().querySelector<HTMLButtonElement>('button.launcher')?.click();
    await waitFor(() => expect(shadow().activeElement?.tagName).toBe('INPUT'));
    expect(shadow().querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false);
    expect(appLoads.count).toBe(1);
  });

  // That the browser reports the handler's error as the page's own: web-teams.test.ts (jsdom reports it nowhere).
  it('keeps a throwing host handler from breaking the widget or the handlers after it', async () => {
    await loadEmbed();
    const heard: string[] = [];
    api().on('open', () => {
      throw new Error('host bug');
    });
    api().on('open', () => heard.push('next handler'));
    expect(() => api().open()).not.toThrow();
    expect(shadow().querySelector('button.launcher')?.getAttribute('aria-expanded')).toBe('true');
    expect(heard).toEqual(['next handler']);
  });
});
