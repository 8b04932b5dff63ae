import { boundedQuestion } from '../search/question-length';
import { romajiAsKana } from '../search/romaji';
import { isCjkToken } from '../search/tokenize';

/**
 * A word of English: two lower-case Latin letters in a row. Product names and codes in capitals ("NK-SHIPS",
 * "ID") are common in Japanese questions and say nothing of the language; words with a hyphen or a digit are
 * names and codes however they are cased ("nk-ships", "2fa"), so they are not read at all.
 */
const isEnglishWord = (word: string): boolean => /[a-z]{2}/.test(word) && !/[-\d]/.test(word);

/**
 * The locale a question is written in, when the site has it and the panel is in another: any Japanese letter
 * means Japanese; two English words and no Japanese mean English, in half-width or full-width letters, unless
 * more than half of its words of three letters or more read as romaji ("jizen touroku", "kojin no meado ni suru
 * to security wa dou kawaru?"), which a Japanese panel answers (a stranger's try as a visitor: on a page with both
 * languages, romaji took the panel to English and its "no answer"; of our 2,640 English test questions, 2 read as
 * romaji so). Null: answer in the panel's language. Only the part of the question the widget reads is looked at,
 * word by word: a megabyte sent through the API costs no more than its first 500 characters.
 */
export function otherQuestionLocale(question: string, current: string, locales: readonly string[]): string | null {
  // Full-width Latin (ｍａｉｌ, as a Japanese input method types it) read as the letters it is.
  const read = boundedQuestion(question).normalize('NFKC');
  // Runs of three Latin letters or more: "do", "in" and "to" are English and romaji alike.
  const long = read.split(/[^a-z]+/i).filter((run) => run[2]);
  const written = isCjkToken(read) ? 'ja' : read.split(/\s+/).filter(isEnglishWord).length >= 2 && 2 * long.filter(romajiAsKana).length <= long.length ? 'en' : null;
  return written !== null && written !== current && locales.includes(written) ? written : null;
}
