import { createPackMatcher } from '../../widget/pack-matcher';
import { commandLineProblem, parseArgs, stringFlag } from './args';
import { loadPackFromDir } from './load-pack';
import { otherLanguageHint } from './other-language';

const USAGE = 'Usage: npm run ask -- "your question" [--json] [--content content/en]';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['content']);
  const problem = commandLineProblem(args, ['content', 'json', 'help'], 'npm run ask -- "共有アドレスは使えますか" --content content/ja');
  if (problem !== null) {
    console.error(`npm run ask: ${problem}`);
    process.exitCode = 2;
    return;
  }
  const question = args.positional.join(' ').trim();
  if (question === '' || args.flags.has('help')) {
    console.error(USAGE);
    process.exitCode = args.flags.has('help') ? 0 : 2;
    return;
  }
  const contentDir = stringFlag(args, 'content', 'content/en');
  const pack = await loadPackFromDir(contentDir);
  const result = createPackMatcher(pack).match(question);
  const otherLanguage = otherLanguageHint([question], pack.locale, contentDir);
  if (otherLanguage !== null) console.error(`npm run ask: ${otherLanguage}`);
  const round = (n: number): number => Math.round(n * 1000) / 1000;

  if (args.flags.has('json')) {
    const results = result.results.map(({ id, score }) => ({ id, score: round(score) }));
    const { outcome, answer, choices, related } = result;
    console.log(JSON.stringify({ outcome, answer, confidence: round(result.confidence), choices, results, related }));
    return;
  }
  const titleOf = (id: string): string => pack.articles.find((a) => a.id === id)?.title ?? id;
  const top = result.results[0];
  const confidence = `confidence ${round(result.confidence)}`;
  if (result.answer !== null && top) {
    console.log(`Answer: ${titleOf(result.answer)}  [${result.answer}]`);
    console.log(`Score ${round(top.score)}, ${confidence}`);
    if (result.related.length > 0) console.log('Related:');
  } else if (result.outcome === 'choice') {
    console.log(`Did you mean one of these? (${confidence})`);
  } else {
    console.log(`No answer (${confidence}).${result.related.length > 0 ? ' Closest articles:' : ''}`);
  }
  const listed = result.outcome === 'choice' ? result.choices : result.related;
  for (const id of listed) console.log(`  - ${titleOf(id)}  [${id}]`);
}

// Piped into `head`, the reader may go before the answer is written: that is not an error of the question.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
