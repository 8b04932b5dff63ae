import { describe, expect, it } from 'vitest';
import {
  areaUnderRiskCoverage,
  averagePrecisionAtK,
  coverageAtPrecision,
  precisionAt1,
  precisionAtK,
  reciprocalRankAtK,
  riskCoverageCurve,
} from '../../../build/cli/eval-metrics';
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
    // The k-th result is inside the cut, the (k+1)-th outside it.
    expect(reciprocalRankAtK(['b', 'x', 'c'], expected, 3)).toBeCloseTo(1 / 3);
  });

  it('AP@k counts a hit at rank k and none after it', () => {
    expect(averagePrecisionAtK(['b', 'x', 'c'], expected, 3)).toBeCloseTo(1 / 3 / 2);
    expect(averagePrecisionAtK(['b', 'x', 'c'], expected, 2)).toBe(0);
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
        { query: 'q1', expected: ['a'], outcome: 'answer', answer: 'a', confidence: 0.9, choices: ['a', 'b'], ranking: ['a', 'b'] },
        { query: 'q2', expected: ['b'], outcome: 'choice', answer: null, confidence: 0.3, choices: ['a', 'b'], ranking: ['a', 'b'] },
        { query: 'q3', expected: [], outcome: 'none', answer: null, confidence: 0.01, choices: ['a'], ranking: ['a'] },
        { query: 'q4', expected: [], outcome: 'answer', answer: 'a', confidence: 0.8, choices: ['a'], ranking: ['a'] },
        { query: 'q5', expected: ['b'], outcome: 'none', answer: null, confidence: 0.02, choices: ['b', 'a'], ranking: ['b', 'a'] },
        { query: 'q6', expected: ['c'], outcome: 'choice', answer: null, confidence: 0.4, choices: ['a', 'b'], ranking: ['a', 'b', 'c'] },
      ],
      0.25,
    );
    expect(summary).toEqual({
      queries: 6,
      p1: 0.5,
      mrr10: 0.708,
      p5: 0.2,
      map100: 0.708,
      answered: 0.25,
      answerP1: 0.25,
      answerPrecision: 1,
      noAnswerAccuracy: 0.5,
      didYouMean: 0.5,
      choiceRecall: 0.5,
      missedTop: 0.25,
      // Ranked by confidence: q1 right (0.9), q6 wrong (0.4), q2 wrong (0.3), q5 right (0.02).
      coverageAtP90: 0.25,
      coverageAtP95: 0.25,
      aurc: 0.417,
      msPerQuery: 0.25,
    });
  });
});

describe('risk and coverage', () => {
  const points = [
    { confidence: 0.9, correct: true },
    { confidence: 0.8, correct: true },
    { confidence: 0.5, correct: false },
    { confidence: 0.5, correct: true },
    { confidence: 0.1, correct: false },
  ];

  it('answers the most confident first and ties together', () => {
    expect(riskCoverageCurve(points)).toEqual([
      { threshold: 0.9, coverage: 0.2, precision: 1 },
      { threshold: 0.8, coverage: 0.4, precision: 1 },
      { threshold: 0.5, coverage: 0.8, precision: 0.75 },
      { threshold: 0.1, coverage: 1, precision: 0.6 },
    ]);
  });

  it('finds the largest coverage at a precision', () => {
    const curve = riskCoverageCurve(points);
    expect(coverageAtPrecision(curve, 0.9)).toBe(0.4);
    expect(coverageAtPrecision(curve, 0.75)).toBe(0.8);
    expect(coverageAtPrecision(curve, 0.6)).toBe(1);
    expect(coverageAtPrecision(riskCoverageCurve([{ confidence: 1, correct: false }]), 0.5)).toBe(0);
  });

  it('integrates the error rate over coverage, lowest when the wrong answers come last', () => {
    // Steps of 0.2, 0.2, 0.4 and 0.2 coverage at risks 0, 0, 0.25 and 0.4.
    expect(areaUnderRiskCoverage(riskCoverageCurve(points))).toBeCloseTo(0.4 * 0.25 + 0.2 * 0.4);
    const best = areaUnderRiskCoverage(riskCoverageCurve([
      { confidence: 0.9, correct: true },
      { confidence: 0.1, correct: false },
    ]));
    const worst = areaUnderRiskCoverage(riskCoverageCurve([
      { confidence: 0.9, correct: false },
      { confidence: 0.1, correct: true },
    ]));
    expect(best).toBeCloseTo(0.25);
    expect(worst).toBeCloseTo(0.75);
  });
});
