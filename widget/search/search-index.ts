import type { MatchOptions } from './defaults';
import { FIELDS, type AnalysedDocument, type SearchDocument } from './search-corpus';

const FIELD_COUNT = FIELDS.length;

/**
 * Every article that has one term, as flat numbers: for each article its position, then its count of the term
 * in each field (`FIELDS` order). Flat arrays rather than an object per article keep a 10,000-article index
 * quick to build and light on memory.
 */
export type PostingList = number[];

/** Numbers per article in a `PostingList`. */
export const POSTING_STRIDE = 1 + FIELD_COUNT;

/**
 * An inverted index with per-field statistics, the input of BM25F. Built once per content pack; everything a
 * query needs is a map look-up from here.
 */
export interface SearchIndex {
  documents: readonly SearchDocument[];
  postings: Map<string, PostingList>;
  /** Length in terms of each field of each article, at `doc * FIELDS.length + field`. */
  fieldLengths: Uint32Array;
  averageFieldLengths: number[];
}

/** Each field's average length over the articles, at least 1 (BM25F divides by it). */
export function averageFieldLengths(fieldLengths: Uint32Array, documentCount: number): number[] {
  return FIELDS.map((_, field) => {
    let total = 0;
    for (let doc = 0; doc < documentCount; doc++) total += fieldLengths[doc * FIELD_COUNT + field] ?? 0;
    return Math.max(total / Math.max(documentCount, 1), 1);
  });
}

export function buildSearchIndex(documents: readonly AnalysedDocument[]): SearchIndex {
  const postings = new Map<string, PostingList>();
  const fieldLengths = new Uint32Array(documents.length * FIELD_COUNT);

  documents.forEach((document, doc) => {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const terms = document.fields[field] ?? [];
      for (const term of terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        if (list[list.length - POSTING_STRIDE] !== doc) list.push(doc, 0, 0, 0, 0);
        list[list.length - FIELD_COUNT + field] = (list[list.length - FIELD_COUNT + field] ?? 0) + 1;
      }
      fieldLengths[doc * FIELD_COUNT + field] = terms.length;
    }
  });

  return { documents, postings, fieldLengths, averageFieldLengths: averageFieldLengths(fieldLengths, documents.length) };
}

/** How many articles have the term. */
export function documentFrequency(index: SearchIndex, term: string): number {
  return (index.postings.get(term)?.length ?? 0) / POSTING_STRIDE;
}

/** Whether the article at position `doc` has the term, in any field. */
export function articleHasTerm(index: SearchIndex, term: string, doc: number): boolean {
  const list = index.postings.get(term) ?? [];
  for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) if (list[offset] === doc) return true;
  return false;
}

/** BM25's inverse document frequency; a term no article has gets the highest value, as if it appeared in none. */
export function inverseDocumentFrequency(index: SearchIndex, term: string): number {
  const frequency = documentFrequency(index, term);
  const total = index.documents.length;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}

/**
 * BM25F's pooled term frequency of the article at `offset` in `list`: each field's count, length-normalised with
 * its own b, times its weight.
 */
export function weightedTermFrequency(index: SearchIndex, list: PostingList, offset: number, options: MatchOptions): number {
  const doc = list[offset] ?? 0;
  let pooled = 0;
  for (let field = 0; field < FIELD_COUNT; field++) {
    const count = list[offset + 1 + field] ?? 0;
    if (count === 0) continue;
    const name = FIELDS[field] ?? 'body';
    const b = options.fieldB[name];
    const relativeLength = (index.fieldLengths[doc * FIELD_COUNT + field] ?? 0) / (index.averageFieldLengths[field] ?? 1);
    pooled += (options.fieldWeights[name] * count) / (1 - b + b * relativeLength);
  }
  return pooled;
}
