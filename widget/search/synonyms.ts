import { stem } from './stem';
import { cjk } from './cjk-analysis';
import { isCjkToken, normalizeText } from './tokenize';

/** Term to the other terms of its synonym groups. */
export type SynonymMap = Map<string, Set<string>>;

/**
 * The index term of one synonym entry; "log-in" and "login" are the same entry. A Japanese entry is folded as a
 * Japanese word is (申し込み is 申込; メール is めーる), so it meets the question's word whichever way either is spelt.
 */
export function synonymTerm(entry: string): string {
  const joined = normalizeText(entry).replace(/[\s'-]+/g, '');
  return isCjkToken(joined) ? cjk.wordTerm(joined) : stem(joined);
}

/**
 * Editor-written groups such as `[people, users, log-in]` as index terms (`[peopl, user, login]`), repeats and
 * empty entries dropped, and groups left with one term. The content build writes them so into the pack, so the
 * widget stems and folds no synonym in the visitor's browser.
 */
export function synonymTermGroups(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => [...new Set(group.map(synonymTerm).filter(Boolean))]).filter((terms) => terms.length > 1);
}

/** Builds the look-up from groups of index terms (`synonymTermGroups`). */
export function buildSynonymMap(termGroups: readonly (readonly string[])[]): SynonymMap {
  const map: SynonymMap = new Map();
  for (const terms of termGroups) {
    for (const term of terms) {
      let others = map.get(term);
      if (!others) map.set(term, (others = new Set()));
      for (const other of terms) if (other !== term) others.add(other);
    }
  }
  return map;
}

/** A reading as editors list one: three hiragana letters or more (a long-vowel mark counts), the whole entry. */
const READING = /^[\u3041-\u3096\u30fc]{3,}$/;
const KANJI = /\p{Script=Han}/u;

/** Whether a synonym entry (or term) is a reading; the content build checks entries by the same rule. */
export const isReading = (entry: string): boolean => READING.test(entry);

/** Whether an entry has a kanji in it: a word a reading can stand for. */
export const hasKanji = (entry: string): boolean => KANJI.test(entry);

/** Each map's readings, found once: [reading, its word], the longest reading first. */
const readingsOf = new WeakMap<SynonymMap, [string, string][]>();

/** Hiragana as katakana: how a katakana word that was typed in hiragana is written. */
const asKatakana = (kana: string): string => kana.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

/**
 * The question with each reading that editors listed among a kanji word's synonyms (`[登録, とうろく]`) written as
 * that word, so a question typed in hiragana and never converted (スマホ users, an IME left off) meets the
 * articles' kanji. The segmenter finds no words in a run of hiragana, so a reading is found as a string, longest
 * first (じぜんとうろく before とうろく); its word is the first kanji entry of the first group that lists it. A
 * katakana entry is folded into hiragana like every Japanese term, so typed in hiragana it is read as its group's
 * kanji word too (みんな, すたっふ → 社員): a synonym of it either way; in a group with no kanji word it is read in
 * katakana (めーるあどれす → メールアドレス), which the segmenter finds as a word in the middle of a sentence.
 */
export function withReadingsSpelt(question: string, synonyms: SynonymMap): string {
  let readings = readingsOf.get(synonyms);
  if (!readings) {
    readings = [];
    for (const [term, others] of synonyms) {
      if (isReading(term)) readings.push([term, [...others].find(hasKanji) ?? asKatakana(term)]);
    }
    readingsOf.set(synonyms, readings.sort((a, b) => b[0].length - a[0].length));
  }
  for (const [reading, word] of readings) question = question.replaceAll(reading, word);
  return question;
}
