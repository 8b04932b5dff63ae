/**
 * Japanese has no spaces between words, so each run of Japanese text gives two kinds of index terms side by side:
 * the words `Intl.Segmenter` finds, precise where its dictionary knows the word, and character bigrams of those
 * words, which still match where it splits a compound differently (in another browser, or in a question written
 * another way). Both are folded so that spellings visitors mix up meet: katakana as hiragana (メール, めーる) and
 * kanji words without their okurigana (申し込み, 申込み, 申込). Dictionary-free: the browser's segmenter is the only
 * language data.
 */
import { BIGRAM_MARK, type BigramCutter, type CjkAnalysis } from './cjk-analysis';

const KATAKANA = /[\u30a1-\u30f6]/g;
const HIRAGANA = /[\u3041-\u3096]/g;
const HIRAGANA_WORD = /^[\u3041-\u309f\u30fc]+$/;
const KANJI = /\p{Script=Han}/u;

/** `text` with each character of `chars` moved `by` code points. */
const shifted = (text: string, chars: RegExp, by: number): string => text.replace(chars, (char) => String.fromCharCode(char.charCodeAt(0) + by));

/**
 * Hiragana words that only make a sentence polite or grammatical (ござい, ください, でしょう, について…: the list in
 * kana is in japanese.test.ts). One- and two-character hiragana words (particles: の, を, は, か, など) are dropped by
 * length. Each kana written as one ASCII character, ぁ (U+3041) as "!" to U+3096 as "v": the scripts are ASCII only
 * (a Shift_JIS page), where a kana as an escape costs six bytes; this way the list costs the Japanese script 25 B
 * gzip less, spent on reading more questions that ask for a fact (`japanese-sentences.ts`).
 */
const JAPANESE_STOPWORDS: ReadonlySet<string> = new Set(
  shifted(
    '46$ 46k /@5$ /@5 G7g& G9+ ^9+ ^;s G7? 7^& G-k ilk H3m G9, 7g& "j^ 7?i KD$F [7$ d1I @1I 1lI /lk bi(k bi& $?@/ H7F ' +
      'JNG 7J$ _?$ 3l+i P+j bCH 9kH H$& J,i ^:O +Jj 3Ai 3HK H3m, KhCF K"?CF',
    /[!-v]/g,
    0x3020,
  ).split(' '),
);

/** Katakana as hiragana, so メール and めーる are one word. */
export function foldKana(text: string): string {
  return shifted(text, KATAKANA, -0x60);
}

export function isJapaneseStopword(word: string): boolean {
  return HIRAGANA_WORD.test(word) && (word.length <= 2 || JAPANESE_STOPWORDS.has(word));
}

/**
 * Made once: building a segmenter loads its dictionary (and, in a page that has made no other `Intl` object,
 * V8's `Intl`: about 200 ms at 4x on a slow VM). False where the runtime has none (older browsers).
 */
let segmenter: Intl.Segmenter | false | undefined;

/** The words of a run of Japanese as `Intl.Segmenter` splits it; the whole run where there is no segmenter. */
export function segmentJapanese(run: string): string[] {
  segmenter ??= !!Intl.Segmenter && new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter ? [...segmenter.segment(run)].filter((piece) => piece.isWordLike).map((piece) => piece.segment) : [run];
}

/** The folded form of one Japanese word, as the index holds it: also how a Japanese synonym entry is looked up. */
export function japaneseWordTerm(word: string): string {
  // A kanji word without its okurigana (申し込み, 申込み and 申込 are one word); a kana word is left whole.
  return foldKana(KANJI.test(word) ? word.replace(HIRAGANA, '') : word);
}

/**
 * The index terms of one run of Japanese or Chinese text (already NFKC-normalised): its meaningful words, then the
 * marked bigrams of those words run together (cut by the app's `bigrams`), so a compound split in one place and
 * not another still meets.
 */
export function japaneseTerms(run: string, bigrams: BigramCutter): string[] {
  const pieces = segmentJapanese(run);
  // The words that carry meaning: no particles or polite endings.
  const words = pieces.filter((word) => !isJapaneseStopword(word));
  const terms = words.map(japaneseWordTerm);
  // Hiragana words are left out of the bigrams (they are mostly grammar), except in a run typed all in hiragana
  // that has a word in it (あか|うんと, an unconverted アカウント, which the segmenter reads as other words) or that
  // it cuts more than half into letters (め|ー|る|あ|どれ|す, an unconverted メールアドレス): there the bigrams
  // are what finds the word.
  const hiragana = HIRAGANA_WORD.test(run);
  const unconverted = hiragana && (terms.length > 0 || pieces.filter((piece) => !piece[1]).length * 2 > pieces.length);
  // A run all particles and endings (いつ|まで) is one word: its bigrams met the articles' grammar (まで of
  // これ|まで|の|よう|に) and gave a confident wrong answer, and with no term at all the question would lose what
  // it asks for (いつまで: a deadline, which no article may give). Not one that is itself an ending (ください),
  // typed apart from the words it ends: as a term that no article has, it would only lower the confidence.
  if (hiragana && !unconverted && !isJapaneseStopword(run)) terms.push(foldKana(run));
  const spelt = unconverted ? foldKana(run) : words.filter((word) => !HIRAGANA_WORD.test(word)).map(japaneseWordTerm).join('');
  for (const gram of bigrams(spelt)) terms.push(gram + BIGRAM_MARK);
  return terms;
}

/**
 * The Japanese analysis of text into index terms, as `installCjkAnalysis` takes it: all the run-time Markdown mode
 * needs to build an index. Matching adds its reading of sentences (`JAPANESE_MATCHING`, japanese-sentences.ts).
 */
export const JAPANESE_ANALYSIS: CjkAnalysis = { terms: japaneseTerms, wordTerm: japaneseWordTerm };
