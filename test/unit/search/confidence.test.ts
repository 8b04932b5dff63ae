import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, createMatcher } from '../../../widget/search';
import { answerConfidence, answerEvidence } from '../../../widget/search/confidence';

const options = { ...DEFAULT_MATCH_OPTIONS, minCoverage: 0.5, minMargin: 0.1 };

describe('answer confidence', () => {
  it('is 1 only when coverage, margin and matched words all reach their thresholds', () => {
    expect(answerConfidence(answerEvidence(10, 5, 0.9, 3), options)).toBe(1);
    expect(answerConfidence(answerEvidence(10, 5, 0.25, 3), options)).toBe(0.5);
    expect(answerConfidence(answerEvidence(10, 9.5, 0.9, 3), options)).toBe(0.5);
    expect(answerConfidence(answerEvidence(10, 5, 0.9, 1), options)).toBe(0.5);
    expect(answerConfidence(answerEvidence(0, 0, 0, 0), options)).toBe(0);
  });

  it('measures the margin relative to the top score, so it does not depend on the scale of scores', () => {
    expect(answerEvidence(2, 1, 1, 2).margin).toBeCloseTo(answerEvidence(200, 100, 1, 2).margin);
  });

  it('offers a one-word question the closest articles instead of an answer', () => {
    const matcher = createMatcher([
      { id: 'hours', title: 'Opening hours', questions: [], tags: [], text: 'We are open from 9 to 5.', related: [] },
      { id: 'parking', title: 'Parking', questions: [], tags: [], text: 'Parking is free for visitors.', related: [] },
    ]);
    const oneWord = matcher.match('parking');
    expect(oneWord.answer).toBeNull();
    expect(oneWord.confidence).toBe(0.5);
    expect(oneWord.related[0]).toBe('parking');
    expect(matcher.match('is parking free').answer).toBe('parking');
  });

  it('declines a question that is mostly about words no article uses', () => {
    const matcher = createMatcher([
      { id: 'hours', title: 'Opening hours', questions: [], tags: [], text: 'We are open from 9 to 5.', related: [] },
      { id: 'parking', title: 'Parking', questions: [], tags: [], text: 'Parking is free for visitors.', related: [] },
    ]);
    expect(matcher.match('opening hours').answer).toBe('hours');
    expect(matcher.match('hours of the swimming pool sauna restaurant').answer).toBeNull();
  });

  it('declines when two articles tie', () => {
    const matcher = createMatcher([
      { id: 'a', title: 'Invoice copies', questions: [], tags: [], text: 'About invoices.', related: [] },
      { id: 'b', title: 'Invoice copies', questions: [], tags: [], text: 'About invoices.', related: [] },
    ]);
    expect(matcher.match('invoice copies').answer).toBeNull();
    expect(matcher.match('invoice copies').results).toHaveLength(2);
  });
});
