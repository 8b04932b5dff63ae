import type { Command, CommandName, WidgetController } from './controller';
import type { AskdownApi } from '../public-types';
import type { Emitter } from './events';

export type { AskdownApi };

/** A call made through the two-line stub before the script loaded: `[method, arguments]`. */
export type QueuedCall = [string, ArrayLike<unknown>];

/** Reports a failure inside the widget in the console, where the host's developers see it. */
function report(error: unknown): void {
  console.error('Askdown:', error);
}

/**
 * `window.Askdown`. A failure inside the widget (a question it cannot handle, a bug of ours) is reported in the
 * console and never thrown into the host page's code that called it.
 */
export function createPublicApi(version: string, controller: WidgetController, emitter: Emitter): AskdownApi {
  const guarded =
    (run: (arg?: unknown) => void) =>
    (arg?: unknown): void => {
      try {
        run(arg);
      } catch (error) {
        report(error);
      }
    };
  // Handed to the app as they are: it checks the ids and locales against the content it has.
  const forward = (name: CommandName) => guarded((value) => controller.send({ name, value } as Command));
  // Not frozen: the stub's `Askdown[m] = Askdown[m] || …`, run again in a module (strict mode), would throw.
  return {
    version,
    // The controller's methods are closures, safe to hand on as they are; `close` reads only `restoreFocus`.
    open: guarded(controller.open),
    close: guarded(controller.close as (arg?: unknown) => void),
    toggle: guarded(controller.toggle),
    ask: guarded(controller.ask as (arg?: unknown) => void),
    showArticle: forward('showArticle'),
    suggest: forward('suggest'),
    setLocale: forward('setLocale'),
    destroy: guarded(controller.destroy),
    on: emitter.on,
  };
}

/**
 * Runs the stub's queued calls in order, forwarding each to the method of its name, so a method added to the API
 * is queueable with no change here. Unknown methods are skipped, not thrown, to keep the host page safe; a call
 * that fails is reported in the console and the calls after it still run.
 */
export function replayQueuedCalls(api: AskdownApi, queued: unknown): void {
  if (!Array.isArray(queued)) return;
  for (const call of queued as unknown[]) {
    try {
      // Not a [method, args] pair: destructuring throws, and the call is reported like any other failure.
      const [method, args] = call as [unknown, unknown];
      const run = Object.hasOwn(api, method as string) && (api as unknown as Record<string, unknown>)[method as string];
      if (typeof run === 'function') run(...Array.from((args ?? []) as ArrayLike<unknown>));
    } catch (error) {
      report(error);
    }
  }
}
