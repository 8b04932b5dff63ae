import type { SearchDocument } from './search-corpus';
import { averageFieldLengths, POSTING_STRIDE, type PostingList, type SearchIndex } from './search-index';

/**
 * A search index as the content pack ships it: built once by the content build, so the visitor's browser only
 * reads it (a `JSON.parse` of number lists) instead of counting every word of every article on page load.
 */
export interface PackedIndex {
  /** The index terms, space-separated, in the order of `postings`. */
  terms: string;
  /**
   * Per term, for each article that has it: the article's position as the gap from the previous article in the
   * list (small numbers, so the pack stays small), then the term's count in each field (`FIELDS` order).
   */
  postings: number[][];
  /** Each article's length in terms, per field: `article * FIELDS.length + field`. */
  fieldLengths: number[];
}

export function packSearchIndex(index: SearchIndex): PackedIndex {
  const postings = [...index.postings.values()].map((list) => {
    const gaps = [...list];
    for (let offset = gaps.length - POSTING_STRIDE; offset > 0; offset -= POSTING_STRIDE) {
      gaps[offset] = (list[offset] ?? 0) - (list[offset - POSTING_STRIDE] ?? 0);
    }
    return gaps;
  });
  return { terms: [...index.postings.keys()].join(' '), postings, fieldLengths: [...index.fieldLengths] };
}

/** The index a `PackedIndex` was made from, for the same articles in the same order. */
export function restoreSearchIndex(documents: readonly SearchDocument[], packed: PackedIndex): SearchIndex {
  const terms = packed.terms === '' ? [] : packed.terms.split(' ');
  const postings = new Map<string, PostingList>();
  for (let i = 0; i < terms.length; i++) {
    // A copy: the same pack may serve more than one matcher (the CLI and the tests make several).
    const list = (packed.postings[i] ?? []).slice();
    for (let offset = POSTING_STRIDE; offset < list.length; offset += POSTING_STRIDE) {
      list[offset] = (list[offset] ?? 0) + (list[offset - POSTING_STRIDE] ?? 0);
    }
    postings.set(terms[i] ?? '', list);
  }
  const fieldLengths = Uint32Array.from(packed.fieldLengths);
  return { documents, postings, fieldLengths, averageFieldLengths: averageFieldLengths(fieldLengths, documents.length) };
}
