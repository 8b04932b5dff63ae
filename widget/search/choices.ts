import { diceSimilarity, type Candidate } from './phrasing-similarity';

/** Trigrams of an article's title, by its position in the index. */
export type TitleGramsOf = (doc: number) => ReadonlySet<string>;

/**
 * The best `count` articles of a ranking, skipping any whose title is a near-duplicate of one already taken:
 * where several articles answer one question (as on a forum), "did you mean" offers the question once, and the
 * runner-up that counts against the top article is a different question.
 */
export function distinctCandidates(
  ranking: readonly Candidate[],
  titleGramsOf: TitleGramsOf,
  count: number,
  nearDuplicateSimilarity: number,
): Candidate[] {
  const taken: Candidate[] = [];
  for (const candidate of ranking) {
    if (taken.length >= count) break;
    const title = titleGramsOf(candidate.doc);
    if (taken.every((other) => diceSimilarity(title, titleGramsOf(other.doc)) < nearDuplicateSimilarity)) taken.push(candidate);
  }
  return taken;
}
