import type { MatchArticle, Matcher } from '../../widget/search';
import { averagePrecisionAtK, mean, precisionAt1, precisionAtK, reciprocalRankAtK } from './eval-metrics';

/** A query set as `npm run eval` reads it; `expected: []` means the FAQ has no answer and none should be given. */
export interface QuerySet {
  queries: { query: string; expected: string[] }[];
  articles?: { id: string; question: string; answer: string }[];
}

export interface QueryOutcome {
  query: string;
  expected: string[];
  answer: string | null;
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
  noAnswerAccuracy: number | null;
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
    return { query, expected, answer: result.answer, ranking: result.results.map((r) => r.id) };
  });
  const msPerQuery = set.queries.length === 0 ? 0 : (performance.now() - started) / set.queries.length;
  return { outcomes, msPerQuery };
}

/** Ranking metrics over answerable queries; answer metrics over both kinds. */
export function summarize(outcomes: readonly QueryOutcome[], msPerQuery: number): EvalSummary {
  const answerable = outcomes.filter((o) => o.expected.length > 0);
  const unanswerable = outcomes.filter((o) => o.expected.length === 0);
  const over = (metric: (o: QueryOutcome, expected: Set<string>) => number): number =>
    mean(answerable.map((o) => metric(o, new Set(o.expected))));
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    queries: outcomes.length,
    p1: round(over((o, e) => precisionAt1(o.ranking, e))),
    mrr10: round(over((o, e) => reciprocalRankAtK(o.ranking, e, 10))),
    p5: round(over((o, e) => precisionAtK(o.ranking, e, 5))),
    map100: round(over((o, e) => averagePrecisionAtK(o.ranking, e, 100))),
    answered: round(over((o) => (o.answer !== null ? 1 : 0))),
    answerP1: round(over((o, e) => (o.answer !== null && e.has(o.answer) ? 1 : 0))),
    noAnswerAccuracy: unanswerable.length === 0 ? null : round(mean(unanswerable.map((o) => (o.answer === null ? 1 : 0)))),
    msPerQuery: Math.round(msPerQuery * 1000) / 1000,
  };
}
