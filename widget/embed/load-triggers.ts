import type { WidgetController } from './controller';

/**
 * Runs a callback once the browser is idle (the facade asks only after the page's load event); null on a retry
 * after a failed load, where nothing may load before the visitor interacts (not even for a waiting command, which
 * would otherwise be tried again and again).
 */
export type WhenIdle = ((callback: () => void) => void) | null;

// A tap also fires pointerover (before the click), so touch needs no trigger of its own.
const INTERACTIONS = ['pointerover', 'focus', 'click'] as const;

/**
 * Calls `load` once, at the first sign of intent: the pointer over the launcher (a tap fires it too), focus on
 * it, a click on it, or an API call that opens the panel, asks, or shows an article (made before or after this;
 * suggestions and a language are settings, not intent: see `WidgetController.waiting`). A visitor who reaches
 * for the launcher starts the app before the click lands. Until then only `prefetch` runs, once the browser is
 * idle after the page loaded (not with Save-Data): it downloads what `load` will use without running any of it,
 * so a page whose visitors never reach for the widget pays for no more than the launcher.
 */
export function whenAppWanted(
  launcher: HTMLElement,
  controller: WidgetController,
  load: () => void,
  whenIdle: WhenIdle = null,
  prefetch?: () => void,
): void {
  let fired = false;
  // The triggers stay attached once fired: a no-op each after the first, cheaper in bytes than detaching them.
  const fire = () => {
    if (fired) return;
    fired = true;
    load();
  };
  for (const type of INTERACTIONS) launcher.addEventListener(type, fire, { passive: true });
  controller.subscribe(fire);
  // Waiting commands load the app at once, except on a retry after a failed load (see `WhenIdle`).
  if (controller.isOpen || (controller.waiting && whenIdle)) fire();
  // Nothing to prefetch once the visitor got there first.
  else if (prefetch) whenIdle?.(() => fired || prefetch());
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
