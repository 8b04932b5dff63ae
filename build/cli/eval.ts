import { readFile } from 'node:fs/promises';
import { createPackMatcher } from '../../widget/pack-matcher';
import { createMatcher, type Matcher } from '../../widget/search';
import { parseArgs, stringFlag } from './args';
import { querySetArticle, runQueries, summarize, type QueryOutcome, type QuerySet } from './eval-queries';
import { loadPackFromDir } from './load-pack';

const USAGE = 'Usage: npm run eval -- FILE [--content content/en] [--misses N]';

function readQuerySet(text: string, file: string): QuerySet {
  const data: unknown = JSON.parse(text);
  const queries = (data as QuerySet | null)?.queries;
  if (!Array.isArray(queries) || !queries.every((q) => typeof q?.query === 'string' && Array.isArray(q.expected))) {
    throw new Error(`${file}: expected {"queries": [{"query": "...", "expected": ["id", ...]}]}`);
  }
  return data as QuerySet;
}

function table(outcomes: readonly QueryOutcome[], limit: number): string {
  const misses = outcomes.filter((o) =>
    o.expected.length === 0 ? o.answer !== null : o.answer === null || !o.expected.includes(o.answer),
  );
  const rows = misses.slice(0, limit).map((o) => {
    const expected = o.expected.length === 0 ? '(no answer)' : o.expected.slice(0, 2).join(',');
    return `${o.query.slice(0, 60).padEnd(60)}  ${expected.slice(0, 28).padEnd(28)}  ${o.answer ?? '(none)'}  top: ${o.ranking[0] ?? '-'}`;
  });
  return [
    `Misses: ${misses.length} of ${outcomes.length} (answer wrong, missing, or given where none exists); first ${rows.length}:`,
    `${'query'.padEnd(60)}  ${'expected'.padEnd(28)}  answer`,
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['content', 'misses']);
  const file = args.positional[0];
  if (file === undefined) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const set = readQuerySet(await readFile(file, 'utf8'), file);
  // MAP@100 needs a ranking a hundred deep; the widget itself only shows a few.
  const options = { maxResults: 100 };
  const matcher: Matcher = Array.isArray(set.articles)
    ? createMatcher(set.articles.map(querySetArticle), { options })
    : createPackMatcher(await loadPackFromDir(stringFlag(args, 'content', 'content/en')), options);
  const { outcomes, msPerQuery } = runQueries(matcher, set);
  const summary = summarize(outcomes, msPerQuery);

  console.log(table(outcomes, Number(stringFlag(args, 'misses', '20'))));
  console.log('');
  for (const [name, value] of Object.entries(summary)) console.log(`${name.padEnd(18)} ${value ?? 'n/a'}`);
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
