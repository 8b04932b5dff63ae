import { createPackMatcher } from '../../widget/pack-matcher';
import { parseArgs, stringFlag } from './args';
import { loadPackFromDir } from './load-pack';

const USAGE = 'Usage: npm run ask -- "your question" [--json] [--content content/en]';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['content']);
  const question = args.positional.join(' ').trim();
  if (question === '' || args.flags.has('help')) {
    console.error(USAGE);
    process.exitCode = question === '' ? 2 : 0;
    return;
  }
  const pack = await loadPackFromDir(stringFlag(args, 'content', 'content/en'));
  const result = createPackMatcher(pack).match(question);
  const round = (n: number): number => Math.round(n * 1000) / 1000;

  if (args.flags.has('json')) {
    const results = result.results.map(({ id, score }) => ({ id, score: round(score) }));
    console.log(JSON.stringify({ answer: result.answer, results, related: result.related }));
    return;
  }
  const titleOf = (id: string): string => pack.articles.find((a) => a.id === id)?.title ?? id;
  const top = result.results[0];
  if (result.answer !== null && top) {
    console.log(`Answer: ${titleOf(result.answer)}  [${result.answer}]`);
    console.log(`Score ${round(top.score)}, confidence ${result.confidence}`);
  } else {
    console.log(`No confident answer (confidence ${result.confidence}). Closest articles:`);
  }
  if (result.answer !== null && result.related.length > 0) console.log('Related:');
  for (const id of result.related) console.log(`  - ${titleOf(id)}  [${id}]`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
