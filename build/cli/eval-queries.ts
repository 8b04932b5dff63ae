import type { MatchArticle, Matcher, MatchOutcome } from '../../widget/search';
import {
  areaUnderRiskCoverage,
  averagePrecisionAtK,
  coverageAtPrecision,
  mean,
  precisionAt1,
  precisionAtK,
  reciprocalRankAtK,
  riskCoverageCurve,
  type CoveragePoint,
} from './eval-metrics';

/** A query set as `npm run eval` reads it; `expected: []` means the FAQ has no answer and none should be given. */
export interface QuerySet {
  queries: { query: string; expected: string[] }[];
  articles?: { id: string; question: string; answer: string }[];
}

export interface QueryOutcome {
  query: string;
  expected: string[];
  outcome: MatchOutcome;
  answer: string | null;
  confidence: number;
  /** What "did you mean" offers (shown when the outcome is `choice`). */
  choices: string[];
  ranking: string[];
}

export interface EvalSummary {
  queries: number;
  p1: number;
  mrr10: number;
  p5: number;
  map100: number;
  answered: number;
  answerP1: number;
  /** answerP1 ÷ answered: how often a confident answer is right. */
  answerPrecision: number | null;
  noAnswerAccuracy: number | null;
  /** Share of answerable questions that got "did you mean". */
  didYouMean: number;
  /** Of those, the share whose expected article was among the offered choices. */
  choiceRecall: number | null;
  /** Share of answerable questions whose top article was right but which got no answer at all. */
  missedTop: number;
  /** Largest share of answerable questions the confidence ranking can answer at 90% and 95% precision. */
  coverageAtP90: number;
  coverageAtP95: number;
  /** Area under the risk–coverage curve of the answerable questions (lower is better). */
  aurc: number;
  msPerQuery: number;
}

/** A query-set article as the matcher sees it: the question is the title, the answer the body. */
export function querySetArticle(article: { id: string; question: string; answer: string }): MatchArticle {
  return { id: article.id, title: article.question, questions: [], tags: [], text: article.answer, related: [] };
}

/** Runs every query and times the whole run (index building excluded). */
export function runQueries(matcher: Matcher, set: QuerySet): { outcomes: QueryOutcome[]; msPerQuery: number } {
  const started = performance.now();
  const outcomes = set.queries.map(({ query, expected }) => {
    const result = matcher.match(query);
    return {
      query,
      expected,
      outcome: result.outcome,
      answer: result.answer,
      confidence: result.confidence,
      choices: result.choices,
      ranking: result.results.map((r) => r.id),
    };
  });
  const msPerQuery = set.queries.length === 0 ? 0 : (performance.now() - started) / set.queries.length;
  return { outcomes, msPerQuery };
}

/** The risk–coverage curve of the answerable questions, ranked by the matcher's confidence. */
export function confidenceCurve(outcomes: readonly QueryOutcome[]): CoveragePoint[] {
  return riskCoverageCurve(confidencePoints(outcomes));
}

function confidencePoints(outcomes: readonly QueryOutcome[]) {
  return outcomes
    .filter((o) => o.expected.length > 0)
    .map((o) => ({ confidence: o.confidence, correct: o.expected.includes(o.ranking[0] ?? '') }));
}

/** Ranking metrics over answerable queries; answer metrics over both kinds. */
export function summarize(outcomes: readonly QueryOutcome[], msPerQuery: number): EvalSummary {
  const answerable = outcomes.filter((o) => o.expected.length > 0);
  const unanswerable = outcomes.filter((o) => o.expected.length === 0);
  const over = (metric: (o: QueryOutcome, expected: Set<string>) => number): number =>
    mean(answerable.map((o) => metric(o, new Set(o.expected))));
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  const answered = over((o) => (o.outcome === 'answer' ? 1 : 0));
  const answerP1 = over((o, e) => (o.answer !== null && e.has(o.answer) ? 1 : 0));
  const offered = answerable.filter((o) => o.outcome === 'choice');
  const curve = confidenceCurve(outcomes);
  return {
    queries: outcomes.length,
    p1: round(over((o, e) => precisionAt1(o.ranking, e))),
    mrr10: round(over((o, e) => reciprocalRankAtK(o.ranking, e, 10))),
    p5: round(over((o, e) => precisionAtK(o.ranking, e, 5))),
    map100: round(over((o, e) => averagePrecisionAtK(o.ranking, e, 100))),
    answered: round(answered),
    answerP1: round(answerP1),
    answerPrecision: answered === 0 ? null : round(answerP1 / answered),
    noAnswerAccuracy: unanswerable.length === 0 ? null : round(mean(unanswerable.map((o) => (o.answer === null ? 1 : 0)))),
    didYouMean: round(offered.length / Math.max(answerable.length, 1)),
    choiceRecall: offered.length === 0 ? null : round(mean(offered.map((o) => (o.choices.some((id) => o.expected.includes(id)) ? 1 : 0)))),
    missedTop: round(over((o, e) => (o.outcome === 'none' && e.has(o.ranking[0] ?? '') ? 1 : 0))),
    coverageAtP90: round(coverageAtPrecision(curve, 0.9)),
    coverageAtP95: round(coverageAtPrecision(curve, 0.95)),
    aurc: round(areaUnderRiskCoverage(curve)),
    msPerQuery: Math.round(msPerQuery * 1000) / 1000,
  };
}
