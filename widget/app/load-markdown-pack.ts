import type { ContentPack } from '../content-pack';
import { MARKDOWN_SCRIPT, type LoadMarkdownContent } from '../markdown/markdown-contract';
import { earlyArticleFetches } from './early-article-fetches';
import { parseAnswerHtml } from './safe-html';
import { loadWidgetScript } from './widget-scripts';

/** What the run-time Markdown mode needs besides the index's address. */
export interface MarkdownOptions {
  locale: string;
  /** `data-preview`: list the content's problems in the panel. */
  preview: boolean;
}

/**
 * Loads `askdown-markdown.js` (once; again after a failure). The app calls it as it mounts on a page in the
 * run-time Markdown mode, so the script downloads and compiles while the panel is drawn.
 */
export function loadMarkdownCompiler(): Promise<LoadMarkdownContent> {
  return loadWidgetScript<LoadMarkdownContent>(MARKDOWN_SCRIPT);
}

/**
 * The content of an index.md, compiled in the browser by `askdown-markdown.js` with the app's own sanitiser.
 * Rejects with why when the script does not come or nothing usable loaded; the problems are in the console
 * already. `retrying`: the articles too are asked of the server itself (`loadContentPack`).
 */
export async function loadMarkdownPack(indexUrl: string, started: Promise<Response> | undefined, { locale, preview }: MarkdownOptions, retrying = false): Promise<ContentPack> {
  const articles = started && earlyArticleFetches(indexUrl, started, retrying ? 'reload' : 'default');
  const load = await loadMarkdownCompiler();
  const loaded = await load({ indexUrl, started, articles, locale, preview, parse: parseAnswerHtml });
  if ('failed' in loaded) throw Object.assign(new Error(loaded.failed), { problems: loaded.problems });
  return loaded;
}
