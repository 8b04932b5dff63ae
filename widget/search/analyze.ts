import { ENGLISH_STOPWORDS } from './stopwords';
import { stem } from './stem';
import { isCjkToken, tokenize } from './tokenize';

/** One word of a text as the matcher sees it: what was written and the term it is indexed under. */
export interface AnalyzedWord {
  surface: string;
  term: string;
}

/** The index term of one written word: stemmed, except CJK bigrams, which have no inflection. */
export function termOf(surface: string): string {
  return isCjkToken(surface) ? surface : stem(surface);
}

export function isStopword(surface: string): boolean {
  return ENGLISH_STOPWORDS.has(surface);
}

/** Tokenises, drops stop words and stems: the words of `text` that carry meaning. */
export function analyzeWords(text: string): AnalyzedWord[] {
  return tokenize(text)
    .filter((surface) => !isStopword(surface))
    .map((surface) => ({ surface, term: termOf(surface) }));
}

/** The index terms of `text`, in order. */
export function analyze(text: string): string[] {
  return analyzeWords(text).map((word) => word.term);
}
