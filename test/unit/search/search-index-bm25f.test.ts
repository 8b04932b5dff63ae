import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from '../../../widget/search/defaults';
import type { AnalysedDocument } from '../../../widget/search/search-corpus';
import {
  averageFieldLengths,
  buildSearchIndex,
  documentFrequency,
  inverseDocumentFrequency,
  weightedTermFrequency,
} from '../../../widget/search/search-index';

function article(id: string, fields: string[][]): AnalysedDocument {
  return { id, phrasings: [], related: [], fields };
}

// Fields in order: title, questions, tags, body.
const documents = [
  article('a', [['login', 'email'], ['login'], [], ['login', 'password', 'login']]),
  article('b', [['password'], [], ['login'], ['reset', 'password', 'password', 'email', 'reset', 'phone']]),
  article('c', [[], ['email', 'email'], ['login', 'login'], []]),
];
const index = buildSearchIndex(documents);

describe('the inverted index', () => {
  it('lists each article with a term once, with its count in each field', () => {
    expect(index.postings.get('login')).toEqual([0, 1, 1, 0, 2, 1, 0, 0, 1, 0, 2, 0, 0, 2, 0]);
    expect(index.postings.get('email')).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 2, 0, 0]);
    expect(index.postings.get('password')).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 2]);
    expect([...index.postings.keys()].sort()).toEqual(['email', 'login', 'password', 'phone', 'reset']);
  });

  it('records each field’s length per article and the average per field', () => {
    expect([...index.fieldLengths]).toEqual([2, 1, 0, 3, 1, 0, 1, 6, 0, 2, 2, 0]);
    expect(index.averageFieldLengths).toEqual([1, 1, 1, 3]);
  });

  it('averages each field on its own, never below 1', () => {
    const lengths = new Uint32Array([4, 0, 1, 9, 2, 0, 0, 3]);
    expect(averageFieldLengths(lengths, 2)).toEqual([3, 1, 1, 6]);
    expect(averageFieldLengths(new Uint32Array([5, 7, 2, 8]), 1)).toEqual([5, 7, 2, 8]);
    expect(averageFieldLengths(new Uint32Array(0), 0)).toEqual([1, 1, 1, 1]);
    // Only the first `documentCount` articles count.
    expect(averageFieldLengths(lengths, 1)).toEqual([4, 1, 1, 9]);
  });

  it('counts document frequency and BM25 IDF', () => {
    expect(documentFrequency(index, 'login')).toBe(3);
    expect(documentFrequency(index, 'reset')).toBe(1);
    expect(documentFrequency(index, 'absent')).toBe(0);
    expect(inverseDocumentFrequency(index, 'reset')).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 12);
    expect(inverseDocumentFrequency(index, 'absent')).toBeCloseTo(Math.log(1 + 3.5 / 0.5), 12);
  });
});

describe('BM25F pooled term frequency', () => {
  const offsetOf = (term: string, doc: number): number => {
    const list = index.postings.get(term) ?? [];
    for (let offset = 0; offset < list.length; offset += 5) if (list[offset] === doc) return offset;
    throw new Error(`${term} not in ${doc}`);
  };
  const tf = (term: string, doc: number, options: MatchOptions = DEFAULT_MATCH_OPTIONS) =>
    weightedTermFrequency(index, index.postings.get(term) ?? [], offsetOf(term, doc), options);

  it('weights each field’s count and normalises it by the field’s length against the average', () => {
    // Article a: title 2/1 long, b 0.6; questions 1/1, b 0.5; body 3/3, b 0.75.
    expect(tf('login', 0)).toBeCloseTo((10 * 1) / (0.4 + 0.6 * 2) + (4 * 1) / (0.5 + 0.5 * 1) + (1 * 2) / (0.25 + 0.75 * 1), 12);
    // Article b: tags 1/1, b 0.3; body 6/3.
    expect(tf('login', 1)).toBeCloseTo(2 / (0.7 + 0.3), 12);
    expect(tf('password', 1)).toBeCloseTo(10 / 1 + (1 * 2) / (0.25 + 0.75 * 2), 12);
    expect(tf('email', 2)).toBeCloseTo((4 * 2) / (0.5 + 0.5 * 2), 12);
  });

  it('skips empty fields, so full length normalisation (b = 1) of an empty field stays finite', () => {
    const full: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, fieldB: { title: 1, questions: 1, tags: 1, body: 1 } };
    // Article c has an empty title and body.
    expect(tf('login', 2, full)).toBeCloseTo((2 * 2) / 2, 12);
    expect(tf('email', 2, full)).toBeCloseTo((4 * 2) / 2, 12);
  });
});
