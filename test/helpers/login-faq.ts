import { readFile } from 'node:fs/promises';
import { loadPackFromDir } from '../../build/cli/load-pack';
import type { QuerySet } from '../../build/cli/eval-queries';
import type { ContentPack } from '../../widget/content-pack';

/** The customer's real content, compiled in memory exactly as `npm run build:content` compiles it. */
export function loadLoginFaqPack(): Promise<ContentPack> {
  return loadPackFromDir('content/en');
}

/** Our own paraphrase set for the log-in FAQ (also used by `npm run eval`). */
export async function loadLoginFaqQueries(): Promise<QuerySet['queries']> {
  const set = JSON.parse(await readFile('test/fixtures/login-faq-queries.json', 'utf8')) as QuerySet;
  return set.queries;
}

/** The Japanese content (`content/ja`), compiled the same way. */
export function loadJapaneseLoginFaqPack(): Promise<ContentPack> {
  return loadPackFromDir('content/ja');
}
