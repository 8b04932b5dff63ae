import type { AskdownEventName, AskdownEvents, AskdownHandler } from '../public-types';

export type { AskdownEventName, AskdownEvents, AskdownHandler };

export interface Emitter {
  on<E extends AskdownEventName>(event: E, handler: AskdownHandler<E>): () => void;
  emit<E extends AskdownEventName>(event: E, detail: AskdownEvents[E]): void;
}

/**
 * A tiny event emitter. A host handler that throws must not break the widget, so its error is rethrown on a
 * later tick: the host still sees it in its console, attributed to its own code.
 */
export function createEmitter(): Emitter {
  type AnyHandler = (detail: unknown) => void;
  const handlers = new Map<AskdownEventName, Set<AnyHandler>>();
  return {
    on(event, handler) {
      // An unknown event name is kept like any other and never fires: no list of names in the facade's bytes.
      if (typeof handler !== 'function') return () => {};
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler as AnyHandler);
      return () => void set.delete(handler as AnyHandler);
    },
    emit(event, detail) {
      for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
          handler(detail);
        } catch (error) {
          setTimeout(() => {
            throw error;
          });
        }
      }
    },
  };
}
