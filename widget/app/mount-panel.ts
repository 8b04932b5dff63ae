import { adoptStyles } from '../embed/shadow-host';
import type { MountPanel } from '../embed/panel-contract';
import { mountApp } from './mount';
import panelCss from './panel.css?inline';

/**
 * Adds the panel's styles to the widget's shadow root and renders the app into the facade's container. The
 * render waits for a task of its own: it would otherwise run in the task that evaluated this script, and the two
 * together are one long task for a page that is still busy.
 */
export const mountPanel: MountPanel = ({ shadow, container, launcher, controller, emitter, config, panelId, content }) => {
  setTimeout(() => {
    adoptStyles(shadow, panelCss);
    mountApp(container, { controller, emitter, config, panelId, content });
    launcher.setAttribute('aria-controls', panelId);
  }, 0);
};
