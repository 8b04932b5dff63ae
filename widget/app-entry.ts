/**
 * The app script's entry (`dist/askdown-app.js`), loaded by the facade when the visitor reaches for the widget
 * or the browser is idle. It only hands the facade its mount function, through an event on its own <script>.
 */
import { mountPanel } from './app/mount-panel';
import { announceScript } from './embed/panel-contract';

announceScript(mountPanel);
