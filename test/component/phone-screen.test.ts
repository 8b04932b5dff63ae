// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { followVisualViewport, lockPageScroll } from '../../widget/app/phone-screen';

describe('page scroll lock', () => {
  it('stops the page scrolling and gives back exactly what the host had', () => {
    const root = document.documentElement;
    root.style.setProperty('overflow', 'scroll');
    const unlock = lockPageScroll(document);
    expect(root.style.getPropertyValue('overflow')).toBe('hidden');
    expect(root.style.getPropertyPriority('overflow')).toBe('important');
    unlock();
    expect(root.style.getPropertyValue('overflow')).toBe('scroll');
    root.style.removeProperty('overflow');

    const unlockAgain = lockPageScroll(document);
    unlockAgain();
    expect(root.getAttribute('style') ?? '').toBe('');
  });

  it('leaves a page that had no style attribute without one, and one with its own properties with them (a stranger\'s try)', () => {
    const root = document.documentElement;
    root.removeAttribute('style');
    lockPageScroll(document)();
    expect(root.hasAttribute('style')).toBe(false);

    root.setAttribute('style', 'color: red');
    lockPageScroll(document)();
    expect(root.getAttribute('style')).toBe('color: red;');
    root.removeAttribute('style');
  });
});

describe('following the visual viewport', () => {
  /** jsdom has neither a visual viewport nor constructable stylesheets: a small fake of both. */
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const viewport = {
      height: 667,
      offsetTop: 0,
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    class FakeSheet {
      cssText = '';
      replaceSync(text: string) {
        this.cssText = text;
      }
    }
    return { viewport, listeners, win: { visualViewport: viewport, CSSStyleSheet: FakeSheet } };
  }

  it('sets the viewport variables now and on every resize, and removes them when stopped', () => {
    const { viewport, listeners, win } = fakeWindow();
    const shadow = { ownerDocument: { defaultView: win }, adoptedStyleSheets: [] as { cssText: string }[] };
    const stop = followVisualViewport(shadow as unknown as ShadowRoot);
    expect(shadow.adoptedStyleSheets[0]?.cssText).toBe(':host{--askdown-viewport-height:667px;--askdown-viewport-top:0px}');

    viewport.height = 320;
    viewport.offsetTop = 40;
    listeners.get('resize')?.();
    expect(shadow.adoptedStyleSheets[0]?.cssText).toBe(':host{--askdown-viewport-height:320px;--askdown-viewport-top:40px}');

    stop();
    expect(shadow.adoptedStyleSheets).toEqual([]);
    expect(listeners.size).toBe(0);
  });

  it('does nothing where the browser has no visual viewport', () => {
    const shadow = { ownerDocument: { defaultView: {} }, adoptedStyleSheets: [] };
    const stop = followVisualViewport(shadow as unknown as ShadowRoot);
    expect(shadow.adoptedStyleSheets).toEqual([]);
    expect(stop).not.toThrow();
  });
});
