import type { EmbedConfig } from './config';
import type { WidgetController } from './controller';
import type { Emitter } from './events';

/** What the facade hands the app: where to draw the panel and the state it shares with the launcher. */
export interface PanelContext {
  shadow: ShadowRoot;
  /**
   * The facade's launcher: the app draws the panel just before it, and points its aria-controls at the panel once
   * the panel is drawn.
   */
  launcher: HTMLElement;
  controller: WidgetController;
  emitter: Emitter;
  config: EmbedConfig;
  /** The content pack's fetch, started by the facade while the page was idle, or with the app script's on intent. */
  content?: Promise<Response>;
  /** The widget's Trusted Types policy, where the page requires them (see `trustedTypesPolicy`). */
  trustedTypes?: TrustedTypesPolicy;
  /** Loads another of the widget's scripts (a language's), as the facade loaded the app. */
  loadScript: ScriptLoader;
}

/**
 * Loads `file`, next to the facade, and resolves with what it announces (`SCRIPT_READY_EVENT`); with `integrity`,
 * only if it is byte for byte the script built with the one that asks (see `loadScript`).
 */
export type ScriptLoader = <T>(file: string, integrity: string) => Promise<T>;

/** The part of a Trusted Types policy the widget uses (the DOM's own types are not in every TypeScript lib). */
export interface TrustedTypesPolicy {
  createHTML(html: string): unknown;
  createScriptURL(url: string): unknown;
}

/** The one thing the app script gives the facade. */
export type MountPanel = (context: PanelContext) => void;

/**
 * Every script of the widget (the app, a language's, the typo search, the Markdown compiler, the sharded pack's
 * reader) announces itself with this event on its own <script> element, so the handshake needs no global besides
 * `window.Askdown`. One name serves them all: each loader listens on the element it made, which no other script
 * fires on, and every name is bytes in each script.
 */
export const SCRIPT_READY_EVENT = 'askdown';

/** What an entry script (`widget/*-entry.ts`) runs: hands `detail` to whoever loaded it (`loadScript`). */
export function announceScript(detail: unknown): void {
  document.currentScript?.dispatchEvent(new CustomEvent(SCRIPT_READY_EVENT, { detail }));
}

/** The app script's file name, next to the facade's. */
export const APP_SCRIPT_FILE = 'askdown-app.js';
/** The Japanese script (`LANGUAGE_SCRIPTS`), which the facade also downloads at idle on a Japanese page. */
export const JAPANESE_SCRIPT_FILE = 'askdown-ja.js';
