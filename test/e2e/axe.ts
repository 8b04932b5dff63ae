import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in the page for the WCAG 2.2 A/AA rules and best practice, and returns each violation as
 * "rule: [targets]". `scope` 'widget' checks the widget only (axe reads its open shadow root); 'page', the whole
 * document. axe is injected by evaluation, so the page must be opened with `bypassCSP: true`.
 */
export async function axeViolations(page: Page, scope: 'widget' | 'page' = 'widget'): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  return page.evaluate(async (wholePage) => {
    type Results = { id: string; nodes: { target: unknown }[] }[];
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Results; incomplete: Results }> } }).axe;
    // The widget lives after <body>, where axe cannot work out colours behind text and reports every contrast
    // check as "incomplete"; in <body> for the run, it measures them (a stranger's finding).
    const host = document.querySelector('askdown-widget');
    if (host) document.body.append(host);
    try {
      const result = await axe.run(wholePage ? document : { include: [['askdown-widget']] }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      // Contrast axe could not decide counts as a failure: the claim is that every text reads.
      const undecided = result.incomplete.filter((v) => v.id === 'color-contrast').map((v) => ({ ...v, id: 'color-contrast (undecided)' }));
      return [...result.violations, ...undecided].map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    } finally {
      if (host) document.documentElement.append(host);
    }
  }, scope === 'page');
}
