// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';
import { browserLoadEnvironment, whenAppWanted, type LoadEnvironment } from '../../widget/embed/load-triggers';

function setUp(env: Partial<LoadEnvironment> = {}) {
  const launcher = document.createElement('button');
  const controller = createController(createEmitter());
  let idle: (() => void) | null = null;
  const load = vi.fn();
  whenAppWanted(launcher, controller, { saveData: false, whenIdle: (callback) => (idle = callback), ...env }, load);
  return { launcher, controller, load, runIdle: () => idle?.() };
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

  it('at once for commands sent before it was set up, unless loading waits for the visitor', () => {
    const launcher = document.createElement('button');
    const waiting = createController(createEmitter());
    waiting.send({ name: 'showArticle', value: 'shared-email' });
    const load = vi.fn();
    whenAppWanted(launcher, waiting, { saveData: false, whenIdle: () => {} }, load);
    expect(load).toHaveBeenCalledTimes(1);

    // The facade's retry after a failed load: the same waiting command must not load again and again.
    const retry = vi.fn();
    whenAppWanted(launcher, waiting, { saveData: true, whenIdle: () => {} }, retry);
    expect(retry).not.toHaveBeenCalled();
    launcher.dispatchEvent(new Event('click'));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('when the browser is idle, and then never again', () => {
    const { launcher, controller, load, runIdle } = setUp();
    runIdle();
    launcher.dispatchEvent(new Event('pointerover'));
    launcher.dispatchEvent(new Event('click'));
    controller.open();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with Save-Data on, only when the visitor interacts', () => {
    const whenIdle = vi.fn();
    const { launcher, load } = setUp({ saveData: true, whenIdle });
    expect(whenIdle).not.toHaveBeenCalled();
    launcher.dispatchEvent(new Event('pointerover'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads Save-Data from navigator.connection', () => {
    const win = { navigator: { connection: { saveData: true } }, document } as unknown as Window;
    expect(browserLoadEnvironment(win).saveData).toBe(true);
    expect(browserLoadEnvironment(window).saveData).toBe(false);
  });

  it('waits for idle time, with a deadline, and falls back to a short timer where there is no idle callback', () => {
    const requestIdleCallback = vi.fn();
    const setTimeout = vi.fn();
    const callback = () => {};
    browserLoadEnvironment({ navigator: {}, requestIdleCallback, setTimeout } as unknown as Window).whenIdle(callback);
    expect(requestIdleCallback).toHaveBeenCalledWith(callback, { timeout: 5000 });
    expect(setTimeout).not.toHaveBeenCalled();
    browserLoadEnvironment({ navigator: {}, setTimeout } as unknown as Window).whenIdle(callback);
    expect(setTimeout).toHaveBeenCalledWith(callback, 200);
  });
});
