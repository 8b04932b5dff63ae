import { inverseDocumentFrequency, weightedTermFrequency, type SearchIndex } from './search-index';
import type { MatchOptions } from './defaults';

/**
 * Articles to show under an answer: the editor's own `related` list first, in its order, then the articles most
 * similar in content (cosine of their BM25F term weights). Never the answer itself, never one twice.
 */
export function relatedArticles(index: SearchIndex, doc: number, options: MatchOptions): string[] {
  const article = index.articles[doc];
  if (!article) return [];
  const known = new Set(index.articles.map((a) => a.id));
  const chosen: string[] = [];
  for (const id of article.related) {
    if (id !== article.id && known.has(id) && !chosen.includes(id)) chosen.push(id);
    if (chosen.length >= options.maxRelated) return chosen;
  }
  for (const other of mostSimilar(index, doc, options)) {
    const id = index.articles[other]?.id;
    if (id === undefined || id === article.id || chosen.includes(id)) continue;
    chosen.push(id);
    if (chosen.length >= options.maxRelated) break;
  }
  return chosen;
}

function mostSimilar(index: SearchIndex, doc: number, options: MatchOptions): number[] {
  const dot = new Map<number, number>();
  const norms = new Float64Array(index.articles.length);
  for (const [term, postings] of index.postings) {
    const idf = inverseDocumentFrequency(index, term);
    let own = 0;
    for (const posting of postings) {
      const weight = idf * weightedTermFrequency(index, posting, options);
      norms[posting.doc] = (norms[posting.doc] ?? 0) + weight * weight;
      if (posting.doc === doc) own = weight;
    }
    if (own === 0) continue;
    for (const posting of postings) {
      if (posting.doc === doc) continue;
      const weight = idf * weightedTermFrequency(index, posting, options);
      dot.set(posting.doc, (dot.get(posting.doc) ?? 0) + own * weight);
    }
  }
  const ownNorm = Math.sqrt(norms[doc] ?? 0);
  return [...dot]
    .map(([other, product]) => ({ other, similarity: product / (ownNorm * Math.sqrt(norms[other] ?? 1) || 1) }))
    .sort((a, b) => b.similarity - a.similarity)
    .map(({ other }) => other);
}
