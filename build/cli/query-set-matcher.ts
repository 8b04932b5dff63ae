import { readFile } from 'node:fs/promises';
import { createPackMatcher } from '../../widget/pack-matcher';
import { createMatcher, type Matcher, type MatchOptions } from '../../widget/search';
import { querySetArticle, type QuerySet } from './eval-queries';
import { editDistance } from '../../widget/search/edit-distance';
import { loadPackFromDir } from './load-pack';

/** Reads a query set as `npm run eval` takes it, or says what shape was expected. */
export async function readQuerySet(file: string): Promise<QuerySet> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file} could not be read (${error.code === 'ENOENT' ? 'there is no such file' : error.message}): give a question set, e.g. npm run eval -- test/fixtures/login-faq-queries.json`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON: a question set is {"queries": [{"query": "...", "expected": ["id", ...]}]}`);
  }
  const queries = (data as QuerySet | null)?.queries;
  if (!Array.isArray(queries) || !queries.every((q) => typeof q?.query === 'string' && Array.isArray(q.expected))) {
    throw new Error(`${file}: expected {"queries": [{"query": "...", "expected": ["id", ...]}]}`);
  }
  return data as QuerySet;
}

/** The matcher a query set is asked of: over its own articles when it has them, else over a content folder. */
export async function matcherForQuerySet(set: QuerySet, contentDir: string, options: Partial<MatchOptions> = {}): Promise<Matcher> {
  return Array.isArray(set.articles)
    ? createMatcher(set.articles.map(querySetArticle), { options })
    : createPackMatcher(await loadPackFromDir(contentDir), options);
}

/** The ids of the articles a query set is asked of: its own, else the content folder's. */
export async function articleIdsForQuerySet(set: QuerySet, contentDir: string): Promise<Set<string>> {
  const articles = Array.isArray(set.articles) ? set.articles : (await loadPackFromDir(contentDir)).articles;
  return new Set(articles.map((article) => article.id));
}

/**
 * The expected ids of a query set that are no article it is asked of (a typo, an article renamed or deleted since
 * the set was written), each with the closest id there is: such a question counts as a miss however it is answered.
 */
export function unknownExpectedIds(set: QuerySet, ids: ReadonlySet<string>): string[] {
  const unknown = [...new Set(set.queries.flatMap((query) => query.expected))].filter((id) => !ids.has(id));
  return unknown.map((id) => {
    const closest = [...ids].map((other) => ({ other, distance: editDistance(id, other, 3) })).sort((a, b) => a.distance - b.distance)[0];
    return closest && closest.distance <= 3 ? `"${id}" (did you mean "${closest.other}"?)` : `"${id}"`;
  });
}
