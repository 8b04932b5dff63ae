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
