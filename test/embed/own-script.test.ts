// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findScriptTag, scriptUrlFromStack } from '../../widget/embed/own-script';

afterEach(() => {
  document.body.innerHTML = '';
});

function addScript(src: string, title: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = src;
  script.dataset.title = title;
  document.body.append(script);
  return script;
}

describe('finding our own script tag after load', () => {
  it("reads the script's address from Chrome's, Firefox's and Safari's stack traces", () => {
    const url = 'https://cdn.example.com/v2/help-widget.js?build=7';
    expect(scriptUrlFromStack(`Error\n    at boot (${url}:1:5120)\n    at https://cdn.example.com/other.js:3:1`)).toBe(url);
    expect(scriptUrlFromStack(`Error\n    at ${url}:1:5120`)).toBe(url);
    expect(scriptUrlFromStack(`boot@${url}:1:5120\n`)).toBe(url);
    expect(scriptUrlFromStack('Error')).toBeNull();
    expect(scriptUrlFromStack(undefined)).toBeNull();
  });

  it('picks the tag with that address, even when the file is renamed', () => {
    addScript('https://cdn.example.com/analytics.js', 'other');
    const ours = addScript('https://cdn.example.com/v2/help-widget.js', 'ours');
    expect(findScriptTag(document, 'https://cdn.example.com/v2/help-widget.js')).toBe(ours);
  });

  it('falls back to the last askdown script when the stack had no address', () => {
    addScript('https://help.example.com/askdown/askdown.js', 'first');
    const last = addScript('https://help.example.com/askdown/askdown.js?v=2', 'last');
    addScript('https://cdn.example.com/analytics.js', 'other');
    expect(findScriptTag(document, null)).toBe(last);
    expect(findScriptTag(document, 'https://elsewhere.example.com/gone.js')).toBe(last);
  });
});
