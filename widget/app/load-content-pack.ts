import { CONTENT_ARRIVAL_MS, CONTENT_TIMEOUT_MS, type ContentPack } from '../content-pack';
import { isMarkdownContent } from '../markdown/markdown-contract';
import { cjk } from '../search/cjk-analysis';
import { answerMisfits } from '../search/misfit-rule';
import { fuzzySearch } from '../search/fuzzy-search';
import { isShardedManifest, SHARDS_SCRIPT, type OpenShardedContent } from '../shards/shards-contract';
import { loadMarkdownPack, type MarkdownOptions } from './load-markdown-pack';
import { loadTypoSearch } from './load-typo-search';
import { parseContentPack, siteProblem } from './parse-content-pack';
import { loadWidgetScript } from './widget-scripts';

/** Why the content could not be shown; the widget shows one friendly message for all, the console the detail. */
export class ContentLoadError extends Error {
  override name = 'ContentLoadError';
}

/**
 * `arriving`: called once the server has answered, with the body still to come. `again`: a fresh request, for a
 * body that cannot be read (the facade's download broke off mid-way: a dropped satellite link).
 */
async function readPack(url: string, responding: Promise<Response>, arriving: () => void, again?: () => Promise<Response>): Promise<ContentPack> {
  let response: Response;
  try {
    response = await responding;
  } catch {
    throw new ContentLoadError(`${url} could not be fetched`);
  }
  if (!response.ok) throw new ContentLoadError(`${url} answered HTTP ${response.status}`);
  arriving();
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    if (again) return readPack(url, again(), arriving);
    throw new ContentLoadError(`${url} is not valid JSON`);
  }
  const parsed: { pack?: ContentPack; problem?: string | null } = isShardedManifest(data) ? { problem: siteProblem((data as { site?: unknown }).site) } : parseContentPack(data);
  if (parsed.problem) {
    throw new ContentLoadError(`${url} is not an Askdown content pack: ${parsed.problem} (run npm run build:content)`);
  }
  if (parsed.pack) return parsed.pack;
  // A sharded pack's manifest: its reader fetches the rest as questions need it, and checks what it fetches.
  const open = await loadWidgetScript<OpenShardedContent>(SHARDS_SCRIPT);
  // Its files are beside the manifest where it was served from, after any redirect (a CDN).
  return open(data, response.url || url, {
    loadFuzzySearch: () => loadTypoSearch().then(fuzzySearch),
    cjk,
    misfit: answerMisfits,
  });
}

/**
 * Fetches and checks a content pack, or with an index.md address compiles the Markdown in the browser
 * (`markdown`: its locale and whether to list its problems); rejects on any failure, including a time-out.
 * `started` is a fetch of `url` already under way (the facade starts it beside the app script, so the two
 * downloads overlap); without it, on a retry, or when it failed (a built pack's), the pack is fetched here.
 * `retrying`: the visitor's "Try again" after a failure, which asks the server itself, past the browser's cache.
 */
export async function loadContentPack(
  url: string,
  started?: Promise<Response>,
  fetchImpl: typeof fetch = fetch,
  markdown: MarkdownOptions = { locale: 'en', preview: false },
  retrying = false,
): Promise<ContentPack> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: Error) => void = () => {};
  const timedOut = new Promise<never>((_, reject) => (giveUp = reject));
  // The server has `CONTENT_TIMEOUT_MS` to answer; a built pack it answered with has `CONTENT_ARRIVAL_MS` more to
  // arrive, on a slow link.
  const waitAtMost = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      controller.abort();
      giveUp(new ContentLoadError(`${url} did not answer in time`));
    }, ms);
  };
  waitAtMost(CONTENT_TIMEOUT_MS);
  try {
    // A retry past the cache: the facade's download of the same address, which nothing can abort, may still hang
    // (a stalled link), and Chromium holds a request for an address behind one whose response it is still
    // caching, so each retry would time out in turn; and an error the cache kept would come back as it was.
    const fetchPack = () => fetchImpl(url, { signal: controller.signal, credentials: 'omit', cache: retrying ? 'reload' : 'default' });
    // The facade's fetch may have failed while the page sat offline, long before the visitor asked, or broken
    // off mid-body: once more now, rather than an error whose retry the visitor must find.
    const loading = isMarkdownContent(url)
      ? loadMarkdownPack(url, started ?? (retrying ? fetchPack() : undefined), markdown, retrying)
      : readPack(url, started ? started.catch(fetchPack) : fetchPack(), () => waitAtMost(CONTENT_ARRIVAL_MS), started && fetchPack);
    return await Promise.race([loading, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
