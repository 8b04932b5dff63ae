/**
 * How runs of Japanese or Chinese text become index terms. Until a language's analysis is installed, a run gives
 * its character bigrams, the dictionary-free default. Node (the content build, the CLI, the tests) installs the
 * Japanese analysis when it loads the matcher (`widget/search/index.ts`); the widget installs it only with a
 * Japanese pack, from `askdown-ja.js`, so English pages do not download it. An index must be asked with the
 * analysis that built it.
 */

/**
 * Marks a bigram term, so that a two-character word (登録) and the bigram of the same letters are different terms
 * and a bigram can count less than a word (`bigramWeight`). No normalised Japanese text contains it.
 */
export const BIGRAM_MARK = '~';

export function isBigramTerm(term: string): boolean {
  return term.endsWith(BIGRAM_MARK);
}

/** Overlapping two-character grams of a CJK run; a single character stands alone. */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  return chars.length < 2 ? chars : chars.slice(1).map((char, i) => chars[i] + char);
}

/** Cuts letters into bigrams: `cjkBigrams`, which the app hands a language's analysis (see `CjkAnalysis.terms`). */
export type BigramCutter = (letters: string) => string[];

export interface CjkAnalysis {
  /**
   * The index terms of one run of CJK text, already NFKC-normalised and lowercased. `bigrams` is the app's
   * `cjkBigrams`, handed over so that a language's own script carries no copy of it.
   */
  terms(run: string, bigrams: BigramCutter): string[];
  /** The term of one word written alone, as a synonym entry is. */
  wordTerm(word: string): string;
  /** Whether one sentence (NFKC) states a problem the visitor has, in this language (`problem-statement.ts`). */
  statesProblem?(sentence: string): boolean;
  /** Whether one sentence (NFKC) asks whether something can be done, in this language (`problem-statement.ts`). */
  asksWhetherPossible?(sentence: string): boolean;
  /** Whether a text (NFKC) asks where, until when, how many or how to change something, in this language (`fact-question.ts`). */
  asksFact?(text: string): boolean;
}

let installed: CjkAnalysis = { terms: cjkBigrams, wordTerm: (word) => word };

/**
 * Installing `cjk` itself changes nothing: the npm package's bundles share this module between the app and the
 * sharded reader, which installs what the app lends it, and the live view installed would call itself forever.
 */
export function installCjkAnalysis(analysis: CjkAnalysis): void {
  if (analysis !== cjk) installed = analysis;
}

/**
 * Installs how runs become terms and keeps the readings of sentences already installed: what the run-time Markdown
 * compiler needs to build an index. In the npm package it shares this module with the app, whose Japanese script
 * may have installed its readings first.
 */
export function installCjkTerms({ terms, wordTerm }: CjkAnalysis): void {
  installed = { ...installed, terms, wordTerm };
}

/**
 * The installed analysis, read when called: what the tokenizer and the rules ask, and what the app hands the
 * sharded pack's reader, whose copy of this module must follow what the app installs after it opened the pack
 * (the Japanese script arrives once the manifest has named its language). A reading the analysis lacks says no.
 */
export const cjk: Required<Omit<CjkAnalysis, 'terms'>> & { terms(run: string): string[] } = {
  terms: (run) => installed.terms(run, cjkBigrams),
  wordTerm: (word) => installed.wordTerm(word),
  statesProblem: (sentence) => !!installed.statesProblem?.(sentence),
  asksWhetherPossible: (sentence) => !!installed.asksWhetherPossible?.(sentence),
  asksFact: (text) => !!installed.asksFact?.(text),
};
