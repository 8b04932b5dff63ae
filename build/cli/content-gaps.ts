/**
 * `npm run content:gaps -- events.jsonl [--content content/en] [--out gaps.md]`: what visitors asked that the FAQ
 * did not answer, or answered unhelpfully, grouped into gaps with the fix for each, as Markdown for editors.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readGapEvents } from '../gaps/gap-events';
import { buildGapReport, renderGapReport } from '../gaps/gap-report';
import { commandLineProblem, parseArgs, stringFlag } from './args';
import { fileErrorInWords } from './file-errors';
import { loadPackFromDir } from './load-pack';

const USAGE = 'Usage: npm run content:gaps -- events.jsonl [--content content/en] [--out gaps.md]';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['content', 'out']);
  // A misspelt --content would report on the English content, and a misspelt --out write nothing (a stranger's try).
  const problem = commandLineProblem(args, ['content', 'out'], 'npm run content:gaps -- events.jsonl --content content/ja --out gaps.md');
  if (problem !== null) {
    console.error(`npm run content:gaps: ${problem}`);
    process.exitCode = 2;
    return;
  }
  const file = args.positional[0];
  if (file === undefined) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const contentDir = stringFlag(args, 'content', 'content/en');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file} could not be read (${fileErrorInWords(error, 'file')}): give the JSON-lines file of the widget's events (README, "What visitors asked that the FAQ did not answer").`);
  });
  const { events, problems } = readGapEvents(text);
  for (const problem of problems.slice(0, 20)) console.error(`${file}: ${problem} (skipped)`);
  if (problems.length > 20) console.error(`${file}: and ${problems.length - 20} more lines skipped`);
  // Not "nothing to fix": a file with no event of the widget's is the wrong file, not a site with no gaps.
  if (events.length === 0 && problems.length > 0) {
    throw new Error(`${file} holds no event of the widget's (every line was skipped): give the JSON-lines file of the widget's events (README, "What visitors asked that the FAQ did not answer").`);
  }
  const markdown = renderGapReport(buildGapReport(events, await loadPackFromDir(contentDir)), file, contentDir);
  const out = stringFlag(args, 'out', '');
  if (out === '') console.log(markdown);
  else {
    await writeFile(out, markdown).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${out} could not be written (${fileErrorInWords(error, 'folder')}): give --out a file in a folder that exists, e.g. --out gaps.md`);
    });
    console.error(`Gap report written: ${out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
