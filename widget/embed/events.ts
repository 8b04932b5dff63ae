import type { AskdownEventName, AskdownEvents, AskdownHandler } from '../public-types';

export type { AskdownEventName, AskdownEvents, AskdownHandler };

export interface Emitter {
  on<E extends AskdownEventName>(event: E, handler: AskdownHandler<E>): () => void;
  emit<E extends AskdownEventName>(event: E, detail: AskdownEvents[E]): void;
}

/**
 * The host's event handlers, on an `EventTarget` of the widget's own (never one of the page's elements, so the
 * page's own listeners hear nothing). An `EventTarget` is what keeps a host handler that throws from breaking the
 * widget: the browser reports the error as uncaught, in the host's console and to its `error` handlers,
 * attributed to the host's own code, and goes on to the next handler. A "handler" that is no function is
 * reported the same way each time its event fires, which tells the web team of its slip.
 */
export function createEmitter(): Emitter {
  const target = new EventTarget();
  return {
    on(event, handler) {
      // An unknown event name is kept like any other and never fires: no list of names in the facade's bytes.
      const listener = (event: Event) => handler((event as CustomEvent).detail);
      target.addEventListener(event, listener);
      return () => target.removeEventListener(event, listener);
    },
    emit: (event, detail) => target.dispatchEvent(new CustomEvent(event, { detail })),
  };
}
