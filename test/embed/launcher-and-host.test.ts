// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLauncher, setLauncherLabel } from '../../widget/embed/launcher';
import { adoptStyles, createShadowHost, HOST_TAG } from '../../widget/embed/shadow-host';

afterEach(() => document.querySelectorAll(HOST_TAG).forEach((host) => host.remove()));

describe('the launcher', () => {
  it('is a real button that says it opens a dialog, named by its label alone (the icon is drawn by CSS)', () => {
    const button = createLauncher(document, 'Questions?');
    expect(button.tagName).toBe('BUTTON');
    expect(button.className).toBe('launcher');
    expect(button.getAttribute('part')).toBe('launcher');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect([...button.childNodes].map((node) => node.textContent)).toEqual(['Questions?']);
    setLauncherLabel(button, '質問', 'ja');
    expect(button.textContent).toBe('質問');
    expect(button.lang).toBe('ja');
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
