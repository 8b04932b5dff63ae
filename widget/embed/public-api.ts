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

export function createPublicApi(version: string, controller: WidgetController, emitter: Emitter): AskdownApi {
  return Object.freeze({
    version,
    open: () => controller.open(),
    close: () => controller.close(),
    toggle: () => controller.toggle(),
    ask: (question: string) => controller.ask(question),
    on: <E extends AskdownEventName>(event: E, handler: AskdownHandler<E>) => emitter.on(event, handler),
  });
}

/** Runs the stub's queued calls in order; unknown methods are skipped, not thrown, to keep the host page safe. */
export function replayQueuedCalls(api: AskdownApi, queued: unknown): void {
  if (!Array.isArray(queued)) return;
  for (const call of queued as unknown[]) {
    if (!Array.isArray(call)) continue;
    const [method, args] = call as [unknown, unknown];
    const list = Array.from((args ?? []) as ArrayLike<unknown>);
    if (method === 'open' || method === 'close' || method === 'toggle') api[method]();
    else if (method === 'ask') api.ask(String(list[0] ?? ''));
    else if (method === 'on') api.on(list[0] as AskdownEventName, list[1] as AskdownHandler<AskdownEventName>);
  }
}
