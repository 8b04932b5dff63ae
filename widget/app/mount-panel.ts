import { adoptStyles } from '../embed/shadow-host';
import type { MountPanel } from '../embed/panel-contract';
import { mountApp } from './mount';
import panelCss from './panel.css?inline';

/** Adds the panel's styles to the widget's shadow root and renders the app into the facade's container. */
export const mountPanel: MountPanel = ({ shadow, container, controller, emitter, config, panelId }) => {
  adoptStyles(shadow, panelCss);
  mountApp(container, { controller, emitter, config, panelId });
};
