/**
 * Retrieval metrics for `npm run eval`, as the FAQ-retrieval literature defines them (TREC conventions). Pure
 * functions over a ranking and the expected ids, so each can be checked by hand in tests.
 */

/** 1 if the top result is expected, else 0. */
export function precisionAt1(ranking: readonly string[], expected: ReadonlySet<string>): number {
  const top = ranking[0];
  return top !== undefined && expected.has(top) ? 1 : 0;
}

/** Share of the top k results that are expected (always divided by k, as in trec_eval). */
export function precisionAtK(ranking: readonly string[], expected: ReadonlySet<string>, k: number): number {
  return ranking.slice(0, k).filter((id) => expected.has(id)).length / k;
}

/** 1 / rank of the first expected result within the top k, or 0. */
export function reciprocalRankAtK(ranking: readonly string[], expected: ReadonlySet<string>, k: number): number {
  const rank = ranking.slice(0, k).findIndex((id) => expected.has(id));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** Average precision over the top k, divided by the number of expected ids (not only those retrieved). */
export function averagePrecisionAtK(ranking: readonly string[], expected: ReadonlySet<string>, k: number): number {
  if (expected.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranking.slice(0, k).forEach((id, i) => {
    if (!expected.has(id)) return;
    hits += 1;
    sum += hits / (i + 1);
  });
  return sum / expected.size;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** One question as the risk–coverage analysis sees it: how confident the matcher was, and whether its top was right. */
export interface ConfidencePoint {
  confidence: number;
  correct: boolean;
}

/** A point of the risk–coverage curve: answering every question at or above `threshold`. */
export interface CoveragePoint {
  threshold: number;
  /** Share of the questions answered. */
  coverage: number;
  /** Share of the answered questions whose answer is right. */
  precision: number;
}

/**
 * The risk–coverage curve of a confidence ranking (El-Yaniv & Wiener 2010): questions sorted by confidence, most
 * confident first, with one point after each distinct confidence (ties are answered together or not at all).
 */
export function riskCoverageCurve(points: readonly ConfidencePoint[]): CoveragePoint[] {
  const sorted = [...points].sort((a, b) => b.confidence - a.confidence);
  const curve: CoveragePoint[] = [];
  let right = 0;
  sorted.forEach((point, i) => {
    if (point.correct) right++;
    if (sorted[i + 1]?.confidence === point.confidence) return;
    curve.push({ threshold: point.confidence, coverage: (i + 1) / sorted.length, precision: right / (i + 1) });
  });
  return curve;
}

/** The largest coverage at which the answered questions are still at least `precision` right; 0 if none is. */
export function coverageAtPrecision(curve: readonly CoveragePoint[], precision: number): number {
  return curve.reduce((best, point) => (point.precision >= precision ? Math.max(best, point.coverage) : best), 0);
}

/**
 * Area under a risk–coverage curve (`riskCoverageCurve`): the error rate among the k most confident answers, averaged over every k.
 * 0 when every answer is right; lower is better; a ranking that puts its wrong answers last scores lowest.
 */
export function areaUnderRiskCoverage(curve: readonly CoveragePoint[]): number {
  let area = 0;
  let previous = 0;
  for (const point of curve) {
    area += (point.coverage - previous) * (1 - point.precision);
    previous = point.coverage;
  }
  return area;
}
