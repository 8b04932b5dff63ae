/**
 * The Japanese script's entry (`dist/askdown-ja.js`), loaded by the app with a Japanese pack: the Japanese
 * analysis (`Intl.Segmenter` words and bigrams, folding) and the panel's frame in Japanese, handed over through
 * an event on its own <script>, so it adds no global.
 */
import { JAPANESE_FRAME_TEXT } from './languages/japanese-frame-text';
import { LANGUAGE_READY_EVENT, type LanguageSupport } from './languages/language-support';
import { JAPANESE_ANALYSIS } from './search/japanese';

const support: LanguageSupport = { analysis: JAPANESE_ANALYSIS, frame: JAPANESE_FRAME_TEXT };
document.currentScript?.dispatchEvent(new CustomEvent(LANGUAGE_READY_EVENT, { detail: support }));
