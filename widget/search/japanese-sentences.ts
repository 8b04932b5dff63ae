import type { CjkAnalysis } from './cjk-analysis';
import { JAPANESE_ANALYSIS } from './japanese';

/**
 * How a Japanese sentence (NFKC-normalised, so ？ and ！ are ? and !) states a problem or asks whether something
 * can be done: the Japanese half of `problem-statement.ts`, in the Japanese analysis so that only Japanese pages
 * download it.
 */

/** できない, できません, できなくなった. */
const INABILITY = /でき(?:な|ませ)/;

/** A sentence that asks: か, の, でしょう or a question mark at its end (before its closing marks). */
const QUESTION_END = /(?:[かの?]|でしょう)[\s。.!…]*$/;

/** "ログインできません。", "登録できないのですが"; not "登録できないんでしょうか" or "登録できないの？". */
export function japaneseStatesProblem(sentence: string): boolean {
  return INABILITY.test(sentence) && !QUESTION_END.test(sentence);
}

/** "…登録できますか？", "…可能ですか"; not "どのように…よいですか". */
export function japaneseAsksWhetherPossible(sentence: string): boolean {
  return /(?:でき(?:ます|る)|可能(?:です)?)か/.test(sentence);
}

/** The Japanese analysis with its reading of sentences: what questions are matched with (`askdown-ja.js`, Node). */
export const JAPANESE_MATCHING: CjkAnalysis = { ...JAPANESE_ANALYSIS, statesProblem: japaneseStatesProblem, asksWhetherPossible: japaneseAsksWhetherPossible };
