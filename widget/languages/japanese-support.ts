import { JAPANESE_MATCHING } from '../search/japanese-sentences';
import { JAPANESE_FRAME_TEXT } from './japanese-frame-text';
import type { LanguageSupport } from './language-support';

/** What Japanese brings the app: its analysis and the panel's frame in Japanese (`askdown-ja.js`, or the npm entry). */
export const JAPANESE_SUPPORT: LanguageSupport = { analysis: JAPANESE_MATCHING, frame: JAPANESE_FRAME_TEXT };
