import type { EmbedConfig } from './config';
import type { WidgetController } from './controller';
import type { Emitter } from './events';

/** What the facade hands the app: where to draw the panel and the state it shares with the launcher. */
export interface PanelContext {
  shadow: ShadowRoot;
  container: HTMLElement;
  /** The facade's launcher: the app points its aria-controls at the panel once the panel is drawn. */
  launcher: HTMLElement;
  controller: WidgetController;
  emitter: Emitter;
  config: EmbedConfig;
  panelId: string;
  /** The content pack's fetch, started with the app script's so the two downloads overlap. */
  content?: Promise<Response>;
}

/** The one thing the app script gives the facade. */
export type MountPanel = (context: PanelContext) => void;

/**
 * The app script announces itself with this event on its own <script> element, so the handshake needs no global
 * besides `window.Askdown`.
 */
export const APP_READY_EVENT = 'askdown-app-ready';

/** The app script's file name, next to the facade's. */
export const APP_SCRIPT_FILE = 'askdown-app.js';
