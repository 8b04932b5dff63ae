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
 * the question is in romaji ("jizen touroku", "kojin no meado ni suru to security wa dou kawaru?", "password wo
 * wasureta"), which a Japanese panel answers: more than half of its words of three letters or more read as
 * romaji, one of them five letters long, or half of them with one six letters long. Strangers' tries as visitors:
 * on a page with both languages, romaji took the panel to English and its "no answer"; and a first rule (more than
 * half, at any length) kept "are you open on sunday?" in Japanese. None of our 2,640 English test questions reads
 * as romaji so, and all 21 romaji questions of the Japanese sets do. Null: answer in the panel's language. Only
 * the part of the question the widget reads is looked at, word by word: a megabyte sent through the API costs no
 * more than its first 500 characters.
 */
export function otherQuestionLocale(question: string, current: string, locales: readonly string[]): string | null {
  // Full-width Latin (ｍａｉｌ, as a Japanese input method types it) read as the letters it is.
  const read = boundedQuestion(question).normalize('NFKC');
  // Runs of three Latin letters or more: "do", "in" and "to" are English and romaji alike, as are "are", "use",
  // "one", "same", "time", "open" and "share"; a word of five letters or more (six, where only half of them read
  // as romaji) rarely is.
  const runs = read.split(/[^a-z]+/i).filter((run) => run[2]);
  const romaji = runs.filter(romajiAsKana);
  const inRomaji = romaji.some((run) => run[4]) && 2 * romaji.length + +romaji.some((run) => run[5]) > runs.length;
  const written = isCjkToken(read) ? 'ja' : !inRomaji && read.split(/\s+/).filter(isEnglishWord).length > 1 ? 'en' : null;
  return written !== null && written !== current && locales.includes(written) ? written : null;
}
