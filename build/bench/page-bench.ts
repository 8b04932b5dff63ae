/**
 * `npm run bench`: the widget's sizes; what it costs a host page, CPU slowed 4× (the same page bare, with a
 * one-line script, with the facade alone, with Askdown and with Algolia DocSearch, interleaved); the time from
 * first opening to first answer at 6, 1,000 and 10,000 articles, and at 6 in the run-time Markdown mode; in Node,
 * what a first answer fetches from a sharded pack; and the opening after a hover and after a tap. Prints medians
 * of several runs; nothing here passes or fails. Run `npm run build` first (the script does).
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative, sep } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { launchChromium } from '../browser/chromium';
import { serveOnFreePort } from '../demo/static-server';
import { gzipSize, measureBuild } from '../size/measure';
import { idleCostTable, measureIdleCosts, stageIdlePages } from './idle-cost';
import { CPU_SLOWDOWN, enterToAnswer, HOVER_LEAD_MS, median, openAfterIntent, openToFirstAnswer } from './page-metrics';
import type { BenchArticle } from './rankers';
import { scaledPack } from './scaled-pack';
import { writePacks } from '../content/write-packs';
import { openToAnswerPage, stageMarkdownContent } from './host-pages';
import { measureShardedFirstAnswers } from './sharded-bench';

const LOAD_RUNS = 11;
const INTENT_RUNS = 9;
const SHARDED_QUESTIONS = 100;
const SETTLE_MS = 3000;
const QUESTION = 'Can I register a shared email address for my team?';
const SCALES: { articles: number; runs: number; question: string }[] = [
  { articles: 1_000, runs: 5, question: 'How do I delete my Facebook account?' },
  { articles: 10_000, runs: 3, question: 'How do I delete my Facebook account?' },
];

function table(rows: (string | number)[][]): string {
  const [head, ...body] = rows;
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head ?? []), line((head ?? []).map(() => '---')), ...body.map(line)].join('\n');
}

const ms = (n: number): string => n.toFixed(1);

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Askdown bench, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, Chromium CPU slowed ${CPU_SLOWDOWN}×\n`);

  const { facade, app, typo, markdown, packs } = await measureBuild('dist');
  console.log(
    table([
      ['file', 'bytes', 'gzip -9'],
      [facade.file, facade.bytes, facade.gzip],
      [app.file, app.bytes, app.gzip],
      ['facade + app', facade.bytes + app.bytes, facade.gzip + app.gzip],
      [typo.file, typo.bytes, typo.gzip],
      [markdown.file, markdown.bytes, markdown.gzip],
      ...packs.map((p) => [`${p.file} (${p.articles} articles)`, p.bytes, `${p.gzip} (${Math.round(p.gzip / Math.max(p.articles, 1))} per article)`]),
    ]),
  );

  const temp = await mkdtemp(join(os.tmpdir(), 'askdown-bench-'));
  const server = await serveOnFreePort([temp, 'build/bench/pages', 'dist']);
  const browser = await launchChromium();
  try {
    await stageIdlePages(temp, 'dist');
    const idle = await measureIdleCosts(browser, server.origin, LOAD_RUNS, SETTLE_MS);
    console.log(`\nPage impact: medians of ${LOAD_RUNS} loads of each page, interleaved. The same host page bare, with a`);
    console.log("one-line script (the cost of any script tag here), with Askdown's facade whose app is missing, with Askdown,");
    console.log('and with Algolia DocSearch 5.2 (its UMD script and stylesheet; nobody searches). "Script\'s own time" is time');
    console.log("running that script's code; long tasks are main-thread tasks over 50 ms. From Chromium traces of the renderer.");
    console.log('\nUntil the end of the load event:');
    console.log(table(idleCostTable(idle, 'load')));
    console.log(`\nUntil ${SETTLE_MS / 1000} s after the load event (the browser idle, nobody touching the widget):`);
    console.log(table(idleCostTable(idle, 'settled')));

    const site = (JSON.parse(await readFile('dist/content/en.json', 'utf8')) as ContentPack).site;
    const stackfaq = JSON.parse(await readFile('../shared/eval/stackfaq.json', 'utf8')) as { articles: BenchArticle[]; queries: { query: string }[] };
    await writeFile(join(temp, 'open-6.html'), openToAnswerPage('/content/en.json'));
    const results: (string | number)[][] = [['articles', 'content gzip', 'cold, ms', 'prefetched, ms', 'runs']];
    const timeOpenings = async (page: string, question: string, runs: number) => {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < runs; run++) {
        cold.push(await openToFirstAnswer(browser, `${server.origin}/${page}`, question, false));
        warm.push(await openToFirstAnswer(browser, `${server.origin}/${page}`, question, true));
      }
      return [ms(median(cold)), ms(median(warm)), runs];
    };
    const sixPack = packs.find((p) => p.file.endsWith('en.json'));
    results.push([6, sixPack?.gzip ?? '', ...(await timeOpenings('open-6.html', QUESTION, 9))]);
    // The run-time Markdown mode: content/en/ served as the editors' files, compiled in the browser.
    await stageMarkdownContent(temp);
    const markdownFiles = await Promise.all((await readdir('content/en')).map((name) => readFile(join('content/en', name))));
    const markdownGzip = `${markdownFiles.reduce((sum, file) => sum + gzipSize(file), 0)} (${markdownFiles.length} .md files) + ${markdown.gzip} (${markdown.file})`;
    results.push(['6, Markdown mode', markdownGzip, ...(await timeOpenings('open-md.html', QUESTION, 9))]);
    const scaledPacks: ContentPack[] = [];
    for (const scale of SCALES) {
      const built = scaledPack(stackfaq.articles, scale.articles, site);
      scaledPacks.push(built);
      // Written as the content build writes a pack (`writePacks`), here whole at any size.
      const [single = ''] = await writePacks(join(temp, `single-${scale.articles}`), [built], Infinity);
      await writeFile(join(temp, `open-${scale.articles}.html`), openToAnswerPage(`/${relative(temp, single).split(sep).join('/')}`));
      results.push([scale.articles.toLocaleString('en'), gzipSize(await readFile(single)), ...(await timeOpenings(`open-${scale.articles}.html`, scale.question, scale.runs))]);
      // The same pack written sharded by the content build's own writer: the widget reads only what the question needs.
      const [manifest = ''] = await writePacks(join(temp, `sharded-${scale.articles}`), [built], 0);
      await writeFile(join(temp, `open-sharded-${scale.articles}.html`), openToAnswerPage(`/${relative(temp, manifest).split(sep).join('/')}`));
      results.push([`${scale.articles.toLocaleString('en')}, sharded`, `${gzipSize(await readFile(manifest))} (manifest)`, ...(await timeOpenings(`open-sharded-${scale.articles}.html`, scale.question, scale.runs))]);
    }
    console.log('\nOpen to first answer, medians: cold = asked as soon as the launcher is drawn, nothing loaded;');
    console.log('prefetched = asked after the facade downloaded (and ran none of) app and content while the page was idle');
    console.log(table(results));

    // The sharded pack, in Node: not yet read by the widget, so its bytes and its matcher's time, not a page's.
    if (process.env.BENCH_50K) scaledPacks.push(scaledPack(stackfaq.articles, 50_000, site));
    const questions = stackfaq.queries.slice(0, SHARDED_QUESTIONS).map((q) => q.query);
    const sharded: (string | number)[][] = [['articles', 'files in the pack', 'files fetched', 'gzip fetched, median', 'gzip fetched, most', 'single pack gzip', 'Node ms, median']];
    for (const pack of scaledPacks) {
      const measured = await measureShardedFirstAnswers(pack, questions);
      sharded.push([pack.articles.length.toLocaleString('en'), measured.filesInPack, measured.files, Math.round(measured.gzipBytes), measured.gzipBytesMax, measured.singlePackGzip, ms(measured.ms)]);
    }
    console.log(`\nSharded pack (\`shardPack\`), first answer of a freshly opened pack, ${SHARDED_QUESTIONS} StackFAQ questions: the manifest,`);
    console.log("the files the question touches and the answer's; Node, files from memory (BENCH_50K=1 adds 50,000 articles,");
    console.log('whose pack takes 2 to 3 minutes to build)');
    console.log(table(sharded));

    // A visitor reaching for the launcher: the app runs from the first sign of intent, not at idle.
    const intents: (string | number)[][] = [
      ['opening, six articles', 'panel ready, ms', 'first answer, ms', "widget's longest task, ms", "widget's tasks over 50 ms", 'longest task of all, ms', 'runs'],
    ];
    for (const [label, intent] of [[`mouse rests ${HOVER_LEAD_MS} ms on the launcher, then clicks`, 'hover'], ['bare tap on a phone', 'tap']] as const) {
      const ready: number[] = [];
      const answered: number[] = [];
      const longest: number[] = [];
      const longestOwn: number[] = [];
      for (let run = 0; run < INTENT_RUNS; run++) {
        for (const [times, question] of [[ready, undefined], [answered, QUESTION]] as const) {
          const opening = await openAfterIntent(browser, `${server.origin}/with.html`, intent, question);
          times.push(opening.ms);
          longest.push(opening.longestTaskMs);
          longestOwn.push(opening.longestWidgetTaskMs);
        }
      }
      const over = `${longestOwn.filter((task) => task > 50).length} of ${longestOwn.length} openings`;
      intents.push([label, ms(median(ready)), ms(median(answered)), ms(median(longestOwn)), over, ms(median(longest)), INTENT_RUNS]);
    }
    console.log('\nOpening after intent, medians, clock from the click or tap, app and content prefetched at idle: the panel');
    console.log('ready (its suggested questions shown), and the answer to a question asked through the API as it opens;');
    console.log('the longest main-thread tasks from the first intent (hover or tap) to 200 ms after the answer, medians');
    console.log(table(intents));

    const enterRuns: number[] = [];
    for (let run = 0; run < 5; run++) enterRuns.push(await enterToAnswer(browser, `${server.origin}/with.html`, QUESTION));
    console.log(`\nEnter → answer on screen, six-article pack, first question in a fresh panel: median ${ms(median(enterRuns))} ms (runs: ${enterRuns.map(ms).join(', ')})`);
  } finally {
    await browser.close();
    await server.close();
    await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
