/**
 * The typo script's entry (`dist/askdown-typo.js`): Fuse.js, handed to the app through an event on its own
 * <script>, so it adds no global. See `search/typo-script.ts`.
 */
import Fuse from 'fuse.js/basic';
import { announceScript } from './embed/panel-contract';

announceScript(Fuse);
