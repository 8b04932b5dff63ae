import { readFile } from 'node:fs/promises';
import { createPackMatcher } from '../../widget/pack-matcher';
import { createMatcher, type Matcher, type MatchOptions } from '../../widget/search';
import { querySetArticle, type QuerySet } from './eval-queries';
import { loadPackFromDir } from './load-pack';

/** Reads a query set as `npm run eval` takes it, or says what shape was expected. */
export async function readQuerySet(file: string): Promise<QuerySet> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
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
