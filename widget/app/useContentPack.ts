import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ContentPack } from '../content-pack';
import { loadContentPack } from './load-content-pack';

export type ContentPackState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; pack: ContentPack }
  | { status: 'error' };

/**
 * Loads the content pack on mount (from `started`, the facade's fetch, when there is one), and again on `retry`.
 * Failures are logged for the web team and shown to the visitor as a state, never thrown into the host page.
 */
export function useContentPack(url: string, started?: Promise<Response>): [ContentPackState, () => void] {
  const [state, setState] = useState<ContentPackState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.status === 'ready') return;
    let current = true;
    setState({ status: 'loading' });
    // The facade's fetch serves the first attempt only: a retry must fetch again.
    loadContentPack(url, attempt === 0 ? started : undefined).then(
      (pack) => current && setState({ status: 'ready', pack }),
      (error: unknown) => {
        if (!current) return;
        console.warn(`Askdown: ${error instanceof Error ? error.message : String(error)}`);
        setState({ status: 'error' });
      },
    );
    return () => {
      current = false;
    };
    // The state is read to skip reloading a ready pack; re-running on its change would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
