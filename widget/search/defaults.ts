import type { ConfidenceModel } from './confidence';

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
  /**
   * How much a Japanese character bigram counts against a Japanese word (`japanese.ts`): bigrams catch compounds
   * the segmenter splits another way, but a question has many of them, and at full weight they drown the words.
   */
  bigramWeight: number;
  /**
   * The fitted model that turns the evidence on the top article into the probability that it answers the question
   * (`answerProbability`). Fitted by `npm run fit:confidence` with cross-validation; re-fit rather than edit by hand.
   */
  confidenceModel: ConfidenceModel;
  /** Probability at or above which the top article is given as *the* answer. */
  answerThreshold: number;
  /**
   * Probability at or above which a question that is not answered gets "Did you mean one of these?" rather than
   * the no-answer message. Low on purpose: an apology when the right article was on top is the worst outcome.
   */
  choiceThreshold: number;
  /** How many articles "did you mean" offers. */
  maxChoices: number;
  /** Title similarity (trigram Dice) from which two articles count as the same question (`distinctMargin`). */
  nearDuplicateSimilarity: number;
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
  bigramWeight: 0.3,
  // npm run fit:confidence (2026-11-26): StackFAQ, its threads and our log-in set, 5-fold cross-validated.
  confidenceModel: {
    intercept: -9.002,
    // In EVIDENCE_FEATURES order (confidence.ts).
    weights: [
      1.901, // coverage
      1.077, // reverseCoverage
      -0.493, // margin
      4.809, // distinctMargin
      2.079, // strength
      4.67, // phrasingSimilarity
      0.853, // matchedWords
      -1.471, // matchedShare
      1.238, // queryWords
      -3.019, // unknownShare
    ],
  },
  answerThreshold: 0.5,
  // 0.03 until 2026-11-27: 0.025 keeps LocalgovFAQ's right-but-refused questions (missedTop) under issue 11's 2%
  // (README, "Notes": what it costs).
  choiceThreshold: 0.025,
  maxChoices: 3,
  nearDuplicateSimilarity: 0.8,
  phrasingSimilarityWeight: 0.4,
  rerankDepth: 10,
  maxResults: 10,
  maxRelated: 3,
};
