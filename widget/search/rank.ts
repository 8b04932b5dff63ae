import type { MatchOptions } from './defaults';
import type { QueryConcept } from './query';
import { POSTING_STRIDE, weightedTermFrequency, type SearchIndex } from './search-index';

/** Per-article BM25F scores, the share of the query's importance each article covers, and how many query words it has. */
export interface ArticleScores {
  scores: Float64Array;
  coverage: Float64Array;
  matchedWords: Uint16Array;
}

/**
 * BM25F over the concepts of a query. Each concept adds its best alternative's score to an article; an article
 * that contains a concept in any form also earns that concept's importance towards its coverage.
 */
export function scoreArticles(index: SearchIndex, concepts: readonly QueryConcept[], options: MatchOptions): ArticleScores {
  const count = index.documents.length;
  const scores = new Float64Array(count);
  const covered = new Float64Array(count);
  const matchedWords = new Uint16Array(count);
  let totalImportance = 0;

  for (const concept of concepts) {
    totalImportance += concept.importance;
    const best = new Map<number, number>();
    for (const { term, weight } of concept.alternatives) {
      const list = index.postings.get(term);
      if (!list) continue;
      for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
        const doc = list[offset] ?? 0;
        const tf = weightedTermFrequency(index, list, offset, options);
        const score = weight * concept.importance * ((tf * (options.k1 + 1)) / (tf + options.k1));
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      }
    }
    for (const [doc, score] of best) {
      scores[doc] = (scores[doc] ?? 0) + score;
      covered[doc] = (covered[doc] ?? 0) + concept.importance;
      matchedWords[doc] = (matchedWords[doc] ?? 0) + 1;
    }
  }

  const coverage = covered.map((value) => (totalImportance > 0 ? value / totalImportance : 0));
  return { scores, coverage, matchedWords };
}
