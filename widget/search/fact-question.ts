import { cjk } from './cjk-analysis';

/**
 * "How many login IDs can one e-mail have?", "When does the pre-registration period end?": a question that asks
 * for a number or a date. An FAQ of rules shares its words ("Can I register the same e-mail for several login
 * IDs?", "Can I register at any time during the period?") and answers yes or no, never the number or the date,
 * so the top article would be given with confidence and not answer it. Such a question gets a choice instead,
 * unless one of the article's own phrasings (its title, its questions) asks for a number or a date too: that
 * article gives one (which kind is not told apart: the bytes are not worth an FAQ that asks how many and
 * never until when). Other languages through their analysis (`CjkAnalysis.asksFact`; Japanese in
 * `japanese-sentences.ts`, which also reads "where": README, "How matching works").
 */
const ENGLISH_FACT_QUESTION = /\bhow (?:many|much|long)\b|\bwhen\b.*\b(?:start|end|open|close|over)s?\b|deadline|until when/i;

const asksFact = (text: string): boolean => ENGLISH_FACT_QUESTION.test(text) || cjk.asksFact(text);

/** Whether `question` asks for a number or a date and none of an article's `phrasings` asks for one. */
export function asksFactNotAsked(question: string, phrasings: readonly string[]): boolean {
  return asksFact(question) && !phrasings.some(asksFact);
}
