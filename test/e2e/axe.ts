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
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(wholePage ? document : { include: [['askdown-widget']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, scope === 'page');
}
