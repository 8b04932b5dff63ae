import type { Emitter } from './events';

/**
 * What the host page (or the panel's own question box) asks of the app: a question, an article to show, the
 * articles to suggest on this page, a language. Kept as data so the facade forwards every one the same way.
 */
export type Command =
  | { name: 'ask'; value: string }
  | { name: 'showArticle'; value: string }
  | { name: 'suggest'; value: string[] }
  | { name: 'setLocale'; value: string };

export type CommandName = Command['name'];

/** The state the launcher and the app share: whether the panel is open, commands for the app, and teardown. */
export interface WidgetController {
  readonly isOpen: boolean;
  /**
   * Whether an article waits for the app (sent through the stub before the facade drew anything, say): a reason
   * to start it. Suggestions and a language also wait for the app, but start nothing: a page that sets them on
   * every view must not run the app for visitors who never open the widget.
   */
  readonly waiting: boolean;
  /** Whether `destroy` was called: nothing may draw or load any more. */
  readonly destroyed: boolean;
  open(): void;
  close(): void;
  toggle(): void;
  /** Opens the panel and asks. */
  ask(question: string): void;
  /**
   * Hands the app a command; commands wait here until the app is ready to take them, and tell the listeners, so
   * the facade loads the app. Only `ask` opens the panel here: the app opens it for an article it has.
   */
  send(command: Command): void;
  /** The app takes the commands sent so far and every later one. Returns a function that lets go. */
  takeCommands(handler: (command: Command) => void): () => void;
  /** Tells `listener` whether the panel is open, at each change (and of an article the app has not taken yet). */
  subscribe(listener: (open: boolean) => void): () => void;
  /** Runs `teardown` once, on `destroy`. */
  onDestroy(teardown: () => void): void;
  /** Runs every teardown (the facade's and the app's), so nothing of the widget is left on the page. */
  destroy(): void;
}

/** A command that is a reason to start the app (see `waiting`); `ask` is one too, as it opens the panel. */
const startsApp = (command: Command): boolean => command.name === 'showArticle';

export function createController(emitter: Emitter): WidgetController {
  let open = false;
  let destroyed = false;
  const pending: Command[] = [];
  let commandHandler: ((command: Command) => void) | null = null;
  const listeners = new Set<(open: boolean) => void>();
  const teardowns: (() => void)[] = [];

  const notify = () => {
    for (const listener of [...listeners]) listener(open);
  };

  function setOpen(next: boolean): void {
    if (open === next || destroyed) return;
    open = next;
    notify();
    emitter.emit(open ? 'open' : 'close', {});
  }

  function send(command: Command): void {
    if (destroyed) return;
    if (command.name === 'ask') setOpen(true);
    if (commandHandler) return commandHandler(command);
    pending.push(command);
    if (startsApp(command)) notify();
  }

  return {
    get isOpen() {
      return open;
    },
    get waiting() {
      return pending.some(startsApp);
    },
    get destroyed() {
      return destroyed;
    },
    // Focus is the caller's to move: the launcher's click (mountWidget) and the panel's own close (useReturnFocus)
    // move it; a page that closes the panel from its own code keeps its focus.
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    ask(question) {
      const value = String(question ?? '').trim();
      if (value !== '') send({ name: 'ask', value });
    },
    send,
    takeCommands(handler) {
      commandHandler = handler;
      for (const command of pending.splice(0)) handler(command);
      return () => {
        if (commandHandler === handler) commandHandler = null;
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onDestroy(teardown) {
      teardowns.push(teardown);
    },
    // Once destroyed, nothing opens, sends or notifies: what the listeners hold goes with the widget.
    destroy() {
      if (destroyed) return;
      setOpen(false);
      destroyed = true;
      for (const teardown of teardowns.splice(0)) teardown();
    },
  };
}
