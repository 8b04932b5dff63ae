import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeHostPages } from './host-pages';
import { measureLoad, median, TOUCH_SCREEN, type LoadCost } from './page-metrics';

/**
 * The pages compared, each the same host page (`host-pages.ts`) with one script or none, on a screen without touch; and
 * Askdown's page once more on a touch screen, where its facade downloads the app and the content at idle.
 */
export const IDLE_PAGES = [
  { name: 'bare page', key: 'without.html', page: 'without.html' },
  { name: 'one-line script', key: 'control.html', page: 'control.html' },
  { name: 'Askdown facade alone (app missing)', key: 'facade-only.html', page: 'facade-only.html' },
  { name: 'Askdown', key: 'with.html', page: 'with.html' },
  { name: 'Askdown, touch screen (downloads at idle)', key: 'with.html, touch', page: 'with.html', options: TOUCH_SCREEN },
  { name: 'DocSearch 5.2 (UMD + CSS)', key: 'docsearch.html', page: 'docsearch.html' },
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

export type IdleCosts = Record<(typeof IDLE_PAGES)[number]['key'], LoadCost[]>;

/** Loads every page `runs` times, interleaved (A, B, C, … A, B, C, …), each measured until `settleMs` after load. */
export async function measureIdleCosts(browser: Browser, origin: string, runs: number, settleMs: number): Promise<IdleCosts> {
  const costs = Object.fromEntries(IDLE_PAGES.map(({ key }) => [key, [] as LoadCost[]])) as IdleCosts;
  for (let run = 0; run < runs; run++) {
    for (const idle of IDLE_PAGES) costs[idle.key].push(await measureLoad(browser, `${origin}/${idle.page}`, settleMs, 'options' in idle ? idle.options : {}));
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
    ...IDLE_PAGES.map(({ name, key }) => [
      name,
      ms(pick(key, keys.own)),
      ms(pick(key, keys.all)),
      key === 'without.html' ? '' : ms(pick(key, keys.all) - pick('without.html', keys.all)),
      pick(key, keys.ownLong),
      pick(key, keys.allLong),
    ]),
  ];
}
