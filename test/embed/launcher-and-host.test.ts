// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
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

  it('adds styles as constructable stylesheets where the browser has them, after the ones already there', () => {
    const replaced: string[] = [];
    class FakeSheet {
      replaceSync(css: string) {
        replaced.push(css);
      }
    }
    const existing = new FakeSheet();
    const shadow = { adoptedStyleSheets: [existing], ownerDocument: { defaultView: { CSSStyleSheet: FakeSheet } }, append: () => {
      throw new Error('no <style> where constructable sheets work');
    } };
    adoptStyles(shadow as unknown as ShadowRoot, '.a{}');
    expect(replaced).toEqual(['.a{}']);
    expect(shadow.adoptedStyleSheets).toHaveLength(2);
    expect(shadow.adoptedStyleSheets[0]).toBe(existing);
  });

  it('falls back to a <style> element where they are missing or fail', () => {
    const { shadow } = createShadowHost(document);
    adoptStyles(shadow, '.b{color:red}');
    expect(shadow.querySelector('style')?.textContent).toBe('.b{color:red}');

    class BrokenSheet {
      replaceSync(): void {
        throw new Error('not supported');
      }
    }
    const appended: Node[] = [];
    const fake = {
      adoptedStyleSheets: [],
      ownerDocument: { defaultView: { CSSStyleSheet: BrokenSheet }, createElement: (tag: string) => document.createElement(tag) },
      append: (node: Node) => appended.push(node),
    };
    adoptStyles(fake as unknown as ShadowRoot, '.c{}');
    expect(fake.adoptedStyleSheets).toEqual([]);
    expect((appended[0] as HTMLStyleElement).textContent).toBe('.c{}');
  });
});
