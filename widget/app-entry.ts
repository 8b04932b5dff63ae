/**
 * The app script's entry (`dist/askdown-app.js`), loaded by the facade when the visitor reaches for the widget
 * or the browser is idle. It only hands the facade its mount function, through an event on its own <script>.
 */
import { mountPanel } from './app/mount-panel';
import { SCRIPT_READY_EVENT } from './embed/panel-contract';

document.currentScript?.dispatchEvent(new CustomEvent(SCRIPT_READY_EVENT, { detail: mountPanel }));
