/**
 * `npm run bench:compare -- BASELINE_DIST [CANDIDATE_DIST]`: two builds of the widget on the same host page, in
 * one run, interleaved (A, B, A, B, …), CPU slowed 4×: what each costs the page until 3 s after its load event,
 * and the time from opening to the first answer, cold, for a question spelt right and for one with a misspelt
 * word, and in the run-time Markdown mode. Medians of RUNS loads each. On this noisy VM only a comparison within
 * one run means anything: make the baseline with `git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci
 * && npm run build)`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { serveOnFreePort, type RunningServer } from '../demo/static-server';
import { stageMarkdownContent, writeHostPages } from './host-pages';
import { CPU_SLOWDOWN, measureLoad, median, openToFirstAnswer, type LoadCost } from './page-metrics';

const RUNS = Number(process.env.RUNS ?? 11);
const SETTLE_MS = 3000;
const SPELT_RIGHT = 'Can I register a shared email address for my team?';
const MISSPELT = 'Can I registr a shared emial adress for my team?';

interface Figures {
  load: LoadCost[];
  cold: number[];
  coldMisspelt: number[];
  coldMarkdown: number[];
}

async function measureOnce(browser: Browser, server: RunningServer, figures: Figures): Promise<void> {
  figures.load.push(await measureLoad(browser, `${server.origin}/with.html`, SETTLE_MS));
  figures.cold.push(await openToFirstAnswer(browser, `${server.origin}/with.html`, SPELT_RIGHT, false));
  figures.coldMisspelt.push(await openToFirstAnswer(browser, `${server.origin}/with.html`, MISSPELT, false));
  figures.coldMarkdown.push(await openToFirstAnswer(browser, `${server.origin}/open-md.html`, SPELT_RIGHT, false));
}

async function main(): Promise<void> {
  const [baseline, candidate = 'dist'] = process.argv.slice(2);
  if (!baseline) throw new Error('usage: npm run bench:compare -- BASELINE_DIST [CANDIDATE_DIST]');
  const builds = [
    { name: 'baseline', dir: resolve(baseline) },
    { name: 'candidate', dir: resolve(candidate) },
  ];
  const pages = await mkdtemp(join(os.tmpdir(), 'askdown-compare-'));
  await writeHostPages(pages);
  await stageMarkdownContent(pages);
  const servers = await Promise.all(builds.map((build) => serveOnFreePort([pages, 'build/bench/pages', build.dir])));
  const browser = await launchChromium();
  const figures: Figures[] = builds.map(() => ({ load: [], cold: [], coldMisspelt: [], coldMarkdown: [] }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (let i = 0; i < builds.length; i++) await measureOnce(browser, servers[i]!, figures[i]!);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(pages, { recursive: true, force: true });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Askdown build comparison, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, CPU slowed ${CPU_SLOWDOWN}×, medians of ${RUNS} interleaved runs`);
  console.log(builds.map((build) => `${build.name}: ${build.dir}`).join('\n'));
  const ms = (n: number): string => n.toFixed(1);
  const rows: [string, (f: Figures) => number][] = [
    ['all tasks, load + 3 s, ms', (f) => median(f.load.map((l) => l.taskMsSettled))],
    ["widget's own script time, load + 3 s, ms", (f) => median(f.load.map((l) => l.widgetMsSettled))],
    ["widget's own long tasks, load + 3 s", (f) => median(f.load.map((l) => l.widgetLongTasksSettled))],
    ['open to first answer, cold, spelt right, ms', (f) => median(f.cold)],
    ['open to first answer, cold, misspelt, ms', (f) => median(f.coldMisspelt)],
    ['open to first answer, cold, run-time Markdown mode, ms', (f) => median(f.coldMarkdown)],
  ];
  console.log(`\n| measure | ${builds.map((b) => b.name).join(' | ')} |\n|---|${builds.map(() => '---').join('|')}|`);
  for (const [label, pick] of rows) console.log(`| ${label} | ${figures.map((f) => ms(pick(f))).join(' | ')} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
