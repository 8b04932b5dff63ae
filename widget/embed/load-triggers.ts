import type { WidgetController } from './controller';

/** Runs a callback once the browser is idle (the facade asks only after the page's load event). */
export type WhenIdle = (callback: () => void) => void;

// A tap also fires pointerover (before the click), so touch needs no trigger of its own. None of them can block
// scrolling, so they need no `passive` listeners.
const INTERACTIONS = ['pointerover', 'focus', 'click'] as const;

/**
 * Calls `load` at every sign of intent: the pointer over the launcher (a tap fires it too), focus on it, a click
 * on it, or an API call that opens the panel, asks, or shows an article (made before or after this; suggestions
 * and a language are settings, not intent: see `WidgetController.waiting`). A visitor who reaches for the
 * launcher starts the app before the click lands. `load` does nothing while it loads or once it has loaded
 * (`mountWidget`'s), which is what lets a failed load be tried again at the next sign. Until then only
 * `prefetch` runs, once the browser is idle after the page loaded (not with Save-Data): it downloads what `load`
 * will use without running any of it, so a page whose visitors never reach for the widget pays for no more than
 * the launcher.
 */
export function whenAppWanted(launcher: HTMLElement, controller: WidgetController, load: () => void, whenIdle: WhenIdle, prefetch: () => void): void {
  for (const type of INTERACTIONS) launcher.addEventListener(type, load);
  controller.subscribe(load);
  if (controller.isOpen || controller.waiting) load();
  else whenIdle(prefetch);
}

/**
 * The browser's `WhenIdle`: `requestIdleCallback` where it exists (Safari has none). When the visitor asked for
 * less data (`navigator.connection.saveData`) it never calls back, so nothing is downloaded ahead; a command the
 * page sent is intent all the same, and loads the app.
 */
export function browserWhenIdle(win: Window): WhenIdle {
  const connection = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return () => {};
  return (callback) => {
    if (win.requestIdleCallback) win.requestIdleCallback(callback, { timeout: 5000 });
    else win.setTimeout(callback, 200);
  };
}
