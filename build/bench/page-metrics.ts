import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

/** Main-thread cost of loading one page, from a Chromium trace of the page's renderer main thread. */
export interface LoadCost {
  /** Time in all main-thread tasks up to the end of the load event, ms. */
  taskMsAtLoad: number;
  /** Time in all main-thread tasks up to `settleMs` after the load event (idle-time work included), ms. */
  taskMsSettled: number;
  /** Time spent running the widget's own code (evaluating its scripts, its callbacks) up to the load event, ms. */
  widgetMsAtLoad: number;
  /** The same, up to `settleMs` after the load event, ms. */
  widgetMsSettled: number;
  /** Tasks over 50 ms in which the widget's code ran, up to the end of the load event. */
  widgetLongTasksAtLoad: number;
  /** The widget's tasks over 50 ms in the whole window. */
  widgetLongTasksSettled: number;
  /** All tasks over 50 ms up to the end of the load event. */
  longTasksAtLoad: number;
  /** All tasks over 50 ms in the whole window. */
  longTasksSettled: number;
}

export const CPU_SLOWDOWN = 4;

/** A fresh page (in a context with `options`: a phone's, say) with the CPU slowed `CPU_SLOWDOWN` times. */
export async function throttledPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, cdp, close: () => context.close() };
}

/** What Chromium names one main-thread task in a trace (the name changed between versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string; isMainFrame?: boolean; url?: string; scriptName?: string } };
}

const CODE_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/**
 * Whether a trace event is the measured script's code at work: its scripts evaluated, or a function of theirs
 * called. The script is Askdown's (askdown*.js), the one-line control script, or DocSearch (under /docsearch/).
 */
function isWidgetWork(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
  return CODE_EVENTS.has(event.name) && /\/(askdown(-[a-z]+)?|control|docsearch\/[a-z-]+)\.js/.test(url);
}

/**
 * One renderer main thread's part of a trace: its top-level tasks, the widget's code that ran on it (counted
 * once: a call made while its script evaluates is inside that evaluation), and the tasks in which that code ran.
 */
function mainThreadWork(events: TraceEvent[], thread: { pid: number; tid: number }): { tasks: TraceEvent[]; ownCode: TraceEvent[]; widgetTasks: TraceEvent[] } {
  const onThread = (e: TraceEvent) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid;
  const tasks = events.filter((e) => onThread(e) && TASK_EVENTS.has(e.name));
  const work = events.filter((e) => onThread(e) && isWidgetWork(e));
  const within = (inner: TraceEvent, outer: TraceEvent) =>
    inner !== outer && inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const ownCode = work.filter((e) => !work.some((other) => within(e, other)));
  const widgetTasks = tasks.filter((t) => ownCode.some((w) => w.ts >= t.ts && w.ts <= t.ts + (t.dur ?? 0)));
  return { tasks, ownCode, widgetTasks };
}

async function traceWhile(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,loading,__metadata', transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Loads `url` and measures what it costs the renderer's main thread: every top-level task until the end of the
 * load event, and until `settleMs` later. A trace, not a metrics snapshot, so idle-time work that starts just
 * after the load event cannot leak into the "during load" figure.
 */
export async function measureLoad(browser: Browser, url: string, settleMs: number): Promise<LoadCost> {
  const { page, cdp, close } = await throttledPage(browser);
  try {
    const events = await traceWhile(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(settleMs);
    });
    const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame !== false);
    if (!load) throw new Error(`no load event in the trace of ${url}`);
    const loadEnd = load.ts;
    // The page's own renderer main thread only: headless Chromium runs other renderers (its omnibox popup's
    // WebUI) whose tasks would otherwise count as the page's.
    const { tasks, ownCode, widgetTasks } = mainThreadWork(events, load);
    const ms = (task: TraceEvent) => (task.dur ?? 0) / 1000;
    const sum = (list: TraceEvent[]) => list.reduce((total, t) => total + ms(t), 0);
    const long = (list: TraceEvent[]) => list.filter((t) => ms(t) > 50).length;
    const toLoad = (list: TraceEvent[]) => list.filter((t) => t.ts <= loadEnd);
    return {
      taskMsAtLoad: sum(toLoad(tasks)),
      taskMsSettled: sum(tasks),
      widgetMsAtLoad: sum(toLoad(ownCode)),
      widgetMsSettled: sum(ownCode),
      widgetLongTasksAtLoad: long(toLoad(widgetTasks)),
      widgetLongTasksSettled: long(widgetTasks),
      longTasksAtLoad: long(toLoad(tasks)),
      longTasksSettled: long(tasks),
    };
  } finally {
    await close();
  }
}

/**
 * In the page: the facade's idle-time downloads done, the app script and the content (the pack, or in the
 * run-time Markdown mode its index.md).
 */
async function waitForPrefetch(page: Page): Promise<void> {
  await page.waitForFunction(
    // No named functions in here: tsx would wrap them in a helper that the page does not have.
    () => {
      const done = performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd > 0)
        .map((entry) => new URL(entry.name).pathname);
      return done.some((path) => path.endsWith('/askdown-app.js')) && done.some((path) => /\.(json|md)$/.test(path));
    },
    null,
    { timeout: 30_000 },
  );
}

/** In the page: the widget's shadow root, once the facade has drawn the launcher. */
async function waitForLauncher(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('askdown-widget')?.shadowRoot?.querySelector('.launcher'));
}

/**
 * Time from the first opening to the first answer on screen. The page asks through the API, which opens the
 * panel, and the clock stops when the answer card is in the shadow DOM. Cold: as soon as the launcher is drawn,
 * so it covers loading the app and the pack, building the index, matching and rendering. Prefetched: after the
 * facade downloaded the app and the content while the page was idle (nothing of them run: the API call is the
 * first sign of intent), as happens when a visitor reads before asking.
 */
export async function openToFirstAnswer(browser: Browser, url: string, question: string, prefetched: boolean): Promise<number> {
  const { page, close } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: prefetched ? 'load' : 'domcontentloaded' });
    await waitForLauncher(page);
    if (prefetched) await waitForPrefetch(page);
    return await page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const root = document.querySelector('askdown-widget')?.shadowRoot as ShadowRoot;
          const started = performance.now();
          new MutationObserver((_, observer) => {
            if (!root.querySelector('.answer')) return;
            observer.disconnect();
            resolve(performance.now() - started);
          }).observe(root, { childList: true, subtree: true });
          (window as unknown as { Askdown: { ask(q: string): void } }).Askdown.ask(q);
        }),
      question,
    );
  } finally {
    await close();
  }
}

/** How a visitor reaches for the launcher before opening it. */
export type Intent = 'hover' | 'tap';

/** How long a mouse rests on the launcher before the click, in the hover-led opening. */
export const HOVER_LEAD_MS = 150;

/**
 * Opening after the page loaded and went idle (the widget had its idle time to download what it may), as a
 * visitor who reaches for the launcher: `hover` rests the mouse on it for `HOVER_LEAD_MS`, then clicks; `tap` is
 * a bare tap on a phone (touch, a phone's screen), with no lead at all. `ms`: from the click or tap to the panel
 * ready to answer (its suggested questions drawn: the content loaded), or, with `question`, asked through the
 * API as the panel opens, to its answer on screen. From a trace of the page's main thread, from the first intent
 * (the hover, or the tap) to 200 ms after that moment: `longestTaskMs`, its longest task of all, and
 * `longestWidgetTaskMs`, its longest task in which the widget's code ran.
 */
export async function openAfterIntent(
  browser: Browser,
  url: string,
  intent: Intent,
  question?: string,
): Promise<{ ms: number; longestTaskMs: number; longestWidgetTaskMs: number }> {
  const phone = intent === 'tap' ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {};
  const { page, cdp, close } = await throttledPage(browser, phone);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForLauncher(page);
    await waitForPrefetch(page);
    await page.evaluate((q) => {
      const root = document.querySelector('askdown-widget')?.shadowRoot as ShadowRoot;
      const state = window as unknown as { benchIntent?: number };
      let started = 0;
      root.querySelector('.launcher')?.addEventListener('click', () => {
        started = performance.now();
        // After the click has opened the panel (asked in the click itself, the click's toggle would close it).
        if (q) setTimeout(() => (window as unknown as { Askdown: { ask(q: string): void } }).Askdown.ask(q), 0);
      }, { capture: true, once: true });
      // Shown, not just drawn: the hover draws the closed panel's contents ahead (the click only shows them).
      new MutationObserver((_, observer) => {
        if (!started || !root.querySelector(`.panel:not([hidden]) ${q ? '.answer' : '.suggested-button'}`)) return;
        observer.disconnect();
        state.benchIntent = performance.now() - started;
      }).observe(root, { childList: true, subtree: true, attributeFilter: ['hidden'] });
    }, question ?? '');
    const launcher = page.locator('askdown-widget .launcher');
    let ms = 0;
    const events = await traceWhile(cdp, async () => {
      if (intent === 'hover') {
        await launcher.hover();
        await page.waitForTimeout(HOVER_LEAD_MS);
        await launcher.click();
      } else {
        await launcher.tap();
      }
      const handle = await page.waitForFunction(() => (window as unknown as { benchIntent?: number }).benchIntent, null, { timeout: 30_000 });
      ms = (await handle.jsonValue()) as number;
      await page.waitForTimeout(200);
    });
    // The page's main thread: where the widget's code ran.
    const thread = events.find((event) => event.ph === 'X' && isWidgetWork(event));
    if (!thread) throw new Error(`no code of the widget in the trace of ${url}`);
    const { tasks, widgetTasks } = mainThreadWork(events, thread);
    const longest = (list: TraceEvent[]) => Math.max(0, ...list.map((task) => (task.dur ?? 0) / 1000));
    return { ms, longestTaskMs: longest(tasks), longestWidgetTaskMs: longest(widgetTasks) };
  } finally {
    await close();
  }
}

/**
 * Time from pressing Enter to the answer on screen, for the first question typed into a freshly opened panel
 * (the pack is loaded: the visitor waited for the question box).
 */
export async function enterToAnswer(browser: Browser, url: string, question: string): Promise<number> {
  const { page, close } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await page.locator('askdown-widget .launcher').click();
    const input = page.locator('askdown-widget #askdown-question');
    await input.fill(question);
    await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')?.shadowRoot as ShadowRoot;
      const state = window as unknown as { benchEnterToAnswer?: number };
      let pressed = 0;
      root.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') pressed = performance.now();
      }, { capture: true });
      new MutationObserver((_, observer) => {
        if (!pressed || !root.querySelector('.answer')) return;
        observer.disconnect();
        state.benchEnterToAnswer = performance.now() - pressed;
      }).observe(root, { childList: true, subtree: true });
    });
    await input.press('Enter');
    const handle = await page.waitForFunction(() => (window as unknown as { benchEnterToAnswer?: number }).benchEnterToAnswer);
    return (await handle.jsonValue()) as number;
  } finally {
    await close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
