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
 * the hash the build wrote into the app, and resolves with what it announces. One that has not come within the
 * content's time (`CONTENT_TIMEOUT_MS`) has failed: a request that never ends would otherwise keep the panel
 * "Loading answers…" for good, with every later question held behind it. A failure is forgotten, so the next
 * call (a retry) asks again.
 */
export function loadWidgetScript<T>({ file, integrity }: { file: string; integrity: string }, readyEvent: string): Promise<T> {
  let promise = loading.get(file) as Promise<T> | undefined;
  if (!promise) {
    promise = Promise.race([
      loader!<T>(file, readyEvent, integrity),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${file} did not come within ${CONTENT_TIMEOUT_MS / 1000} s`)), CONTENT_TIMEOUT_MS)),
    ]);
    loading.set(file, promise);
    promise.catch(() => loading.delete(file));
  }
  return promise;
}
