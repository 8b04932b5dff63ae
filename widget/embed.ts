/**
 * The facade, `dist/askdown.js`: the script tag's entry. It reads the configuration, installs `window.Askdown`,
 * draws the launcher in a shadow root and loads the app (`askdown-app.js`: panel, matcher, content) when it is
 * wanted. No search, Markdown or conversation logic lives here, which is what keeps it small.
 */
import { readEmbedConfig, type EmbedAttributes, type EmbedConfig } from './embed/config';
import { createController } from './embed/controller';
import { createEmitter } from './embed/events';
import { createLauncher, setLauncherExpanded } from './embed/launcher';
import launcherCss from './embed/launcher.css?inline';
import { browserLoadEnvironment, whenAppWanted } from './embed/load-triggers';
import { findScriptTag, scriptUrlFromStack } from './embed/own-script';
import { loadScript } from './embed/load-script';
import { APP_READY_EVENT, APP_SCRIPT_FILE, type MountPanel, type ScriptLoader } from './embed/panel-contract';
import { createPublicApi, replayQueuedCalls, type AskdownApi } from './embed/public-api';
import { adoptStyles, createShadowHost } from './embed/shadow-host';
import { trustedTypesPolicy } from './embed/trusted-types';

declare global {
  interface Window {
    Askdown?: AskdownApi | { q?: unknown[] };
  }
}

const VERSION = '0.1.0';

/** The launcher's words when the app could not load (missing, or refused by Subresource Integrity). */
const LOAD_FAILED = 'Help is unavailable. Try again';

function mount(
  config: EmbedConfig,
  loadOwnScript: ScriptLoader,
  api: AskdownApi,
  controller: ReturnType<typeof createController>,
  emitter: ReturnType<typeof createEmitter>,
): void {
  const { host, shadow } = createShadowHost(document);
  controller.onDestroy(() => host.remove());
  const accent = config.color ? `:host{--askdown-accent:${config.color}}` : '';
  adoptStyles(shadow, launcherCss + accent);

  const root = document.createElement('div');
  root.className = `root root--${config.position}`;
  const launcher = createLauncher(document, config.title ?? 'Questions?');
  const panelContainer = document.createElement('div');
  root.append(panelContainer, launcher);
  shadow.append(root);

  launcher.addEventListener('click', () => controller.toggle());
  const reflect = (open: boolean) => {
    setLauncherExpanded(launcher, open);
    root.classList.toggle('root--open', open);
  };
  controller.subscribe(({ open, restoreFocus }) => {
    reflect(open);
    if (!open && restoreFocus) launcher.focus();
  });
  reflect(controller.isOpen);

  let loading = false;
  const loadApp = () => {
    if (loading || controller.destroyed) return;
    loading = true;
    // The same request as the app's own (load-content-pack.ts); not shared, to keep the facade under 3 KB.
    const content = fetch(config.contentUrl, { credentials: 'omit' });
    // The app reports a failed fetch to the visitor; unhandled here it would also reach the host's console.
    content.catch(() => {});
    loadOwnScript<MountPanel>(APP_SCRIPT_FILE, APP_READY_EVENT, __ASKDOWN_APP_INTEGRITY__).then(
      (mountPanel) => {
        const trustedTypes = trustedTypesPolicy(window);
        mountPanel({ shadow, container: panelContainer, launcher, controller, emitter, config, content, trustedTypes, loadScript: loadOwnScript });
      },
      (error: unknown) => {
        // The launcher stays and the next interaction tries again; a visitor who asked for the panel is told so
        // on the launcher itself (the panel's own words come with the app that did not).
        loading = false;
        console.warn('Askdown:', error);
        if (controller.isOpen) launcher.lastChild!.textContent = LOAD_FAILED;
        controller.close({ restoreFocus: false });
        whenAppWanted(launcher, controller, { saveData: true, whenIdle: () => {} }, loadApp);
      },
    );
  };
  whenAppWanted(launcher, controller, browserLoadEnvironment(window), loadApp);
  if (config.openOnLoad) api.open();
}

/**
 * While the page loads, only `window.Askdown`, whose calls wait in the controller. Everything else, from finding
 * our script tag to drawing the launcher, runs in a task of its own after the load event, so the widget never
 * competes with the page's own loading (one shadow root and one button cost tens of ms on a slow phone).
 */
function start(): void {
  const existing = window.Askdown;
  if (existing && 'version' in existing) return; // loaded twice: the first copy already runs the widget
  const emitter = createEmitter();
  const controller = createController(emitter);
  const api = createPublicApi(VERSION, controller, emitter);
  window.Askdown = api;
  controller.onDestroy(() => delete window.Askdown);
  // Queued calls first, so handlers the host registered early hear the widget's first events.
  replayQueuedCalls(api, existing && 'q' in existing ? existing.q : undefined);

  const boot = () => {
    if (controller.destroyed) return;
    const script = findScriptTag(document, scriptUrlFromStack(new Error().stack));
    const scriptUrl = script?.src || document.baseURI;
    // A tag pinned with `integrity` pins the rest of the chain: the app, and the app the language scripts.
    const loadOwnScript: ScriptLoader = (file, readyEvent, integrity) =>
      loadScript(document, new URL(file, scriptUrl).href, readyEvent, script?.integrity && integrity, script?.crossOrigin);
    const config = readEmbedConfig(
      { ...(script?.dataset ?? {}) } as EmbedAttributes,
      scriptUrl,
      (value) => typeof CSS !== 'undefined' && CSS.supports('color', value),
      [document.documentElement.lang, navigator.language],
    );
    mount(config, loadOwnScript, api, controller, emitter);
  };
  const afterLoad = () => setTimeout(boot, 0);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

start();
