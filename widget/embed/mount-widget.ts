import type { EmbedConfig } from './config';
import type { WidgetController } from './controller';
import type { Emitter } from './events';
import { createLauncher, setLauncherExpanded } from './launcher';
import launcherCss from './launcher.css?inline';
import { browserWhenIdle, whenAppWanted } from './load-triggers';
import { APP_READY_EVENT, APP_SCRIPT_FILE, type MountPanel, type ScriptLoader } from './panel-contract';
import type { AskdownApi } from './public-api';
import { adoptStyles, createShadowHost } from './shadow-host';
import { trustedTypesPolicy } from './trusted-types';

export const WIDGET_VERSION = '0.1.0';

/** The launcher's words when the app could not load (missing, or refused by Subresource Integrity). */
const LOAD_FAILED = 'Help is unavailable. Try again';

/**
 * Draws the launcher in a shadow root at the end of the page and loads the app (through `loadOwnScript`) when it
 * is wanted; before that, once the browser is idle, it only downloads the content and (`prefetchOwnScript`) the
 * app. What the script tag's facade does once it has read its tag, and what the npm package's `mount()` does
 * with its options.
 */
export function mountWidget(
  config: EmbedConfig,
  loadOwnScript: ScriptLoader,
  prefetchOwnScript: (file: string) => void,
  api: AskdownApi,
  controller: WidgetController,
  emitter: Emitter,
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

  let contentFetch: Promise<Response> | undefined;
  // Once, at idle or on intent, whichever comes first: the app reads the response when it is drawn.
  const fetchContent = () => {
    // The same request as the app's own (load-content-pack.ts); not shared, to keep the facade small.
    // The app reports a failed fetch to the visitor; unhandled here it would also reach the host's console.
    if (!contentFetch) (contentFetch = fetch(config.contentUrl, { credentials: 'omit' })).catch(() => {});
    return contentFetch;
  };
  let loading = false;
  const loadApp = () => {
    if (loading || controller.destroyed) return;
    loading = true;
    const content = fetchContent();
    loadOwnScript<MountPanel>(APP_SCRIPT_FILE, APP_READY_EVENT, __ASKDOWN_APP_INTEGRITY__).then(
      (mountPanel) => {
        const trustedTypes = trustedTypesPolicy(window);
        mountPanel({ shadow, container: panelContainer, launcher, controller, emitter, config, content, trustedTypes, loadScript: loadOwnScript });
      },
      (error: unknown) => {
        // The launcher stays and the next interaction tries again; a visitor who asked for the panel (or a page
        // that asked for an answer) is told so on the launcher itself: the panel's words come with the app.
        loading = false;
        console.warn('Askdown:', error);
        if (controller.isOpen || controller.waiting) launcher.lastChild!.textContent = LOAD_FAILED;
        controller.close();
        whenAppWanted(launcher, controller, loadApp);
      },
    );
  };
  // Not once the app is loading: a deep link starts it without a trigger of whenAppWanted's.
  const prefetch = () => {
    if (loading) return;
    fetchContent();
    prefetchOwnScript(APP_SCRIPT_FILE);
  };
  whenAppWanted(launcher, controller, loadApp, browserWhenIdle(window), prefetch);
  if (config.openOnLoad) api.open();
  // A link to an answer (`#askdown=<id>`, from an e-mail or a support reply) is intent enough: the app opens it.
  else if (location.hash.startsWith('#askdown=')) loadApp();
}
