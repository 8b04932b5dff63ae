/**
 * `npm run size`: the gzip -9 sizes of the built widget against its budgets (`budgets.ts`). Exits non-zero when
 * one is exceeded, so `npm test` fails on a change that makes the widget heavier than promised.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstNonAscii } from './ascii';
import { BUDGETS, SCRIPT_FILES } from './budgets';
import { budgetFailures, measureBuild } from './measure';

async function main(): Promise<void> {
  const sizes = await measureBuild('dist');
  const { facade, app, japanese, typo, markdown, shards, packs } = sizes;
  const firstAnswer = facade.gzip + app.gzip;
  const rows = [
    ['file', 'bytes', 'gzip -9', 'budget'],
    [facade.file, facade.bytes, facade.gzip, BUDGETS.facade],
    [app.file, app.bytes, app.gzip, ''],
    ['facade + app (first answer)', facade.bytes + app.bytes, firstAnswer, BUDGETS.firstAnswer],
    [typo.file, typo.bytes, typo.gzip, BUDGETS.typo],
    ['facade + app + typo (first answer to a misspelt question)', facade.bytes + app.bytes + typo.bytes, firstAnswer + typo.gzip, BUDGETS.firstTypo],
    [japanese.file, japanese.bytes, japanese.gzip, BUDGETS.japanese],
    ['facade + app + Japanese (first Japanese answer)', facade.bytes + app.bytes + japanese.bytes, firstAnswer + japanese.gzip, ''],
    [`${markdown.file} (run-time Markdown mode only)`, markdown.bytes, markdown.gzip, BUDGETS.markdown],
    [`${shards.file} (sharded packs only)`, shards.bytes, shards.gzip, BUDGETS.shards],
    ...packs.map((p) => [`${p.file} (${p.articles} articles, ${Math.round(p.gzip / Math.max(p.articles, 1))} B/article)`, p.bytes, p.gzip, '']),
  ];
  for (const row of rows) console.log(`${String(row[0]).padEnd(60)} ${String(row[1]).padStart(8)} ${String(row[2]).padStart(8)} ${String(row[3]).padStart(8)}`);
  const failures = budgetFailures(sizes);
  for (const failure of failures) console.error(`Size budget exceeded: ${failure}`);
  if (failures.length > 0) {
    console.error('See where each script\'s bytes come from with `npm run size:modules`, and move what grew out of the script or drop it.');
    process.exitCode = 1;
  }
  for (const file of SCRIPT_FILES) {
    const where = firstNonAscii(await readFile(join('dist', file), 'utf8'));
    if (where === null) continue;
    console.error(`dist/${file} has a non-ASCII character at ${where}: on a page that is not UTF-8 it would not run.`);
    console.error("Keep `charset: 'ascii'` in vite.config.ts, and write such characters in source as \\u escapes.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`Cannot measure the build (run npm run build first): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
