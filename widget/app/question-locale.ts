import { isCjkToken } from '../search/tokenize';

/** Two words of two Latin letters or more, apart ("NK-SHIPS" is one). */
const LATIN_WORDS = /[a-z]{2,}\s+[a-z]{2,}/i;

/**
 * The locale a question is written in, when the site has it and the panel is in another: any Japanese letter
 * means Japanese; two Latin words and no Japanese mean English. A lone Latin word ("NK-SHIPS", "ID") is common in
 * Japanese questions too, so it decides nothing. Null: answer in the panel's language.
 */
export function otherQuestionLocale(question: string, current: string, locales: readonly string[]): string | null {
  const written = isCjkToken(question) ? 'ja' : LATIN_WORDS.test(question) ? 'en' : null;
  return written !== null && written !== current && locales.includes(written) ? written : null;
}
