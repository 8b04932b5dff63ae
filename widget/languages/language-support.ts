import type { FrameText } from '../app/frame-text';
import type { CjkAnalysis } from '../search/cjk-analysis';
import { JAPANESE_SCRIPT_FILE } from '../embed/panel-contract';

/**
 * What a language's own script (`askdown-ja.js`) gives the app: how to analyse the language, and the panel's
 * frame in it (the words shown before its pack arrives, or if it cannot). Only pages in that language download
 * it, so the English path stays within its budget.
 */
export interface LanguageSupport {
  analysis: CjkAnalysis;
  frame: FrameText;
}

/**
 * The languages that have a script of their own: its file name next to the facade's, and its hash, which the
 * build writes into the app (`vite.config.ts`) so the app loads only the script built with it.
 */
export const LANGUAGE_SCRIPTS: Readonly<Record<string, { file: string; integrity: string }>> = {
  ja: { file: JAPANESE_SCRIPT_FILE, integrity: __ASKDOWN_JA_INTEGRITY__ },
};
