// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ownScriptTag } from '../../widget/embed/own-script';

afterEach(() => {
  document.body.innerHTML = '';
});

function addScript(src: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = src;
  document.body.append(script);
  return script;
}

describe('finding our own script tag', () => {
  it('is the script the browser is running, whatever its file is called', () => {
    addScript('https://help.example.com/askdown/askdown.js');
    const ours = addScript('https://cdn.example.com/v2/help-widget.js');
    Object.defineProperty(document, 'currentScript', { value: ours, configurable: true });
    try {
      expect(ownScriptTag(document)).toBe(ours);
    } finally {
      delete (document as { currentScript?: unknown }).currentScript;
    }
  });

  it('falls back to the last askdown script when the browser names none (a loader ran the code)', () => {
    expect(document.currentScript).toBeNull();
    expect(ownScriptTag(document)).toBeUndefined();
    addScript('https://help.example.com/askdown/askdown.js');
    const last = addScript('https://help.example.com/askdown/askdown.js?v=2');
    addScript('https://cdn.example.com/analytics.js');
    expect(ownScriptTag(document)).toBe(last);
  });
});
