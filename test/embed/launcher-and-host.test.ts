// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLauncher, setLauncherExpanded } from '../../widget/embed/launcher';
import { adoptStyles, createShadowHost, HOST_TAG } from '../../widget/embed/shadow-host';

afterEach(() => document.querySelectorAll(HOST_TAG).forEach((host) => host.remove()));

describe('the launcher', () => {
  it('is a real button that says it opens a dialog, with an icon screen readers skip', () => {
    const button = createLauncher(document, 'Questions?');
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.className).toBe('launcher');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.textContent).toBe('Questions?');
    const svg = button.querySelector('svg');
    expect(svg?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    const path = svg?.querySelector('path');
    expect(path?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(path?.getAttribute('d')).toMatch(/^M4 3h16/);
    setLauncherExpanded(button, true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    setLauncherExpanded(button, false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the shadow host', () => {
  it('is one element at the end of <html>, after <body>, with an open shadow root', () => {
    const { host, shadow } = createShadowHost(document);
    expect(host.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(document.documentElement.lastElementChild).toBe(host);
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.mode).toBe('open');
  });

  it('adds styles as constructable stylesheets, after the ones already there', () => {
    const replaced: string[] = [];
    class FakeSheet {
      replaceSync(css: string) {
        replaced.push(css);
      }
    }
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    try {
      const existing = new FakeSheet();
      const shadow = { adoptedStyleSheets: [existing] };
      adoptStyles(shadow as unknown as ShadowRoot, '.a{}');
      expect(replaced).toEqual(['.a{}']);
      expect(shadow.adoptedStyleSheets).toHaveLength(2);
      expect(shadow.adoptedStyleSheets[0]).toBe(existing);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('adds real stylesheets that hold the rules (jsdom has no adoptedStyleSheets of its own: test/setup.ts)', () => {
    const { shadow } = createShadowHost(document);
    adoptStyles(shadow, '.b{color:red}');
    adoptStyles(shadow, '.c{color:blue}');
    expect(shadow.adoptedStyleSheets.map((sheet) => sheet.cssRules[0]?.cssText)).toEqual(['.b { color: red; }', '.c { color: blue; }']);
    expect(shadow.querySelector('style')).toBeNull();
  });
});
