import type { MatchOptions } from './defaults';

/** What decides whether the top-ranked article is given as the answer. */
export interface AnswerEvidence {
  /** Share of the question's importance the top article covers (0 to 1); low when the question has words no article uses. */
  coverage: number;
  /** Lead of the top score over the runner-up, as a share of the top score (0 to 1); low when articles tie. */
  margin: number;
  /** How many of the question's words the top article has (a synonym or a corrected spelling counts). */
  matchedWords: number;
}

/**
 * Calibrated, not raw: both numbers are relative to the question itself, so one threshold works for a six-article
 * FAQ and for a thousand articles.
 */
export function answerEvidence(
  topScore: number,
  runnerUpScore: number,
  topCoverage: number,
  matchedWords: number,
): AnswerEvidence {
  if (topScore <= 0) return { coverage: 0, margin: 0, matchedWords: 0 };
  return { coverage: topCoverage, margin: Math.max(0, (topScore - runnerUpScore) / topScore), matchedWords };
}

/**
 * How close the evidence comes to both thresholds, from 0 to 1; 1 means the top article is given as the answer.
 * One number for the CLI, events and analytics; the decision itself is `confidence >= 1`.
 */
export function answerConfidence(evidence: AnswerEvidence, options: MatchOptions): number {
  const coverage = Math.min(1, evidence.coverage / options.minCoverage);
  const margin = Math.min(1, evidence.margin / options.minMargin);
  const words = Math.min(1, evidence.matchedWords / options.minMatchedWords);
  return Math.round(coverage * margin * words * 1000) / 1000;
}
