import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeHostPages } from './host-pages';
import { measureLoad, median, type LoadCost } from './page-metrics';

/** The pages compared, each the same host page (`host-pages.ts`) with one script or none. */
export const IDLE_PAGES = [
  { name: 'bare page', page: 'without.html' },
  { name: 'one-line script', page: 'control.html' },
  { name: 'Askdown facade alone (app missing)', page: 'facade-only.html' },
  { name: 'Askdown', page: 'with.html' },
  { name: 'DocSearch 5.2 (UMD + CSS)', page: 'docsearch.html' },
] as const;

/**
 * Puts the pages into `dir`, with the files they need besides `build/bench/pages/`: the facade without its app (so
 * it stops at the launcher), and DocSearch's UMD script and stylesheet from its dev dependency.
 */
export async function stageIdlePages(dir: string, dist: string): Promise<void> {
  await writeHostPages(dir);
  await mkdir(join(dir, 'facade-only'), { recursive: true });
  await cp(join(dist, 'askdown.js'), join(dir, 'facade-only/askdown.js'));
  await mkdir(join(dir, 'docsearch'), { recursive: true });
  await cp('node_modules/@docsearch/js/dist/umd/docsearch.js', join(dir, 'docsearch/docsearch.js'));
  await cp('node_modules/@docsearch/css/dist/style.css', join(dir, 'docsearch/style.css'));
}

export type IdleCosts = Record<(typeof IDLE_PAGES)[number]['page'], LoadCost[]>;

/** Loads every page `runs` times, interleaved (A, B, C, … A, B, C, …), each measured until `settleMs` after load. */
export async function measureIdleCosts(browser: Browser, origin: string, runs: number, settleMs: number): Promise<IdleCosts> {
  const costs = Object.fromEntries(IDLE_PAGES.map(({ page }) => [page, [] as LoadCost[]])) as IdleCosts;
  for (let run = 0; run < runs; run++) {
    for (const { page } of IDLE_PAGES) costs[page].push(await measureLoad(browser, `${origin}/${page}`, settleMs));
  }
  return costs;
}

/**
 * The table of what each page's script adds to the bare page, medians: time in the script's own code, time in
 * all main-thread tasks, and long tasks (the script's own and all), until the end of the load event (`at:
 * 'load'`) or until the settling time after it.
 */
export function idleCostTable(costs: IdleCosts, at: 'load' | 'settled'): (string | number)[][] {
  const columns: Record<'load' | 'settled', Record<'own' | 'all' | 'ownLong' | 'allLong', keyof LoadCost>> = {
    load: { own: 'widgetMsAtLoad', all: 'taskMsAtLoad', ownLong: 'widgetLongTasksAtLoad', allLong: 'longTasksAtLoad' },
    settled: { own: 'widgetMsSettled', all: 'taskMsSettled', ownLong: 'widgetLongTasksSettled', allLong: 'longTasksSettled' },
  };
  const keys = columns[at];
  const pick = (page: keyof IdleCosts, key: keyof LoadCost) => median(costs[page].map((cost) => cost[key]));
  const ms = (n: number) => n.toFixed(1);
  return [
    ['page', "script's own time, ms", 'all tasks, ms', 'all tasks added, ms', "script's long tasks", 'all long tasks'],
    ...IDLE_PAGES.map(({ name, page }) => [
      name,
      ms(pick(page, keys.own)),
      ms(pick(page, keys.all)),
      page === 'without.html' ? '' : ms(pick(page, keys.all) - pick('without.html', keys.all)),
      pick(page, keys.ownLong),
      pick(page, keys.allLong),
    ]),
  ];
}
