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

interface ArticleVectors {
  squaredNorms: Float64Array;
  termsOf: string[][];
  /** Per term, each posting's weighted term frequency, in the list's order. */
  frequencies: Map<string, Float64Array>;
}

/**
 * Articles to show under an answer: the editor's own `related` list first, in its order, then the articles most
 * similar in content (cosine of their BM25F term weights). Never the answer itself, never one twice. Only each
 * article's vector length, terms and posting weights are gathered, in one pass on first use; the answer's own
 * similarities come from the posting lists of its terms alone, with no map per term. Each article's list is
 * remembered.
 */
export function createRelatedLookup(index: SearchIndex, options: MatchOptions): RelatedLookup {
  const known = new Set(index.documents.map((document) => document.id));
  const remembered = new Map<number, string[]>();
  let vectors: ArticleVectors | null = null;
  // One article's dot products with the others, reused: only the entries it touched are read and cleared, so
  // an article costs its terms' posting lists, not a pass over every article (50,000 articles: 50,000 passes).
  let dot: Float64Array | null = null;

  /**
   * Each article's squared vector length over all its terms and the terms it has, and each posting's weighted
   * term frequency (in its list's order), in one pass.
   */
  function articleVectors(): ArticleVectors {
    if (vectors) return vectors;
    const squaredNorms = new Float64Array(index.documents.length);
    const termsOf: string[][] = index.documents.map(() => []);
    const frequencies = new Map<string, Float64Array>();
    for (const [term, list] of index.postings) {
      const idf = inverseDocumentFrequency(index, term);
      const frequency = new Float64Array(list.length / POSTING_STRIDE);
      for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
        const tf = weightedTermFrequency(index, list, offset, options);
        frequency[offset / POSTING_STRIDE] = tf;
        const weight = idf * tf;
        const doc = list[offset] ?? 0;
        squaredNorms[doc] = (squaredNorms[doc] ?? 0) + weight * weight;
        termsOf[doc]?.push(term);
      }
      frequencies.set(term, frequency);
    }
    return (vectors = { squaredNorms, termsOf, frequencies });
  }

  /** The `count` articles most similar to `doc`, best first. */
  function mostSimilar(doc: number, count: number): number[] {
    const { squaredNorms: squared, termsOf, frequencies } = articleVectors();
    const products = (dot ??= new Float64Array(index.documents.length));
    const touched: number[] = [];
    for (const term of termsOf[doc] ?? []) {
      const list = index.postings.get(term) ?? [];
      const frequency = frequencies.get(term) ?? new Float64Array(0);
      const idf = inverseDocumentFrequency(index, term);
      // (own × idf) × the other's frequency: the order the sum has always been taken in, to the last bit.
      const scale = idf * (frequency[postingOffset(list, doc) / POSTING_STRIDE] ?? 0) * idf;
      for (let offset = 0, posting = 0; offset < list.length; offset += POSTING_STRIDE, posting++) {
        const other = list[offset] ?? 0;
        if (other === doc) continue;
        // Every term's weight is positive, so a product still 0 is one not touched yet.
        if (products[other] === 0) touched.push(other);
        products[other] = (products[other] ?? 0) + scale * (frequency[posting] ?? 0);
      }
    }
    const ownNorm = Math.sqrt(squared[doc] ?? 0);
    const best: { other: number; similarity: number }[] = [];
    // In article order, as ties have always been broken: sorted when few were touched, else every article in
    // turn (cheaper than sorting most of them). The best `count` kept in order as they come.
    const inOrder = touched.length * 16 < products.length ? touched.sort((a, b) => a - b) : products.keys();
    for (const other of inOrder) {
      const product = products[other] ?? 0;
      products[other] = 0;
      if (product <= 0) continue;
      const similarity = product / (ownNorm * Math.sqrt(squared[other] ?? 1) || 1);
      if (best.length === count && similarity <= (best[count - 1]?.similarity ?? 0)) continue;
      const place = best.findIndex((b) => similarity > b.similarity);
      best.splice(place === -1 ? best.length : place, 0, { other, similarity });
      if (best.length > count) best.pop();
    }
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
