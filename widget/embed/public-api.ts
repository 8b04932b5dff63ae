import type { Command, CommandName, WidgetController } from './controller';
import type { AskdownApi } from '../public-types';
import type { Emitter } from './events';

export type { AskdownApi };

/** A call made through the two-line stub before the script loaded: `[method, arguments]`. */
export type QueuedCall = [string, ArrayLike<unknown>];

/** Reports a failure inside the widget in the console, where the host's developers see it. */
export function report(error: unknown): void {
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
    // The controller's methods are closures, safe to hand on as they are.
    open: guarded(controller.open),
    close: guarded(controller.close),
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
 * Runs the stub's queued calls in order, each by the method of its name, so a method added to the API is
 * queueable with no change here. A call that fails, names no method of the API or is no `[method, args]` pair at
 * all is reported in the console, where the web team sees its slip, and the calls after it still run: nothing is
 * thrown into the host page.
 */
export function replayQueuedCalls(api: AskdownApi, queued: unknown): void {
  if (!Array.isArray(queued)) return;
  for (const call of queued as unknown[]) {
    try {
      const [method, args] = call as [keyof AskdownApi, ArrayLike<unknown> | undefined];
      (api[method] as (...args: unknown[]) => void)(...Array.from(args ?? []));
    } catch (error) {
      report(error);
    }
  }
}
