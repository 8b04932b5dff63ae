import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ContentPack } from '../content-pack';
import { CONTENT_REBUILT_EVENT } from '../live-preview';
import { loadContentPack } from './load-content-pack';
import type { MarkdownOptions } from './load-markdown-pack';
import { warn } from './warn';


export type ContentPackState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; pack: ContentPack }
  /** `problems`: with `data-preview` in the run-time Markdown mode, what is wrong with the content. */
  | { status: 'error'; problems?: string[] };

/**
 * Loads the content pack at `url` (the first time from `started`, the facade's fetch, when there is one), or
 * compiles the index.md there (`markdown`), and whatever `prepare` adds; again on `retry`, and whenever `url` changes (another language). A pack once loaded is
 * kept, so switching back to a language costs no request. Failures are logged for the web team and shown to the visitor as a state, never
 * thrown into the host page.
 */
export function useContentPack(
  url: string,
  started?: Promise<Response>,
  prepare?: () => Promise<unknown>,
  markdown?: MarkdownOptions,
): [ContentPackState, () => void, (error: unknown) => void] {
  const [state, setState] = useState<ContentPackState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const loaded = useRef(new Map<string, ContentPack>());
  // A live-preview reload keeps the pack shown until the new one is in: no "Loading", the conversation kept.
  const reloading = useRef(false);
  // The facade's fetch serves the first load only: a retry, or another language, must fetch again.
  const facadeFetch = useRef(started);
  // Addresses whose last load has not come (it failed, or still hangs as the visitor turns to another language and
  // back): loading one again, as the visitor's retry does, asks the server itself (`loadContentPack`'s `retrying`).
  const unsettled = useRef(new Set<string>());

  useEffect(() => {
    const known = loaded.current.get(url);
    if (known) {
      setState({ status: 'ready', pack: known });
      return;
    }
    let current = true;
    // (`import.meta.hot` first: built scripts, which have none, keep only the plain "Loading".)
    if (!(import.meta.hot && reloading.current)) setState({ status: 'loading' });
    reloading.current = false;
    const response = facadeFetch.current;
    facadeFetch.current = undefined;
    // `prepare`: what else the pack needs before it can answer (its language's script), fetched alongside.
    const retrying = unsettled.current.has(url);
    unsettled.current.add(url);
    Promise.all([loadContentPack(url, response, fetch, markdown, retrying), prepare?.()]).then(
      ([pack]) => {
        unsettled.current.delete(url);
        loaded.current.set(url, pack);
        if (current) setState({ status: 'ready', pack });
      },
      (error: unknown) => {
        if (!current) return;
        warn(error);
        setState({ status: 'error', problems: (error as { problems?: string[] }).problems });
      },
    );
    return () => {
      current = false;
    };
  }, [url, attempt]);

  // `npm run demo`'s live preview (Vite's dev server) says on its HMR channel when it has rebuilt the content.
  // Built scripts have no `import.meta.hot`, and so none of this (their budgets have no room for it).
  if (import.meta.hot) {
    const hot = import.meta.hot;
    useEffect(() => {
      const reload = () => {
        loaded.current.clear();
        reloading.current = true;
        setAttempt((n) => n + 1);
      };
      hot.on(CONTENT_REBUILT_EVENT, reload);
      // Vitest's `import.meta.hot` has no `off`.
      return () => hot.off?.(CONTENT_REBUILT_EVENT, reload);
    }, [hot]);
  }

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // What a pack read in parts (a sharded one) could not fetch later: the same friendly error and retry, which
  // takes the pack up where it stopped (its files fetched so far are kept).
  const fail = useCallback((error: unknown) => {
    warn(error);
    setState({ status: 'error' });
  }, []);
  return [state, retry, fail];
}
