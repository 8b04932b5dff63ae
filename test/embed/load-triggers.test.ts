// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';
import { browserWhenIdle, whenAppWanted } from '../../widget/embed/load-triggers';

/** The facade's first call: with `saveData`, idle never comes, as `browserWhenIdle` makes it. */
function setUp({ saveData = false } = {}) {
  const launcher = document.createElement('button');
  const controller = createController(createEmitter());
  let idle: (() => void) | null = null;
  const whenIdle = vi.fn((callback: () => void) => (idle = saveData ? null : callback));
  const load = vi.fn();
  const prefetch = vi.fn();
  whenAppWanted(launcher, controller, load, whenIdle, prefetch);
  return { launcher, controller, load, prefetch, whenIdle, runIdle: () => idle?.() };
}

describe('when the app loads', () => {
  it.each(['pointerover', 'focus', 'click'])('on the launcher\'s first "%s"', (type) => {
    const { launcher, load } = setUp();
    expect(load).not.toHaveBeenCalled();
    launcher.dispatchEvent(new Event(type));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('on an API call that opens the panel or asks', () => {
    const opened = setUp();
    opened.controller.open();
    expect(opened.load).toHaveBeenCalledTimes(1);
    const asked = setUp();
    asked.controller.ask('registration hours');
    expect(asked.load).toHaveBeenCalledTimes(1);
  });

  it('at once for an article sent before it was set up', () => {
    const waiting = createController(createEmitter());
    waiting.send({ name: 'showArticle', value: 'shared-email' });
    const load = vi.fn();
    const whenIdle = vi.fn();
    whenAppWanted(document.createElement('button'), waiting, load, whenIdle, () => {});
    expect(load).toHaveBeenCalledTimes(1);
    expect(whenIdle).not.toHaveBeenCalled();
  });

  it('never while the browser is merely idle: then it only prefetches, once', () => {
    const { launcher, controller, load, prefetch, runIdle } = setUp();
    expect(prefetch).not.toHaveBeenCalled();
    runIdle();
    expect(prefetch).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
    // Every later sign calls it again: the facade's load does nothing once it is loading (embed.test.ts).
    launcher.dispatchEvent(new Event('pointerover'));
    launcher.dispatchEvent(new Event('click'));
    controller.open();
    expect(load).toHaveBeenCalledTimes(3);
    expect(prefetch).toHaveBeenCalledTimes(1);
  });

  it('with Save-Data on, prefetches nothing and loads only when the visitor interacts', () => {
    const { launcher, load, prefetch, runIdle } = setUp({ saveData: true });
    runIdle();
    expect(prefetch).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    launcher.dispatchEvent(new Event('pointerover'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('with Save-Data on, still loads at once for an article the page asked for before it was set up', () => {
    const waiting = createController(createEmitter());
    waiting.send({ name: 'showArticle', value: 'shared-email' });
    const load = vi.fn();
    whenAppWanted(document.createElement('button'), waiting, load, () => {}, () => {});
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads Save-Data from navigator.connection: then idle never comes', () => {
    const requestIdleCallback = vi.fn();
    const setTimeout = vi.fn();
    const saving = { navigator: { connection: { saveData: true } }, requestIdleCallback, setTimeout } as unknown as Window;
    browserWhenIdle(saving)!(() => {});
    expect(requestIdleCallback).not.toHaveBeenCalled();
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('waits for idle time, with a deadline, and falls back to a short timer where there is no idle callback', () => {
    const requestIdleCallback = vi.fn();
    const setTimeout = vi.fn();
    const callback = () => {};
    browserWhenIdle({ navigator: {}, requestIdleCallback, setTimeout } as unknown as Window)!(callback);
    expect(requestIdleCallback).toHaveBeenCalledWith(callback, { timeout: 5000 });
    expect(setTimeout).not.toHaveBeenCalled();
    browserWhenIdle({ navigator: {}, setTimeout } as unknown as Window)!(callback);
    expect(setTimeout).toHaveBeenCalledWith(callback, 200);
  });
});
