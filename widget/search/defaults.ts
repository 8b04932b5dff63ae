/**
 * Every tunable number of the matcher in one place. `npm run eval` measures the effect of changing them; the
 * README's "How matching works" says why each has its value.
 */
export interface MatchOptions {
  /** Weight of each field in BM25F: a word in the question says more about the article than one in the answer. */
  fieldWeights: { title: number; questions: number; tags: number; body: number };
  /** BM25 length normalisation per field (0: none, 1: full). Titles are short and even, so they need little. */
  fieldB: { title: number; questions: number; tags: number; body: number };
  /** BM25 term-frequency saturation. */
  k1: number;
  /** How much a synonym of a query word counts, compared with the word itself. */
  synonymWeight: number;
  /** How much a typo-corrected query word counts, compared with a word spelt as in the index. */
  correctedWeight: number;
  /** Query words shorter than this are never typo-corrected (too many near neighbours). */
  minTypoLength: number;
  /** Fuse.js score (0 exact, 1 anything) a vocabulary word must beat to be a candidate correction of a query word. */
  typoThreshold: number;
  /**
   * How much a query word that no article uses weighs against coverage, as a share of the highest IDF. Visitors
   * add words the FAQ never uses ("colleagues", "Sunday"), so one such word must not sink a good match; a
   * question made mostly of them is still off-topic.
   */
  unknownWordWeight: number;
  /** Share of the query's weight the top article must cover to be given as the answer. */
  minCoverage: number;
  /** How far the top article's score must lead the runner-up's, as a share of the top score. */
  minMargin: number;
  /**
   * How many of the question's words the top article must have to be given as the answer. A one-word question
   * ("security", "what is NK-PASS?") names a topic, not a question: it gets the closest articles to choose from.
   */
  minMatchedWords: number;
  /** How much a title that looks like the question letter by letter counts, against the relative BM25F score. */
  phrasingSimilarityWeight: number;
  /** How many of the best BM25F results the title similarity may re-order. */
  rerankDepth: number;
  /** How many ranked results a match returns. */
  maxResults: number;
  /** How many related articles a match returns. */
  maxRelated: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  fieldWeights: { title: 10, questions: 4, tags: 2, body: 1 },
  fieldB: { title: 0.6, questions: 0.5, tags: 0.3, body: 0.75 },
  k1: 3,
  synonymWeight: 0.7,
  correctedWeight: 0.8,
  minTypoLength: 4,
  typoThreshold: 0.5,
  unknownWordWeight: 0.45,
  minCoverage: 0.5,
  minMargin: 0.05,
  minMatchedWords: 2,
  phrasingSimilarityWeight: 0.2,
  rerankDepth: 10,
  maxResults: 10,
  maxRelated: 3,
};
