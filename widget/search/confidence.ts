import type { AnswerEvidence } from './answer-evidence';
import type { MatchOptions } from './defaults';

/**
 * What the visitor gets: *the* answer; a choice of the closest articles ("Did you mean one of these?"), when the
 * question is on topic but the evidence is middling; or no answer, when nothing fits.
 */
export type MatchOutcome = 'answer' | 'choice' | 'none';

/** The evidence the confidence model reads, in the order of its weights. */
export const EVIDENCE_FEATURES = [
  'coverage',
  'reverseCoverage',
  'margin',
  'distinctMargin',
  'strength',
  'phrasingSimilarity',
  'matchedWords',
  'matchedShare',
  'queryWords',
  'unknownShare',
] as const satisfies readonly (keyof AnswerEvidence)[];

export type EvidenceFeature = (typeof EVIDENCE_FEATURES)[number];

/**
 * A logistic model: the probability that the top article answers the question is
 * `1 / (1 + exp(-(intercept + Σ weight × feature)))`. Fitted by `npm run fit:confidence`. The weights are in
 * `EVIDENCE_FEATURES` order, a list rather than an object by name: the names would cost the app 18 B gzip.
 */
export interface ConfidenceModel {
  intercept: number;
  weights: readonly number[];
}

/**
 * How the model reads each kind of evidence where not as it is: counts of words on a log scale (a second matched
 * word says much more than a sixth), leads by their square root (the first few points of a lead over the
 * runner-up say the most). Each measured in cross-validation against the plain value.
 */
const FEATURE_SCALES: Partial<Record<EvidenceFeature, (value: number) => number>> = {
  margin: Math.sqrt,
  distinctMargin: Math.sqrt,
  matchedWords: Math.log1p,
  queryWords: Math.log1p,
};

/** The evidence as the model reads it, in `EVIDENCE_FEATURES` order. */
export function evidenceFeatures(evidence: AnswerEvidence): number[] {
  return EVIDENCE_FEATURES.map((name) => (FEATURE_SCALES[name] ?? Number)(evidence[name]));
}

/** The estimated probability (0 to 1) that the top article answers the question. */
export function answerProbability(evidence: AnswerEvidence, model: ConfidenceModel): number {
  if (evidence.matchedWords === 0) return 0;
  const features = evidenceFeatures(evidence);
  const logit = features.reduce((sum, feature, i) => sum + (model.weights[i] ?? 0) * feature, model.intercept);
  return 1 / (1 + Math.exp(-logit));
}

/**
 * A lead over the best distinct runner-up below this is a tie (two articles titled alike, the question fitting
 * both), whatever the probability: the model reads the rest of the evidence, which is strong for both. Ties
 * measured 0.004 to 0.009; on the public and log-in sets this changes one answer in a thousand (2026-11-27).
 */
const TIE = 0.01;

/**
 * One probability, two thresholds. A question that shares no meaningful word with any article always gets no
 * answer, never a choice: there is nothing to offer; two distinct articles that tie get a choice, not an answer.
 */
export function decideOutcome(probability: number, evidence: AnswerEvidence, options: MatchOptions): MatchOutcome {
  if (evidence.matchedWords === 0) return 'none';
  if (probability >= options.answerThreshold && evidence.distinctMargin >= TIE) return 'answer';
  return probability >= options.choiceThreshold ? 'choice' : 'none';
}
