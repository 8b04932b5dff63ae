import { isCjkToken } from '../search/tokenize';

/**
 * Two words apart, each with two lower-case Latin letters or more: product names and codes in capitals
 * ("NK-SHIPS NK-PASS", "ID") are common in Japanese questions and say nothing of the language.
 */
const LATIN_WORDS = /[a-z]{2,}\s+[A-Za-z]*[a-z]{2,}/;

/**
 * The locale a question is written in, when the site has it and the panel is in another: any Japanese letter
 * means Japanese; two lower-case Latin words and no Japanese mean English. Null: answer in the panel's language.
 */
export function otherQuestionLocale(question: string, current: string, locales: readonly string[]): string | null {
  const written = isCjkToken(question) ? 'ja' : LATIN_WORDS.test(question) ? 'en' : null;
  return written !== null && written !== current && locales.includes(written) ? written : null;
}
