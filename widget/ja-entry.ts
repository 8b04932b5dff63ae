/**
 * The Japanese script's entry (`dist/askdown-ja.js`), loaded by the app with a Japanese pack: the Japanese
 * analysis (`Intl.Segmenter` words and bigrams, folding) and the panel's frame in Japanese, handed over through
 * an event on its own <script>, so it adds no global.
 */
import { announceScript } from './embed/panel-contract';
import { JAPANESE_SUPPORT } from './languages/japanese-support';

announceScript(JAPANESE_SUPPORT);
