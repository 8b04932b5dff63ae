import type { MatchOptions } from './defaults';
import { inverseDocumentFrequency, POSTING_STRIDE, weightedTermFrequency, type PostingList, type SearchIndex } from './search-index';

/** Where `doc` is in a posting list, whose articles are in index order (binary search). */
function postingOffset(list: PostingList, doc: number): number {
  let low = 0;
  let high = list.length / POSTING_STRIDE - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle * POSTING_STRIDE] ?? 0) < doc) low = middle + 1;
    else high = middle;
  }
  return low * POSTING_STRIDE;
}

/** Related article ids of an article, by its position in the index. */
export type RelatedLookup = (doc: number) => string[];

/**
 * Articles to show under an answer: the editor's own `related` list first, in its order, then the articles most
 * similar in content (cosine of their BM25F term weights). Never the answer itself, never one twice. Only each
 * article's vector length and terms are gathered for every article, in one pass on first use; the answer's own
 * similarities come from the posting lists of its terms alone, with no map per term. Each article's list is
 * remembered.
 */
export function createRelatedLookup(index: SearchIndex, options: MatchOptions): RelatedLookup {
  const known = new Set(index.documents.map((document) => document.id));
  const remembered = new Map<number, string[]>();
  let vectors: { squaredNorms: Float64Array; termsOf: string[][] } | null = null;

  /** Each article's squared vector length over all its terms, and the terms it has, in one pass. */
  function articleVectors(): { squaredNorms: Float64Array; termsOf: string[][] } {
    if (vectors) return vectors;
    const squaredNorms = new Float64Array(index.documents.length);
    const termsOf: string[][] = index.documents.map(() => []);
    for (const [term, list] of index.postings) {
      const idf = inverseDocumentFrequency(index, term);
      for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
        const weight = idf * weightedTermFrequency(index, list, offset, options);
        const doc = list[offset] ?? 0;
        squaredNorms[doc] = (squaredNorms[doc] ?? 0) + weight * weight;
        termsOf[doc]?.push(term);
      }
    }
    return (vectors = { squaredNorms, termsOf });
  }

  /** The `count` articles most similar to `doc`, best first. */
  function mostSimilar(doc: number, count: number): number[] {
    const { squaredNorms: squared, termsOf } = articleVectors();
    const dot = new Float64Array(index.documents.length);
    for (const term of termsOf[doc] ?? []) {
      const list = index.postings.get(term) ?? [];
      const idf = inverseDocumentFrequency(index, term);
      const own = idf * weightedTermFrequency(index, list, postingOffset(list, doc), options);
      for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
        const other = list[offset] ?? 0;
        if (other !== doc) dot[other] = (dot[other] ?? 0) + own * idf * weightedTermFrequency(index, list, offset, options);
      }
    }
    const ownNorm = Math.sqrt(squared[doc] ?? 0);
    const best: { other: number; similarity: number }[] = [];
    // The best `count` kept in order as they come: a sort of every article would cost more than the sums.
    dot.forEach((product, other) => {
      if (product <= 0) return;
      const similarity = product / (ownNorm * Math.sqrt(squared[other] ?? 1) || 1);
      if (best.length === count && similarity <= (best[count - 1]?.similarity ?? 0)) return;
      const place = best.findIndex((b) => similarity > b.similarity);
      best.splice(place === -1 ? best.length : place, 0, { other, similarity });
      if (best.length > count) best.pop();
    });
    return best.map(({ other }) => other);
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
    // Asks for enough that the editor's choices, if also among the most similar, still leave a full list.
    for (const other of mostSimilar(doc, options.maxRelated + chosen.length + 1)) {
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
