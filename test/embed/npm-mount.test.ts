// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../widget/npm';

beforeEach(() => {
  // jsdom has no CSS.supports, which every browser the widget supports has.
  vi.stubGlobal('CSS', { supports: () => true });
  vi.stubGlobal('requestIdleCallback', () => 0);
});

afterEach(() => {
  document.querySelectorAll('askdown-widget').forEach((host) => host.remove());
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the npm package's mount()", () => {
  it('draws one launcher with the options as data attributes, and no global', async () => {
    const api = mount({ title: 'Need help?', position: 'left' });
    const shadow = document.querySelector('askdown-widget')?.shadowRoot;
    expect(shadow?.querySelector('.launcher')?.textContent).toBe('Need help?');
    expect(shadow?.querySelector('.root')?.classList.contains('root--left')).toBe(true);
    expect('Askdown' in window).toBe(false);
    api.destroy();
  });

  it('returns the mounted widget with a warning when called again, and mounts afresh after destroy', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = mount();
    expect(mount()).toBe(first);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('mount() was called while the widget is mounted'));
    expect(document.querySelectorAll('askdown-widget')).toHaveLength(1);
    first.destroy();
    expect(document.querySelectorAll('askdown-widget')).toHaveLength(0);
    const second = mount();
    expect(second).not.toBe(first);
    expect(document.querySelectorAll('askdown-widget')).toHaveLength(1);
    second.destroy();
  });
});
