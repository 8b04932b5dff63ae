import { analyzeWords } from './analyze';
import type { MatchOptions } from './defaults';

/** What the matcher needs of an article: a subset of the content pack's article, so any source can feed it. */
export interface MatchArticle {
  id: string;
  title: string;
  questions: readonly string[];
  tags: readonly string[];
  text: string;
  related: readonly string[];
}

export const FIELDS = ['title', 'questions', 'tags', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** One article's occurrences of one term, counted per field in `FIELDS` order. */
export interface Posting {
  doc: number;
  fieldCounts: number[];
}

/**
 * An inverted index with per-field statistics, the input of BM25F. Built once per content pack; everything a
 * query needs is a map look-up from here.
 */
export interface SearchIndex {
  articles: readonly MatchArticle[];
  postings: Map<string, Posting[]>;
  /** Length in terms of each field of each article: `fieldLengths[doc][field]`. */
  fieldLengths: number[][];
  averageFieldLengths: number[];
  /** Every written form seen in the articles, mapped to its term; typo correction searches these. */
  surfaceToTerm: Map<string, string>;
}

function fieldTexts(article: MatchArticle): string[] {
  return [article.title, article.questions.join('\n'), article.tags.join('\n'), article.text];
}

export function buildSearchIndex(articles: readonly MatchArticle[]): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const surfaceToTerm = new Map<string, string>();
  const fieldLengths: number[][] = [];
  const totals = FIELDS.map(() => 0);

  articles.forEach((article, doc) => {
    const lengths = fieldTexts(article).map((text, field) => {
      const words = analyzeWords(text);
      for (const { surface, term } of words) {
        surfaceToTerm.set(surface, term);
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        let posting = list[list.length - 1];
        if (posting?.doc !== doc) list.push((posting = { doc, fieldCounts: FIELDS.map(() => 0) }));
        posting.fieldCounts[field] = (posting.fieldCounts[field] ?? 0) + 1;
      }
      totals[field] = (totals[field] ?? 0) + words.length;
      return words.length;
    });
    fieldLengths.push(lengths);
  });

  const count = Math.max(articles.length, 1);
  return {
    articles,
    postings,
    fieldLengths,
    averageFieldLengths: totals.map((total) => Math.max(total / count, 1)),
    surfaceToTerm,
  };
}

/** BM25's inverse document frequency; a term no article has gets the highest value, as if it appeared in none. */
export function inverseDocumentFrequency(index: SearchIndex, term: string): number {
  const documentFrequency = index.postings.get(term)?.length ?? 0;
  const total = index.articles.length;
  return Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25F's pooled term frequency: each field's count, length-normalised with its own b, times its weight. */
export function weightedTermFrequency(index: SearchIndex, posting: Posting, options: MatchOptions): number {
  const lengths = index.fieldLengths[posting.doc] ?? [];
  let pooled = 0;
  FIELDS.forEach((field, i) => {
    const count = posting.fieldCounts[i] ?? 0;
    if (count === 0) return;
    const b = options.fieldB[field];
    const relativeLength = (lengths[i] ?? 0) / (index.averageFieldLengths[i] ?? 1);
    pooled += (options.fieldWeights[field] * count) / (1 - b + b * relativeLength);
  });
  return pooled;
}
