import type { ParseAnswerHtml } from '../../build/content/answer-html';
import type { ContentPack } from '../content-pack';

/**
 * The run-time Markdown mode: `data-content` names a locale's `index.md` instead of a built pack, and the app
 * loads `askdown-markdown.js`, which fetches the index and its articles and compiles them in the browser with
 * the content build's own code. Only pages in this mode download it.
 */
export interface MarkdownRequest {
  /** The index's address; its articles are next to it. */
  indexUrl: string;
  /** The facade's fetch of the index, already under way; a retry fetches again. */
  started?: Promise<Response>;
  /** The app's fetches of the articles the index seemed to link to, by address, each to be taken once (`earlyArticleFetches`). */
  articles?: Promise<Map<string, Promise<Response>>>;
  locale: string;
  /** The app's HTML parser, under the page's Trusted Types policy where it has one: the sanitiser runs over it. */
  parse: ParseAnswerHtml;
  /** `data-preview`: put the problems in the pack, for the panel to list them for the editor. */
  preview: boolean;
}

/**
 * Nothing usable loaded: why, for the console (the problems are logged already), and with `preview` the problems,
 * for the panel to list beside its error.
 */
export interface MarkdownFailure {
  failed: string;
  problems?: string[];
}

/** What `askdown-markdown.js` gives the app: the pack of what was usable, or why there is none. */
export type LoadMarkdownContent = (request: MarkdownRequest) => Promise<ContentPack | MarkdownFailure>;

/** The script's file, next to the facade's, and its hash, which the build writes into the app. */
export const MARKDOWN_SCRIPT = { file: 'askdown-markdown.js', integrity: __ASKDOWN_MARKDOWN_INTEGRITY__ };

/** Whether a content address names Markdown (`…/index.md`) rather than a built pack (`…/en.json`). */
export function isMarkdownContent(url: string): boolean {
  return /\.md(?:[?#]|$)/i.test(url);
}
