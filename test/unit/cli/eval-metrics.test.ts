import { describe, expect, it } from 'vitest';
import { averagePrecisionAtK, precisionAt1, precisionAtK, reciprocalRankAtK } from '../../../build/cli/eval-metrics';
import { summarize } from '../../../build/cli/eval-queries';

const expected = new Set(['a', 'c']);

describe('retrieval metrics', () => {
  it('P@1 looks only at the top result', () => {
    expect(precisionAt1(['a', 'b'], expected)).toBe(1);
    expect(precisionAt1(['b', 'a'], expected)).toBe(0);
    expect(precisionAt1([], expected)).toBe(0);
  });

  it('P@k always divides by k', () => {
    expect(precisionAtK(['a', 'b', 'c'], expected, 5)).toBe(0.4);
  });

  it('MRR@k uses the first expected result within k', () => {
    expect(reciprocalRankAtK(['b', 'x', 'c'], expected, 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRankAtK(['b', 'x', 'c'], expected, 2)).toBe(0);
  });

  it('AP divides by every expected id, retrieved or not (TREC)', () => {
    // hits at ranks 1 and 3: (1/1 + 2/3) / 2
    expect(averagePrecisionAtK(['a', 'b', 'c'], expected, 100)).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecisionAtK(['a'], expected, 100)).toBeCloseTo(0.5);
  });
});

describe('summarize', () => {
  it('scores ranking and answers over answerable queries, and declining over the rest', () => {
    const summary = summarize(
      [
        { query: 'q1', expected: ['a'], answer: 'a', ranking: ['a', 'b'] },
        { query: 'q2', expected: ['b'], answer: null, ranking: ['a', 'b'] },
        { query: 'q3', expected: [], answer: null, ranking: ['a'] },
        { query: 'q4', expected: [], answer: 'a', ranking: ['a'] },
      ],
      0.25,
    );
    expect(summary).toEqual({
      queries: 4,
      p1: 0.5,
      mrr10: 0.75,
      p5: 0.2,
      map100: 0.75,
      answered: 0.5,
      answerP1: 0.5,
      noAnswerAccuracy: 0.5,
      msPerQuery: 0.25,
    });
  });
});
