import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, createMatcher, type AnswerEvidence } from '../../../widget/search';
import { NO_EVIDENCE } from '../../../widget/search/answer-evidence';
import { answerProbability, decideOutcome, EVIDENCE_FEATURES, evidenceFeatures } from '../../../widget/search/confidence';

const STRONG: AnswerEvidence = {
  coverage: 1,
  reverseCoverage: 1,
  margin: 0.64,
  distinctMargin: 0.64,
  strength: 0.7,
  phrasingSimilarity: 0.9,
  matchedWords: 3,
  matchedShare: 1,
  queryWords: 3,
  unknownShare: 0,
};

const ARTICLES = [
  { id: 'post', title: 'Invoice copies by post', questions: [], tags: [], text: 'We send invoice copies by post on request.', related: [] },
  { id: 'mail', title: 'Invoice copies by email', questions: [], tags: [], text: 'We send invoice copies by email on request.', related: [] },
  { id: 'hours', title: 'Opening hours', questions: [], tags: [], text: 'We are open from 9 to 5.', related: [] },
  { id: 'parking', title: 'Parking', questions: [], tags: [], text: 'Parking is free for visitors.', related: [] },
  { id: 'reset-self', title: 'Reset a forgotten password', questions: [], tags: [], text: 'Use the reset link on the log-in page.', related: [] },
  { id: 'reset-admin', title: 'Reset a forgotten password', questions: [], tags: [], text: 'Ask your administrator to reset it.', related: [] },
];

describe('the confidence model', () => {
  it('reads leads by their square root and word counts on a log scale, everything else as it is', () => {
    const features = evidenceFeatures(STRONG);
    const at = (name: (typeof EVIDENCE_FEATURES)[number]) => features[EVIDENCE_FEATURES.indexOf(name)];
    expect(at('margin')).toBeCloseTo(0.8);
    expect(at('distinctMargin')).toBeCloseTo(0.8);
    expect(at('matchedWords')).toBeCloseTo(Math.log(4));
    expect(at('queryWords')).toBeCloseTo(Math.log(4));
    expect(at('coverage')).toBe(1);
    expect(at('strength')).toBe(0.7);
  });

  it('is the logistic function of the fitted coefficients in defaults.ts', () => {
    const { intercept, weights } = DEFAULT_MATCH_OPTIONS.confidenceModel;
    const features = evidenceFeatures(STRONG);
    expect(weights).toHaveLength(EVIDENCE_FEATURES.length);
    const logit = EVIDENCE_FEATURES.reduce((sum, _name, i) => sum + weights[i]! * features[i]!, intercept);
    expect(answerProbability(STRONG, DEFAULT_MATCH_OPTIONS.confidenceModel)).toBeCloseTo(1 / (1 + Math.exp(-logit)), 10);
  });

  it('rises with each kind of good evidence and falls with words no article uses', () => {
    const model = DEFAULT_MATCH_OPTIONS.confidenceModel;
    const base = answerProbability(STRONG, model);
    expect(answerProbability({ ...STRONG, distinctMargin: 0, margin: 0 }, model)).toBeLessThan(base);
    expect(answerProbability({ ...STRONG, phrasingSimilarity: 0.2 }, model)).toBeLessThan(base);
    expect(answerProbability({ ...STRONG, coverage: 0.3, unknownShare: 0.7, matchedShare: 0.3 }, model)).toBeLessThan(base);
    expect(answerProbability(NO_EVIDENCE, model)).toBe(0);
  });
});

describe('the three outcomes', () => {
  const options = { ...DEFAULT_MATCH_OPTIONS, answerThreshold: 0.5, choiceThreshold: 0.05 };

  it('answers at or above the answer threshold, offers a choice below it, and gives up below the choice threshold', () => {
    expect(decideOutcome(0.5, STRONG, options)).toBe('answer');
    expect(decideOutcome(0.49, STRONG, options)).toBe('choice');
    expect(decideOutcome(0.05, STRONG, options)).toBe('choice');
    expect(decideOutcome(0.049, STRONG, options)).toBe('none');
  });

  it('offers a choice, not an answer, when two distinct articles tie, however likely the top one looks', () => {
    expect(decideOutcome(0.9, { ...STRONG, distinctMargin: 0.005 }, options)).toBe('choice');
    expect(decideOutcome(0.9, { ...STRONG, distinctMargin: 0.01 }, options)).toBe('answer');
  });

  it('never offers a choice for a question that shares no word with any article', () => {
    expect(decideOutcome(0.9, { ...STRONG, matchedWords: 0 }, options)).toBe('none');
  });

  const matcher = createMatcher(ARTICLES);

  it('answers a question that one article plainly answers', () => {
    const result = matcher.match('what are the opening hours?');
    expect(result.outcome).toBe('answer');
    expect(result.answer).toBe('hours');
    expect(result.confidence).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
  });

  it('asks "did you mean" when two different articles fit equally, offering both', () => {
    // "invoice copies" fits both titles word for word: the model alone gave it 0.57, an answer (2026-11-27).
    for (const question of ['need copies of invoices', 'invoice copies', 'can I get invoice copies']) {
      const result = matcher.match(question);
      expect(result.outcome, question).toBe('choice');
      expect(result.answer).toBeNull();
      expect(result.choices.slice(0, 2).sort()).toEqual(['mail', 'post']);
    }
  });

  it('asks rather than answers a question mostly about words no article uses', () => {
    const result = matcher.match('hours of the swimming pool sauna restaurant');
    expect(result.outcome).not.toBe('answer');
    expect(result.evidence.unknownShare).toBeGreaterThan(0.5);
  });

  it('gives no answer and no choice when no article shares a word with the question', () => {
    const result = matcher.match("what's the weather in Tokyo?");
    expect(result.outcome).toBe('none');
    expect(result.confidence).toBe(0);
    expect(result.choices).toEqual([]);
  });

  it('answers with either of two copies of one question, and offers that question once', () => {
    const result = matcher.match('how do I reset a forgotten password');
    expect(result.outcome).toBe('answer');
    expect(['reset-self', 'reset-admin']).toContain(result.answer);
    expect(result.evidence.margin).toBeLessThan(0.1);
    expect(result.evidence.distinctMargin).toBe(1);
    expect(result.choices.filter((id) => id.startsWith('reset'))).toHaveLength(1);
  });

  it('leaves out the articles it is told to, as if the FAQ did not have them', () => {
    const result = matcher.match('what are the opening hours?', { without: new Set(['hours']) });
    expect(result.results.map((r) => r.id)).not.toContain('hours');
    expect(result.outcome).not.toBe('answer');
  });
});
