import { readFile } from 'node:fs/promises';
import type { ContentPack } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import { createMatcher, type Matcher, type MatchOptions } from '../../widget/search';
import { querySetArticle, type QuerySet } from './eval-queries';
import { editDistance } from '../../widget/search/edit-distance';
import { fileErrorInWords } from './file-errors';
import { loadPackFromDir } from './load-pack';

/** Reads a query set as `npm run eval` takes it, or says what shape was expected. */
export async function readQuerySet(file: string): Promise<QuerySet> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file} could not be read (${fileErrorInWords(error, 'file')}): give a question set, e.g. npm run eval -- test/fixtures/login-faq-queries.json`);
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

/**
 * The content a query set is asked of: null when it has its own articles, else the content folder's pack, compiled
 * once for the matcher, the ids and the language (each compiled it again before).
 */
export async function packForQuerySet(set: QuerySet, contentDir: string): Promise<ContentPack | null> {
  return Array.isArray(set.articles) ? null : loadPackFromDir(contentDir);
}

/** The matcher a query set is asked of: over the content's `pack`, or over its own articles when it has them. */
export function matcherForQuerySet(set: QuerySet, pack: ContentPack | null, options: Partial<MatchOptions> = {}): Matcher {
  return pack ? createPackMatcher(pack, options) : createMatcher((set.articles ?? []).map(querySetArticle), { options });
}

/** The ids of the articles a query set is asked of: the content's `pack`'s, or its own. */
export function articleIdsForQuerySet(set: QuerySet, pack: ContentPack | null): Set<string> {
  return new Set((pack?.articles ?? set.articles ?? []).map((article) => article.id));
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
