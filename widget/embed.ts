/**
 * The facade, `dist/askdown.js`: the script tag's entry. It reads the configuration, installs `window.Askdown`,
 * draws the launcher in a shadow root and loads the app (`askdown-app.js`: panel, matcher, content) when it is
 * wanted. No search, Markdown or conversation logic lives here, which is what keeps it small.
 */
import { loadAppScript } from './embed/app-script';
import { readEmbedConfig, type EmbedAttributes, type EmbedConfig } from './embed/config';
import { createController } from './embed/controller';
import { createEmitter } from './embed/events';
import { createLauncher, setLauncherExpanded } from './embed/launcher';
import launcherCss from './embed/launcher.css?inline';
import { browserLoadEnvironment, whenAppWanted } from './embed/load-triggers';
import { findScriptTag, scriptUrlFromStack } from './embed/own-script';
import { APP_SCRIPT_FILE } from './embed/panel-contract';
import { createPublicApi, replayQueuedCalls, type AskdownApi } from './embed/public-api';
import { adoptStyles, createShadowHost } from './embed/shadow-host';
import { trustedTypesPolicy } from './embed/trusted-types';

declare global {
  interface Window {
    Askdown?: AskdownApi | { q?: unknown[] };
  }
}

const VERSION = '0.1.0';

function mount(
  config: EmbedConfig,
  appUrl: string,
  api: AskdownApi,
  controller: ReturnType<typeof createController>,
  emitter: ReturnType<typeof createEmitter>,
): void {
  const { shadow } = createShadowHost(document);
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
    if (loading) return;
    loading = true;
    // The same request as the app's own (load-content-pack.ts); not shared, to keep the facade under 3 KB.
    const content = fetch(config.contentUrl, { credentials: 'omit' });
    // The app reports a failed fetch to the visitor; unhandled here it would also reach the host's console.
    content.catch(() => {});
    loadAppScript(document, appUrl).then(
      (mountPanel) => {
        const trustedTypes = trustedTypesPolicy(window);
        mountPanel({ shadow, container: panelContainer, launcher, controller, emitter, config, content, trustedTypes });
      },
      (error: unknown) => {
        // The launcher stays; the next interaction tries again.
        loading = false;
        console.warn('Askdown:', error);
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
  // Queued calls first, so handlers the host registered early hear the widget's first events.
  replayQueuedCalls(api, existing && 'q' in existing ? existing.q : undefined);

  const boot = () => {
    const script = findScriptTag(document, scriptUrlFromStack(new Error().stack));
    const scriptUrl = script?.src || document.baseURI;
    const config = readEmbedConfig(
      { ...(script?.dataset ?? {}) } as EmbedAttributes,
      scriptUrl,
      (value) => typeof CSS !== 'undefined' && CSS.supports('color', value),
      [document.documentElement.lang, navigator.language],
    );
    mount(config, new URL(APP_SCRIPT_FILE, scriptUrl).href, api, controller, emitter);
  };
  const afterLoad = () => setTimeout(boot, 0);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

start();
