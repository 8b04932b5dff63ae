/**
 * The facade, `dist/askdown.js`: the script tag's entry. It reads the configuration, installs `window.Askdown`,
 * draws the launcher in a shadow root and loads the app (`askdown-app.js`: panel, matcher, content) when it is
 * wanted. No search, Markdown or conversation logic lives here, which is what keeps it small.
 */
import { readEmbedConfig, type EmbedAttributes } from './embed/config';
import { createController } from './embed/controller';
import { createEmitter } from './embed/events';
import { ownScriptTag } from './embed/own-script';
import { loadScript, prefetchScript } from './embed/load-script';
import { mountWidget, WIDGET_VERSION } from './embed/mount-widget';
import type { ScriptLoader } from './embed/panel-contract';
import { createPublicApi, replayQueuedCalls, type AskdownApi } from './embed/public-api';

declare global {
  interface Window {
    Askdown?: AskdownApi | { q?: unknown[] };
  }
}

/**
 * While the page loads, only `window.Askdown`, whose calls wait in the controller, and a note of our script tag,
 * which the browser names only now. Everything else, from reading the tag to drawing the launcher, runs in a
 * task of its own after the load event, so the widget never competes with the page's own loading (one shadow
 * root and one button cost tens of ms on a slow phone).
 */
function start(): void {
  // The stub's queue (`{ q }`), or a copy of the widget loaded before this one, which then runs the widget.
  const existing = window.Askdown as { q?: unknown; version?: string } | undefined;
  if (existing?.version) return;
  const script = ownScriptTag(document);
  const emitter = createEmitter();
  const controller = createController(emitter);
  const api = createPublicApi(WIDGET_VERSION, controller, emitter);
  window.Askdown = api;
  controller.onDestroy(() => delete window.Askdown);
  // Queued calls first, so handlers the host registered early hear the widget's first events.
  replayQueuedCalls(api, existing?.q);

  const boot = () => {
    if (controller.destroyed) return;
    const scriptUrl = script?.src || document.baseURI;
    // The app, and the app the language scripts, load pinned to the hashes built into them wherever the browser
    // can check one: on the page's own origin, or from a tag that asked for CORS (`crossorigin`, with which the
    // scripts are then asked for too). The document's origin, not its address's: in a sandboxed frame it is
    // opaque, every file is another origin's, and a pinned no-cors script is refused (a stranger's try).
    const crossOrigin = script?.crossOrigin ?? null;
    const pinned = crossOrigin !== null || new URL(scriptUrl).origin === origin;
    const loadOwnScript: ScriptLoader = (file, integrity) => loadScript(document, new URL(file, scriptUrl).href, pinned ? integrity : '', crossOrigin);
    const prefetchOwnScript = (file: string) => prefetchScript(new URL(file, scriptUrl).href, crossOrigin);
    const config = readEmbedConfig(
      { ...script?.dataset } as EmbedAttributes,
      scriptUrl,
      (value) => CSS.supports('color', value),
      [document.documentElement.lang, navigator.language],
    );
    mountWidget(config, loadOwnScript, prefetchOwnScript, controller, emitter);
  };
  const afterLoad = () => setTimeout(boot);
  // The load event fires once: its listener need not remove itself.
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad);
}

start();
