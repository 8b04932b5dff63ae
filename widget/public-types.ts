/**
 * What web teams program against: `window.Askdown` (the script tag), `mount()` (the npm package), and the details
 * of the events they hear. The build writes these declarations, as they are here, to `dist/askdown.d.ts` and
 * `dist/npm/askdown.d.ts` (`build/write-types.ts`), so this file imports nothing.
 */

/** What the widget tells the host page, by event name. */
export interface AskdownEvents {
  open: Record<string, never>;
  close: Record<string, never>;
  question: { question: string };
  /**
   * `source`: asked as a question, picked from "did you mean", a related article opened, a suggestion for the page
   * opened, or `showArticle`.
   */
  answer: { question: string; id: string; title: string; confidence: number; source: 'question' | 'choice' | 'related' | 'suggestion' | 'api' };
  'did-you-mean': { question: string; choices: string[] };
  'no-answer': { question: string; closest: string[] };
  feedback: { question: string; id: string; helpful: boolean };
  /** `page`: an answer's "Open as a page", to the static FAQ page. */
  'link-click': { url: string; kind: 'registration' | 'contact' | 'answer' | 'page' };
}

export type AskdownEventName = keyof AskdownEvents;
export type AskdownHandler<E extends AskdownEventName> = (detail: AskdownEvents[E]) => void;

/** `window.Askdown` once the script has loaded, and what `mount()` returns. */
export interface AskdownApi {
  readonly version: string;
  open(): void;
  close(): void;
  toggle(): void;
  /** Opens the panel and asks the question, as if the visitor had typed it. */
  ask(question: string): void;
  /** Opens the panel on the article with this id (its file name without `.md`), with its related articles. */
  showArticle(id: string): void;
  /** The articles to suggest first on this page (ids), in place of those whose `pages:` match; `[]` to clear. */
  suggest(ids: string[]): void;
  /**
   * Switches the panel to another of the configured locales, and to that language's conversation (empty the first
   * time; back in a language, its earlier conversation is there).
   */
  setLocale(locale: string): void;
  /** Removes the widget: its element, listeners and timers, and `window.Askdown`. A later load mounts afresh. */
  destroy(): void;
  /** Calls `handler` with each event's details; returns the function that stops it. */
  on<E extends AskdownEventName>(event: E, handler: AskdownHandler<E>): () => void;
}

/** `mount()`'s options: the script tag's `data-*` attributes, by their names in camelCase. */
export interface MountOptions {
  /**
   * The content pack's address; `{locale}` stands for the language. Default: `content/{locale}.json`. An address
   * ending in `.md` names a locale's index.md: the widget reads the Markdown itself (the run-time Markdown mode).
   */
  content?: string;
  /** In the run-time Markdown mode, lists the content's problems in the panel, for editors (`data-preview`). */
  preview?: boolean;
  /** The language to start in (`data-locale`). */
  locale?: string;
  /** Every language the site has a pack for, space-separated (`data-locales`), e.g. "en ja". */
  locales?: string;
  /** Overrides the registration link of the content (`data-registration-url`). */
  registrationUrl?: string;
  /** Overrides the panel title and the launcher label. */
  title?: string;
  /** Accent colour: any CSS colour. */
  color?: string;
  position?: 'right' | 'left';
  /** Opens the panel at once. */
  open?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  /** The static FAQ pages (`{locale}` for the language), which answers link to; "none" for no link. Default: `faq/{locale}/`. */
  faq?: string;
  /** What relative addresses (`content`) resolve against. Default: the page's address. */
  base?: string;
}
