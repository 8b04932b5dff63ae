import type { ScriptLoader } from '../embed/panel-contract';

let loader: ScriptLoader | undefined;

/** Keeps the facade's script loader, which knows where the widget's scripts are and how to pin them. */
export function setScriptLoader(given: ScriptLoader | undefined): void {
  loader = given;
}

/** The facade's script loader; none where the app is rendered on its own (component tests). */
export const scriptLoader = (): ScriptLoader | undefined => loader;
