import { commandLineProblem, parseArgs, stringFlag } from './args';
import { confidenceCurve, runQueries, summarize, type QueryOutcome } from './eval-queries';
import { otherLanguageHint } from './other-language';
import { articleIdsForQuerySet, matcherForQuerySet, packForQuerySet, readQuerySet, unknownExpectedIds } from './query-set-matcher';

const USAGE = 'Usage: npm run eval -- FILE [--content content/en] [--misses N] [--curve]';

function table(outcomes: readonly QueryOutcome[], limit: number): string {
  const misses = outcomes.filter((o) =>
    o.expected.length === 0 ? o.answer !== null : o.answer === null || !o.expected.includes(o.answer),
  );
  const rows = misses.slice(0, limit).map((o) => {
    const expected = o.expected.length === 0 ? '(no answer)' : o.expected.slice(0, 2).join(',');
    const given = o.outcome === 'choice' ? `choice of ${o.choices.join(',')}` : (o.answer ?? '(none)');
    return `${o.query.slice(0, 60).padEnd(60)}  ${expected.slice(0, 28).padEnd(28)}  ${o.confidence.toFixed(2)}  ${given}  top: ${o.ranking[0] ?? '-'}`;
  });
  return [
    `Misses: ${misses.length} of ${outcomes.length} (answer wrong, missing, or given where none exists); first ${rows.length}:`,
    `${'query'.padEnd(60)}  ${'expected'.padEnd(28)}  conf  answer`,
    ...rows,
  ].join('\n');
}

/** The risk–coverage trade-off: how many answerable questions each confidence threshold answers, how well. */
function curveTable(outcomes: readonly QueryOutcome[]): string {
  const curve = confidenceCurve(outcomes);
  const points = new Set([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((target) => curve.find((p) => p.coverage >= target - 1e-9)));
  const rows = [...points].flatMap((point) =>
    point ? [`${point.coverage.toFixed(3).padStart(8)}  ${point.precision.toFixed(3).padStart(9)}  ${point.threshold.toFixed(3)}`] : [],
  );
  return ['Risk-coverage (answerable questions, most confident first):', 'coverage  precision  confidence >=', ...rows].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['content', 'misses']);
  const problem = commandLineProblem(args, ['content', 'misses', 'curve'], 'npm run eval -- my-questions.json --content content/ja');
  if (problem !== null || args.positional.length > 1) {
    console.error(`npm run eval: ${problem ?? `one question set at a time, not ${args.positional.join(', ')}`}`);
    process.exitCode = 2;
    return;
  }
  const file = args.positional[0];
  if (file === undefined) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const misses = Number(stringFlag(args, 'misses', '20'));
  if (!Number.isInteger(misses) || misses < 0) {
    console.error(`npm run eval: --misses takes how many misses to list, a whole number from 0, not "${stringFlag(args, 'misses', '')}"`);
    process.exitCode = 2;
    return;
  }
  const set = await readQuerySet(file);
  const contentDir = stringFlag(args, 'content', 'content/en');
  const pack = await packForQuerySet(set, contentDir);
  const unknown = unknownExpectedIds(set, articleIdsForQuerySet(set, pack));
  if (unknown.length > 0) {
    const where = Array.isArray(set.articles) ? `${file}'s articles` : contentDir;
    console.error(`npm run eval: ${file} expects ids that are no article of ${where}, so their questions count as misses: ${unknown.join(', ')}`);
  }
  const otherLanguage = pack && otherLanguageHint(set.queries.map((q) => q.query), pack.locale, contentDir);
  if (otherLanguage) console.error(`npm run eval: ${otherLanguage}`);
  // MAP@100 needs a ranking a hundred deep; the widget itself only shows a few.
  const matcher = matcherForQuerySet(set, pack, { maxResults: 100 });
  const { outcomes, msPerQuery } = runQueries(matcher, set);
  const summary = summarize(outcomes, msPerQuery);

  console.log(table(outcomes, misses));
  if (args.flags.has('curve')) console.log(`\n${curveTable(outcomes)}`);
  console.log('');
  for (const [name, value] of Object.entries(summary)) console.log(`${name.padEnd(18)} ${value ?? 'n/a'}`);
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
