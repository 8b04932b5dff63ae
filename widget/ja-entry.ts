/**
 * The Japanese script's entry (`dist/askdown-ja.js`), loaded by the app with a Japanese pack: the Japanese
 * analysis (`Intl.Segmenter` words and bigrams, folding) and the panel's frame in Japanese, handed over through
 * an event on its own <script>, so it adds no global.
 */
import { JAPANESE_SUPPORT } from './languages/japanese-support';
import { LANGUAGE_READY_EVENT } from './languages/language-support';

document.currentScript?.dispatchEvent(new CustomEvent(LANGUAGE_READY_EVENT, { detail: JAPANESE_SUPPORT }));
