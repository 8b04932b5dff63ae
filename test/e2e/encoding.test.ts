import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askQuestion, openPage, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/** "日本語のページ" in Shift_JIS: a page whose bytes are not UTF-8. */
const SHIFT_JIS_HEADING = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x79, 0x81, 0x5b, 0x83, 0x57];

function hostPage(meta: string, heading: number[]): Buffer {
  const ascii = (text: string) => Buffer.from(text, 'latin1');
  return Buffer.concat([
    ascii(`<!doctype html><html><head>${meta}<title>Legacy page</title></head><body><h1>`),
    Buffer.from(heading),
    ascii('</h1><script src="/askdown.js" async></script></body></html>'),
  ]);
}

/**
 * Serves `/legacy.html` with `body` and every script with no charset in its Content-Type, as many older servers
 * do: the browser then decodes the scripts in the page's own encoding.
 */
async function serveWithoutCharset(context: BrowserContext, body: Buffer): Promise<void> {
  await context.route('**/legacy.html', (route) =>
    route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': TEST_CSP }, body }),
  );
  await context.route('**/*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/javascript' } });
  });
}

describe('host pages that are not UTF-8', () => {
  it.each([
    ['Shift_JIS, declared by a meta tag', '<meta charset="Shift_JIS">', SHIFT_JIS_HEADING],
    ['no declared encoding at all (windows-1252)', '', [0x43, 0x61, 0x66, 0xe9]],
  ])('%s: the widget opens and answers', async (_, meta, heading) => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/legacy.html`, {}, (context) =>
      serveWithoutCharset(context, hostPage(meta, heading)),
    );
    expect(await page.evaluate(() => document.characterSet)).toBe(meta === '' ? 'windows-1252' : 'Shift_JIS');
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can several people share one login?');
    // A script misread in the page's encoding does not parse at all, and then no answer ever comes.
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
