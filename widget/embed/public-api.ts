import type { WidgetController } from './controller';
import type { AskdownEventName, AskdownHandler, Emitter } from './events';

/** `window.Askdown` once the script has loaded. */
export interface AskdownApi {
  readonly version: string;
  open(): void;
  close(): void;
  toggle(): void;
  ask(question: string): void;
  on<E extends AskdownEventName>(event: E, handler: AskdownHandler<E>): () => void;
}

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
  return Object.freeze({
    version,
    open: guarded(() => controller.open()),
    close: guarded(() => controller.close()),
    toggle: guarded(() => controller.toggle()),
    ask: guarded((question) => controller.ask(question as string)),
    on: <E extends AskdownEventName>(event: E, handler: AskdownHandler<E>) => emitter.on(event, handler),
  });
}

/**
 * Runs the stub's queued calls in order. Unknown methods are skipped, not thrown, to keep the host page safe; a
 * call that fails is reported in the console and the calls after it still run.
 */
export function replayQueuedCalls(api: AskdownApi, queued: unknown): void {
  if (!Array.isArray(queued)) return;
  for (const call of queued as unknown[]) {
    try {
      // Not a [method, args] pair: destructuring throws, and the call is reported like any other failure.
      const [method, args] = call as [unknown, unknown];
      const list = Array.from((args ?? []) as ArrayLike<unknown>);
      if (method === 'open' || method === 'close' || method === 'toggle') api[method]();
      else if (method === 'ask') api.ask(String(list[0] ?? ''));
      else if (method === 'on') api.on(list[0] as AskdownEventName, list[1] as AskdownHandler<AskdownEventName>);
    } catch (error) {
      report(error);
    }
  }
}
