import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openPage, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/** A host page whose script tag carries `integrity`, as the README shows it. */
function hostPage(integrity: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI page</title></head><body><h1>SRI</h1>
<script src="/askdown.js" integrity="${integrity}" crossorigin="anonymous" async></script></body></html>`;
}

async function pageWith(integrity: string, tamper = false) {
  return openPage(chromium.browser, `${chromium.origin}/sri.html`, {}, async (context) => {
    await context.route('**/sri.html', (route) =>
      route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': TEST_CSP }, body: hostPage(integrity) }),
    );
    if (!tamper) return;
    await context.route('**/askdown.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n/* changed on the way */` });
    });
  });
}

describe('Subresource Integrity (dist/integrity.json)', () => {
  it('the facade loads with the hash the build wrote, and is refused when its bytes change', async () => {
    const { 'askdown.js': integrity } = JSON.parse(await readFile('dist/integrity.json', 'utf8')) as Record<string, string>;
    expect(integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);

    const good = await pageWith(integrity!);
    await good.page.getByRole('button', { name: 'Questions?' }).waitFor();
    await good.page.context().close();

    const tampered = await pageWith(integrity!, true);
    await tampered.page.waitForTimeout(1_000);
    expect(await tampered.page.locator('askdown-widget').count()).toBe(0);
    expect(await tampered.page.evaluate(() => 'Askdown' in window)).toBe(false);
    await tampered.page.context().close();
  });
});
