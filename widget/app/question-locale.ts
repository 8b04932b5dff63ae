import { boundedQuestion } from '../search/question-length';
import { isCjkToken } from '../search/tokenize';

/**
 * A word of English: two lower-case Latin letters in a row. Product names and codes in capitals ("NK-SHIPS",
 * "ID") are common in Japanese questions and say nothing of the language; words with a hyphen or a digit are
 * names and codes however they are cased ("nk-ships", "2fa"), so they are not read at all.
 */
const isEnglishWord = (word: string): boolean => /[a-z]{2}/.test(word) && !/[-\d]/.test(word);

/**
 * The locale a question is written in, when the site has it and the panel is in another: any Japanese letter
 * means Japanese; two English words and no Japanese mean English, in half-width or full-width letters. Null:
 * answer in the panel's language. Only the part of the question the widget reads is looked at, word by word: a
 * megabyte sent through the API costs no more than its first 500 characters.
 */
export function otherQuestionLocale(question: string, current: string, locales: readonly string[]): string | null {
  // Full-width Latin (ｍａｉｌ, as a Japanese input method types it) read as the letters it is.
  const read = boundedQuestion(question).normalize('NFKC');
  const written = isCjkToken(read) ? 'ja' : read.split(/\s+/).filter(isEnglishWord).length >= 2 ? 'en' : null;
  return written !== null && written !== current && locales.includes(written) ? written : null;
}
