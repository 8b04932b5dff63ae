import type { EmbedConfig } from './config';
import type { WidgetController } from './controller';
import type { Emitter } from './events';
import { createLauncher } from './launcher';
import launcherCss from './launcher.css?inline';
import { browserWhenIdle, whenAppWanted } from './load-triggers';
import { APP_SCRIPT_FILE, JAPANESE_SCRIPT_FILE, type MountPanel, type ScriptLoader } from './panel-contract';
import { report } from './public-api';
import { adoptStyles, createShadowHost } from './shadow-host';
import { trustedTypesPolicy } from './trusted-types';

export const WIDGET_VERSION = '0.1.0';

const NOT_ASKED = 0;
const ARRIVING = 1;
const ARRIVED = 2;
type AppState = typeof NOT_ASKED | typeof ARRIVING | typeof ARRIVED;

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
  controller: WidgetController,
  emitter: Emitter,
): void {
  // Where the app is: not asked for (or failed: the next sign asks again), on its way, or running.
  let app: AppState = NOT_ASKED;
  const { host, shadow } = createShadowHost(document);
  controller.onDestroy(() => host.remove());
  const accent = config.color ? `:host{--askdown-accent:${config.color}}` : '';
  adoptStyles(shadow, launcherCss + accent);

  const root = document.createElement('div');
  root.className = `root root--${config.position}`;
  const launcher = createLauncher(document, config.title ?? 'Questions?');
  // Our own words are English on any page, and said so for screen readers on a Japanese one; the app relabels it.
  if (!config.title) launcher.lang = 'en';
  root.append(launcher);
  shadow.append(root);

  // Focus stays on the launcher after a click, which a browser that does not focus buttons it clicks (Safari)
  // would otherwise leave in the panel as it hides; on opening, the app then moves it into the panel.
  // While the app is on its way (seconds on a ship's satellite link), a second tap is the visitor asking again,
  // not closing the panel the first asked for, which only the launcher's pulse shows yet.
  launcher.addEventListener('click', () => {
    controller[app === ARRIVING ? 'open' : 'toggle']();
    launcher.focus();
  });
  const reflect = (open: boolean) => {
    launcher.setAttribute('aria-expanded', '' + open);
    root.classList.toggle('root--open', open);
  };
  controller.subscribe(reflect);
  reflect(controller.isOpen);

  let contentFetch: Promise<Response> | undefined;
  // Once, at idle or on intent, whichever comes first: the app reads the response when it is drawn.
  const fetchContent = () => {
    // The same request as the app's own (load-content-pack.ts); not shared, to keep the facade small.
    // The app reports a failed fetch to the visitor; unhandled here it would also reach the host's console.
    if (!contentFetch) (contentFetch = fetch(config.contentUrl, { credentials: 'omit' })).catch(() => {});
    return contentFetch;
  };
  let languageAsked = false;
  // Once, beside the app: a Japanese page's first answer, and the panel's words while it loads, wait for the
  // Japanese script too, which the app would otherwise ask for only once it has come (a round trip more on a deep
  // link, `data-open` or Save-Data; a review).
  const fetchLanguage = () => {
    if (config.locale === 'ja' && !languageAsked) prefetchOwnScript(JAPANESE_SCRIPT_FILE);
    languageAsked = true;
  };
  // Once destroyed, nothing calls it: the controller tells no one and the launcher is gone.
  const loadApp = () => {
    if (app) return;
    app = ARRIVING;
    const content = fetchContent();
    fetchLanguage();
    loadOwnScript<MountPanel>(APP_SCRIPT_FILE, __ASKDOWN_APP_INTEGRITY__).then(
      (mountPanel) => {
        app = ARRIVED;
        const trustedTypes = trustedTypesPolicy(window);
        mountPanel({ shadow, launcher, controller, emitter, config, content, trustedTypes, loadScript: loadOwnScript });
      },
      (error: unknown) => {
        // The launcher stays, and the next sign of intent tries again; a visitor who asked for the panel (or a
        // page that asked for an answer) is told so on the launcher itself: the panel's words come with the app.
        report(error);
        // Its words are its only child (the icon is the stylesheet's).
        if (controller.isOpen || controller.waiting) launcher.textContent = LOAD_FAILED;
        // Still loading as it closes, so the close is no sign of intent: the panel the failed load opened would
        // otherwise start a second load at once, the visitor having done nothing.
        controller.close();
        app = NOT_ASKED;
      },
    );
  };
  // Not once the app is loading: a deep link starts it without a trigger of whenAppWanted's.
  const prefetch = () => {
    if (app) return;
    fetchContent();
    prefetchOwnScript(APP_SCRIPT_FILE);
    fetchLanguage();
  };
  whenAppWanted(launcher, controller, loadApp, browserWhenIdle(window), prefetch);
  if (config.openOnLoad) controller.open();
  // A link to an answer (`#askdown=<id>`, from an e-mail or a support reply) is intent enough: the app opens it.
  else if (location.hash.startsWith('#askdown=')) loadApp();
}
