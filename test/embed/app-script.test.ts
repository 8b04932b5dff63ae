// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { loadAppScript } from '../../widget/embed/app-script';
import { APP_READY_EVENT } from '../../widget/embed/panel-contract';

const URL = 'https://help.example.com/askdown/askdown-app.js';

function appScript(): HTMLScriptElement {
  const script = document.head.querySelector<HTMLScriptElement>(`script[src="${URL}"]`);
  if (!script) throw new Error('no app script element');
  return script;
}

describe('loading the app script', () => {
  it('adds a script element for the address and resolves with what the app announces on it', async () => {
    const loading = loadAppScript(document, URL);
    const mountPanel = vi.fn();
    appScript().dispatchEvent(new CustomEvent(APP_READY_EVENT, { detail: mountPanel }));
    await expect(loading).resolves.toBe(mountPanel);
    appScript().remove();
  });

  it('rejects, naming the address, and removes the element when the script loads but no app announces itself', async () => {
    const loading = loadAppScript(document, URL);
    appScript().dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(`no Askdown app at ${URL}`);
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('rejects when the script cannot be fetched', async () => {
    const loading = loadAppScript(document, URL);
    appScript().dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(URL);
    expect(document.head.querySelector('script')).toBeNull();
  });
});
