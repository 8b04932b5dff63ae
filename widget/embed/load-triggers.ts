import type { WidgetController } from './controller';

/** What the loading rules need from the browser, so they can be tested without one. */
export interface LoadEnvironment {
  /** `navigator.connection.saveData`: the visitor asked for less data, so nothing loads before they interact. */
  saveData: boolean;
  /** Runs `callback` once the browser is idle (the facade asks only after the page's load event). */
  whenIdle(callback: () => void): void;
}

// A tap also fires pointerover (before the click), so touch needs no trigger of its own.
const INTERACTIONS = ['pointerover', 'focus', 'click'] as const;

/**
 * Calls `load` once, at the first of: the pointer over the launcher, focus on it, a click on it, any API call
 * that opens the panel or hands the app a command (made before or after this), or the browser being idle after
 * the page loaded (unless Save-Data).
 * A visitor who reaches for the launcher starts the download before the click lands.
 */
export function whenAppWanted(
  launcher: HTMLElement,
  controller: WidgetController,
  env: LoadEnvironment,
  load: () => void,
): void {
  let fired = false;
  const fire = () => {
    if (fired) return;
    fired = true;
    for (const type of INTERACTIONS) launcher.removeEventListener(type, fire);
    unsubscribe();
    load();
  };
  for (const type of INTERACTIONS) launcher.addEventListener(type, fire, { passive: true });
  const unsubscribe = controller.subscribe(fire);
  // Waiting commands load the app at once, except where loading must wait for the visitor (Save-Data, and a retry
  // after a failed load, which would otherwise try again and again for a command that cannot be run).
  if (controller.isOpen || (controller.waiting && !env.saveData)) fire();
  else if (!env.saveData) env.whenIdle(fire);
}

/** The browser's `LoadEnvironment`: idle is `requestIdleCallback` where it exists (Safari has none). */
export function browserLoadEnvironment(win: Window): LoadEnvironment {
  const connection = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return {
    saveData: connection?.saveData === true,
    whenIdle(callback) {
      if (win.requestIdleCallback) win.requestIdleCallback(callback, { timeout: 5000 });
      else win.setTimeout(callback, 200);
    },
  };
}
