import type { MatchOptions } from './defaults';
import { inverseDocumentFrequency, POSTING_STRIDE, weightedTermFrequency, type SearchIndex } from './search-index';

/** Related article ids of an article, by its position in the index. */
export type RelatedLookup = (doc: number) => string[];

/**
 * Articles to show under an answer: the editor's own `related` list first, in its order, then the articles most
 * similar in content (cosine of their BM25F term weights). Never the answer itself, never one twice. The term
 * weights are computed once, on first use, and each article's list is remembered.
 */
export function createRelatedLookup(index: SearchIndex, options: MatchOptions): RelatedLookup {
  const known = new Set(index.documents.map((document) => document.id));
  const remembered = new Map<number, string[]>();
  /** Per article, the weight of each of its terms in every article that has that term, and its vector norm². */
  let weights: { termsOf: Map<number, number>[][]; norms: Float64Array } | null = null;

  function termWeights(): { termsOf: Map<number, number>[][]; norms: Float64Array } {
    if (weights) return weights;
    const termsOf: Map<number, number>[][] = index.documents.map(() => []);
    const norms = new Float64Array(index.documents.length);
    for (const [term, list] of index.postings) {
      const idf = inverseDocumentFrequency(index, term);
      const byDoc = new Map<number, number>();
      for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
        const doc = list[offset] ?? 0;
        const weight = idf * weightedTermFrequency(index, list, offset, options);
        byDoc.set(doc, weight);
        norms[doc] = (norms[doc] ?? 0) + weight * weight;
        termsOf[doc]?.push(byDoc);
      }
    }
    return (weights = { termsOf, norms });
  }

  function mostSimilar(doc: number): number[] {
    const { termsOf: terms, norms: squared } = termWeights();
    const dot = new Map<number, number>();
    for (const byDoc of terms[doc] ?? []) {
      const own = byDoc.get(doc) ?? 0;
      for (const [other, weight] of byDoc) {
        if (other !== doc) dot.set(other, (dot.get(other) ?? 0) + own * weight);
      }
    }
    const ownNorm = Math.sqrt(squared[doc] ?? 0);
    return [...dot]
      .map(([other, product]) => ({ other, similarity: product / (ownNorm * Math.sqrt(squared[other] ?? 1) || 1) }))
      .sort((a, b) => b.similarity - a.similarity)
      .map(({ other }) => other);
  }

  function compute(doc: number): string[] {
    const document = index.documents[doc];
    if (!document) return [];
    const chosen: string[] = [];
    const add = (id: string | undefined) => {
      if (id !== undefined && id !== document.id && !chosen.includes(id)) chosen.push(id);
    };
    for (const id of document.related) if (known.has(id) && chosen.length < options.maxRelated) add(id);
    // Similarity is only worth computing when the editor's own list leaves room.
    if (chosen.length >= options.maxRelated) return chosen;
    for (const other of mostSimilar(doc)) {
      add(index.documents[other]?.id);
      if (chosen.length >= options.maxRelated) break;
    }
    return chosen;
  }

  return (doc) => {
    let related = remembered.get(doc);
    if (!related) remembered.set(doc, (related = compute(doc)));
    return related;
  };
}
