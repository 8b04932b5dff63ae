import type { Candidate } from './phrasing-similarity';
import type { QueryConcept } from './query';
import { inverseDocumentFrequency, type SearchIndex } from './search-index';

/**
 * What the matcher knows about its top article when it decides whether that article answers the question. Every
 * value is relative to the question itself (a share, a lead over the runner-up, a count of the visitor's words),
 * never a raw score, so one fitted model serves six articles or ten thousand.
 */
export interface AnswerEvidence {
  /** Share of the question's importance the top article covers (0 to 1); low when the question has words no article uses. */
  coverage: number;
  /**
   * Share of the top article's closest phrasing (its title or one of its questions, by IDF) that the question
   * covers, 0 to 1. Low when the question borrows a few FAQ words but asks something the article never says.
   */
  reverseCoverage: number;
  /** Lead of the top article over the runner-up in the final ranking, as a share of the top's (0 to 1). */
  margin: number;
  /**
   * Lead over the best runner-up that is not a near-duplicate of the top (same phrasing, as several answers to
   * one question on a forum are): two copies of one question tie, yet either is a right answer.
   */
  distinctMargin: number;
  /**
   * The top article's BM25F score as a share of the most the question's words could score (every word saturated
   * in every field), 0 to 1: high when the words sit in the title and questions, low when they are scattered
   * through a long answer.
   */
  strength: number;
  /** How much the closest phrasing looks like the question letter by letter (Dice of trigrams, 0 to 1). */
  phrasingSimilarity: number;
  /** How many of the question's meaningful words the top article has (a synonym or a correction counts). */
  matchedWords: number;
  /** Share of the question's meaningful words the top article has (0 to 1). */
  matchedShare: number;
  /** How many meaningful words the question has. */
  queryWords: number;
  /** Share of the question's meaningful words that no article uses in any form (0 to 1). */
  unknownShare: number;
}

/** No evidence at all: the question shares no meaningful word with any article. */
export const NO_EVIDENCE: AnswerEvidence = {
  coverage: 0,
  reverseCoverage: 0,
  margin: 0,
  distinctMargin: 0,
  strength: 0,
  phrasingSimilarity: 0,
  matchedWords: 0,
  matchedShare: 0,
  queryWords: 0,
  unknownShare: 1,
};

/** The analysed terms of each phrasing of an article: computed for the articles that reach the top, once each. */
export type PhrasingTermsOf = (doc: number) => readonly (readonly string[])[];

/** What `gatherEvidence` reads of the matcher's state for one question. */
export interface EvidenceInput {
  index: SearchIndex;
  concepts: readonly QueryConcept[];
  /** The final ranking, best first. */
  ranking: readonly Candidate[];
  phrasingTermsOf: PhrasingTermsOf;
  /** The best runner-up whose title is not a near-duplicate of the top's (`distinctCandidates`), if any. */
  distinctRunnerUp: Candidate | undefined;
  /** BM25's term-frequency saturation, which bounds what one word can score. */
  k1: number;
}

/** How much of the best-covered phrasing's weight the query's concepts reach, through any of their forms. */
function reverseCoverageOf(index: SearchIndex, concepts: readonly QueryConcept[], phrasings: readonly (readonly string[])[]): number {
  const reach = new Map<string, number>();
  for (const concept of concepts) {
    for (const { term, weight } of concept.alternatives) reach.set(term, Math.max(reach.get(term) ?? 0, weight));
  }
  let best = 0;
  for (const terms of phrasings) {
    let total = 0;
    let covered = 0;
    for (const term of new Set(terms)) {
      const idf = inverseDocumentFrequency(index, term);
      total += idf;
      covered += idf * (reach.get(term) ?? 0);
    }
    if (total > 0) best = Math.max(best, covered / total);
  }
  return best;
}

function lead(top: Candidate, other: Candidate | undefined): number {
  return other === undefined || top.order <= 0 ? 1 : Math.max(0, (top.order - other.order) / top.order);
}

export function gatherEvidence(input: EvidenceInput): AnswerEvidence {
  const { index, concepts, ranking } = input;
  const top = ranking[0];
  if (!top) return { ...NO_EVIDENCE, queryWords: concepts.length };
  const maxScore = concepts.reduce((sum, concept) => sum + concept.importance, 0) * (input.k1 + 1);
  const unknown = concepts.filter((concept) => !concept.alternatives.some((alternative) => index.postings.has(alternative.term)));
  return {
    coverage: top.coverage,
    reverseCoverage: reverseCoverageOf(index, concepts, input.phrasingTermsOf(top.doc)),
    margin: lead(top, ranking[1]),
    distinctMargin: lead(top, input.distinctRunnerUp),
    strength: top.score / Math.max(maxScore, Number.MIN_VALUE),
    phrasingSimilarity: top.similarity,
    matchedWords: top.matchedWords,
    matchedShare: concepts.length === 0 ? 0 : top.matchedWords / concepts.length,
    queryWords: concepts.length,
    unknownShare: concepts.length === 0 ? 1 : unknown.length / concepts.length,
  };
}
