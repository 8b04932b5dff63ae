/**
 * The script tag's entry: reads the configuration, installs `window.Askdown`, draws the launcher in a shadow root
 * and mounts the panel app. No search, Markdown or conversation logic lives here.
 */
import { mountApp } from './app/mount';
import widgetCss from './app/widget.css?inline';
import { readEmbedConfig, type EmbedAttributes, type EmbedConfig } from './embed/config';
import { createController } from './embed/controller';
import { createEmitter } from './embed/events';
import { createLauncher, setLauncherExpanded } from './embed/launcher';
import { createPublicApi, replayQueuedCalls, type AskdownApi } from './embed/public-api';
import { adoptStyles, createShadowHost } from './embed/shadow-host';

declare global {
  interface Window {
    Askdown?: AskdownApi | { q?: unknown[] };
  }
}

const VERSION = '0.1.0';
const PANEL_ID = 'askdown-panel';

function currentScript(): HTMLScriptElement | null {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) return script;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="askdown"]');
  return candidates[candidates.length - 1] ?? null;
}

function mount(config: EmbedConfig, api: AskdownApi, controller: ReturnType<typeof createController>, emitter: ReturnType<typeof createEmitter>): void {
  const { shadow } = createShadowHost(document);
  const accent = config.color ? `:host{--askdown-accent:${config.color}}` : '';
  adoptStyles(shadow, widgetCss + accent);

  const root = document.createElement('div');
  root.className = `root root--${config.position}`;
  const launcher = createLauncher(document, config.title ?? 'Questions?', PANEL_ID);
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
  mountApp(panelContainer, { controller, emitter, config, panelId: PANEL_ID });
  if (config.openOnLoad) api.open();
}

function start(): void {
  const existing = window.Askdown;
  if (existing && 'version' in existing) return; // loaded twice: the first copy already runs the widget
  const script = currentScript();
  const config = readEmbedConfig(
    { ...(script?.dataset ?? {}) } as EmbedAttributes,
    script?.src || document.baseURI,
    (value) => typeof CSS !== 'undefined' && CSS.supports('color', value),
    (message) => console.warn(`Askdown: ${message}`),
  );
  const emitter = createEmitter();
  const controller = createController(emitter);
  const api = createPublicApi(VERSION, controller, emitter);
  window.Askdown = api;

  // Queued calls first, so handlers the host registered early hear the widget's first events.
  replayQueuedCalls(api, existing && 'q' in existing ? existing.q : undefined);
  const run = () => mount(config, api, controller, emitter);
  if (document.body) run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}

start();
