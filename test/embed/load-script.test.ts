// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { loadScript, prefetchScript } from '../../widget/embed/load-script';
import { SCRIPT_READY_EVENT } from '../../widget/embed/panel-contract';

const URL = 'https://help.example.com/askdown/askdown-app.js';

function appScript(): HTMLScriptElement {
  const script = document.head.querySelector<HTMLScriptElement>(`script[src="${URL}"]`);
  if (!script) throw new Error('no app script element');
  return script;
}

describe("loading the widget's own scripts", () => {
  it('adds a script element for the address and resolves with what the app announces on it', async () => {
    const loading = loadScript(document, URL);
    const mountPanel = vi.fn();
    appScript().dispatchEvent(new CustomEvent(SCRIPT_READY_EVENT, { detail: mountPanel }));
    await expect(loading).resolves.toBe(mountPanel);
    appScript().remove();
  });

  it('rejects, naming the address, and removes the element when the script loads but no app announces itself', async () => {
    const loading = loadScript(document, URL);
    appScript().dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(`cannot load ${URL}`);
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('pins the script with its hash and the facade tag\'s crossorigin, and only when given a hash', async () => {
    void loadScript(document, URL, 'sha384-abc', 'anonymous').catch(() => {});
    expect(appScript().integrity).toBe('sha384-abc');
    expect(appScript().crossOrigin).toBe('anonymous');
    appScript().remove();
    void loadScript(document, URL, '', 'anonymous').catch(() => {});
    expect(appScript().hasAttribute('integrity')).toBe(false);
    expect(appScript().hasAttribute('crossorigin')).toBe(false);
    appScript().remove();
  });

  it('rejects when the script cannot be fetched', async () => {
    const loading = loadScript(document, URL);
    appScript().dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(URL);
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('prefetches with a fetch asked as the script element will ask, a failure left to the script, no element', () => {
    // A failed download must not reach the host page's console as an unhandled rejection: the script element
    // reports it, when the app is wanted. So the response's failure must be handled here.
    let failureHandled = false;
    const response = {
      catch: (onFailure: unknown) => ((failureHandled = typeof onFailure === 'function'), response),
      then: (_onSuccess: unknown, onFailure: unknown) => ((failureHandled = typeof onFailure === 'function'), response),
    };
    const fetches = vi.fn((_url: string, _init: RequestInit) => response);
    vi.stubGlobal('fetch', fetches);
    try {
      // A tag without `crossorigin`: a script element asks no-cors, with the visitor's cookies (Firefox keeps
      // copies fetched with and without them apart); with it, CORS, so the copy carries the CDN's CORS headers.
      prefetchScript(URL, null);
      prefetchScript(URL, 'anonymous');
      prefetchScript(URL, 'use-credentials');
      expect(fetches.mock.calls.map(([url, init]) => [url, init.mode, init.credentials ?? 'same-origin'])).toEqual([
        [URL, 'no-cors', 'include'],
        [URL, 'cors', 'same-origin'],
        [URL, 'cors', 'include'],
      ]);
      expect(failureHandled).toBe(true);
      expect(document.head.children).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
