import { CONTENT_TIMEOUT_MS } from '../content-pack';
import type { ScriptLoader } from '../embed/panel-contract';

let loader: ScriptLoader | undefined;
const loading = new Map<string, Promise<unknown>>();

/** Keeps the facade's script loader, which knows where the widget's scripts are and how to pin them. */
export function setScriptLoader(given: ScriptLoader | undefined): void {
  loader = given;
}

/** The facade's script loader; none where the app is rendered on its own (component tests). */
export const scriptLoader = (): ScriptLoader | undefined => loader;

/**
 * Loads one of the widget's own scripts (a language's, the typo search, the Markdown compiler) once, pinned to
 * the hash the build wrote into the app, and resolves with what it announces. One that has not come within
 * `patience` (the content's time, `CONTENT_TIMEOUT_MS`, unless the caller waits otherwise) has failed for this
 * caller: a request that never ends would otherwise keep the panel "Loading answers…" for good, with every later
 * question held behind it. The load itself goes on, and a later call (a retry) waits for it again; a load that
 * failed is forgotten, so the next call asks afresh.
 */
export function loadWidgetScript<T>({ file, integrity }: { file: string; integrity: string }, patience = CONTENT_TIMEOUT_MS): Promise<T> {
  let promise = loading.get(file) as Promise<T> | undefined;
  if (!promise) {
    promise = loader!<T>(file, integrity);
    loading.set(file, promise);
    promise.catch(() => loading.delete(file));
  }
  if (patience === Infinity) return promise;
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${file} did not come within ${patience / 1000} s`)), patience))]);
}
