import { mkdir, stat } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion, openPage, useChromium } from './harness';

/** Git-ignored; the README's pictures are copied from here by hand when the look changes. */
const SCREENSHOTS = 'test-results/screenshots';

const chromium = useChromium();

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
});

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

describe('screenshots of the open widget', () => {
  it.each([
    ['desktop-light', 'plain.html', DESKTOP],
    ['desktop-dark', 'dark.html', { ...DESKTOP, colorScheme: 'dark' }],
    ['phone-light', 'plain.html', PHONE],
    ['phone-dark', 'dark.html', { ...PHONE, colorScheme: 'dark' }],
  ] as const)('%s', async (name, path, options) => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/${path}`, options);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'Can several people share one login?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    const file = `${SCREENSHOTS}/askdown-${name}.png`;
    await page.screenshot({ path: file, animations: 'disabled' });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.context().close();
  });

  it('did-you-mean-then-no (desktop)', async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, DESKTOP);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('button', { name: 'No' }).click();
    await askQuestion(page, 'email');
    await page.getByRole('list', { name: 'Did you mean one of these?' }).waitFor();
    const file = `${SCREENSHOTS}/askdown-did-you-mean.png`;
    await page.screenshot({ path: file, animations: 'disabled' });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
