import type { Emitter } from './events';

/** The state the launcher and the app share: whether the panel is open, and questions asked through the API. */
export interface WidgetController {
  readonly isOpen: boolean;
  open(): void;
  close(options?: { restoreFocus?: boolean }): void;
  toggle(): void;
  /** Opens the panel and asks; questions wait here until the app is ready to take them. */
  ask(question: string): void;
  /** The app takes the questions asked so far and every later one. Returns a function that lets go. */
  takeQuestions(handler: (question: string) => void): () => void;
  subscribe(listener: (change: { open: boolean; restoreFocus: boolean }) => void): () => void;
}

export function createController(emitter: Emitter): WidgetController {
  let open = false;
  const pending: string[] = [];
  let questionHandler: ((question: string) => void) | null = null;
  const listeners = new Set<(change: { open: boolean; restoreFocus: boolean }) => void>();

  function setOpen(next: boolean, restoreFocus: boolean): void {
    if (open === next) return;
    open = next;
    for (const listener of [...listeners]) listener({ open, restoreFocus });
    emitter.emit(open ? 'open' : 'close', {});
  }

  return {
    get isOpen() {
      return open;
    },
    open: () => setOpen(true, false),
    close: (options) => setOpen(false, options?.restoreFocus ?? true),
    toggle: () => setOpen(!open, true),
    ask(question) {
      const text = String(question ?? '').trim();
      if (text === '') return;
      setOpen(true, false);
      if (questionHandler) questionHandler(text);
      else pending.push(text);
    },
    takeQuestions(handler) {
      questionHandler = handler;
      for (const question of pending.splice(0)) handler(question);
      return () => {
        if (questionHandler === handler) questionHandler = null;
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
