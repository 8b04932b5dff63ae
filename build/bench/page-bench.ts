/**
 * `npm run bench`: the widget's sizes, what it costs a host page (the same page with and without it, CPU slowed
 * 4×), and the time from first opening to first answer at 6, 1,000 and 10,000 articles, and at 6 in the run-time
 * Markdown mode. Prints medians of
 * several runs; nothing here passes or fails. Run `npm run build` first (the script does).
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { launchChromium } from '../browser/chromium';
import { serveOnFreePort } from '../demo/static-server';
import { gzipSize, measureBuild } from '../size/measure';
import { CPU_SLOWDOWN, enterToAnswer, measureLoad, median, openToFirstAnswer, type LoadCost } from './page-metrics';
import type { BenchArticle } from './rankers';
import { scaledPack } from './scaled-pack';

const LOAD_RUNS = 11;
const SETTLE_MS = 3000;
const QUESTION = 'Can I register a shared email address for my team?';
const SCALES: { articles: number; runs: number; question: string }[] = [
  { articles: 1_000, runs: 5, question: 'How do I delete my Facebook account?' },
  { articles: 10_000, runs: 3, question: 'How do I delete my Facebook account?' },
];

function openPage(contentPath: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title><link rel="icon" href="data:,"></head>
<body><p>Open-to-answer bench page.</p><script src="/askdown.js" data-content="${contentPath}" async></script></body></html>`;
}

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
    const without: LoadCost[] = [];
    const control: LoadCost[] = [];
    const withWidget: LoadCost[] = [];
    for (let run = 0; run < LOAD_RUNS; run++) {
      without.push(await measureLoad(browser, `${server.origin}/without.html`, SETTLE_MS));
      control.push(await measureLoad(browser, `${server.origin}/control.html`, SETTLE_MS));
      withWidget.push(await measureLoad(browser, `${server.origin}/with.html`, SETTLE_MS));
    }
    const pick = (costs: LoadCost[], key: keyof LoadCost) => median(costs.map((c) => c[key]));
    const row = (label: string, key: keyof LoadCost, format: (n: number) => string) => {
      const a = pick(without, key);
      const c = pick(control, key);
      const b = pick(withWidget, key);
      return [label, format(a), format(c), format(b), format(b - a), a > 0 ? `${(b / a).toFixed(2)}×` : 'n/a'];
    };
    console.log(`\nPage impact: median of ${LOAD_RUNS} loads each; "settled" = ${SETTLE_MS / 1000} s after load, app preloaded when idle.`);
    console.log('"one-line script" is the same page with a one-line external script: the cost of any script tag here.');
    console.log('"script\'s own time" is time running the widget\'s scripts (askdown*.js) or control.js; "long tasks"');
    console.log('are main-thread tasks over 50 ms in which that code ran. All from Chromium traces of the renderer.');
    console.log(
      table([
        ['main thread (renderer)', 'without widget', 'one-line script', 'with widget', 'added', 'ratio'],
        row('all tasks to load event, ms', 'taskMsAtLoad', ms),
        row('all tasks, settled, ms', 'taskMsSettled', ms),
        row('long tasks (> 50 ms) to load event', 'longTasksAtLoad', (n) => String(n)),
        row("script's own time to load event, ms", 'widgetMsAtLoad', ms),
        row("script's own time, settled, ms", 'widgetMsSettled', ms),
        row("script's own long tasks to load event", 'widgetLongTasksAtLoad', (n) => String(n)),
        row("script's own long tasks, settled", 'widgetLongTasksSettled', (n) => String(n)),
      ]),
    );

    const site = (JSON.parse(await readFile('dist/content/en.json', 'utf8')) as ContentPack).site;
    const stackfaq = JSON.parse(await readFile('../shared/eval/stackfaq.json', 'utf8')) as { articles: BenchArticle[] };
    await writeFile(join(temp, 'open-6.html'), openPage('/content/en.json'));
    const results: (string | number)[][] = [['articles', 'content gzip', 'cold, ms', 'preloaded, ms', 'runs']];
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
    results.push([6, sixPack?.gzip ?? '', ...(await timeOpenings('open-6.html', QUESTION, 5))]);
    // The run-time Markdown mode: content/en/ served as the editors' files, compiled in the browser.
    await cp('content/en', join(temp, 'md/en'), { recursive: true });
    await writeFile(join(temp, 'open-md.html'), openPage('/md/en/index.md'));
    const markdownFiles = await Promise.all((await readdir('content/en')).map((name) => readFile(join('content/en', name))));
    const markdownGzip = `${markdownFiles.reduce((sum, file) => sum + gzipSize(file), 0)} (${markdownFiles.length} .md files) + ${markdown.gzip} (${markdown.file})`;
    results.push(['6, Markdown mode', markdownGzip, ...(await timeOpenings('open-md.html', QUESTION, 9))]);
    for (const scale of SCALES) {
      const pack = JSON.stringify(scaledPack(stackfaq.articles, scale.articles, site));
      await writeFile(join(temp, `pack-${scale.articles}.json`), pack);
      await writeFile(join(temp, `open-${scale.articles}.html`), openPage(`/pack-${scale.articles}.json`));
      results.push([scale.articles.toLocaleString('en'), gzipSize(pack), ...(await timeOpenings(`open-${scale.articles}.html`, scale.question, scale.runs))]);
    }
    console.log('\nOpen to first answer, medians: cold = asked as soon as the launcher is drawn, nothing loaded;');
    console.log('preloaded = asked after the facade loaded app and pack while the page was idle');
    console.log(table(results));

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
