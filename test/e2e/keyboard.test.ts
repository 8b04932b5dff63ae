import { describe, expect, it } from 'vitest';
import {focusedInWidget, openPage, useChromium } from './harness';

const chromium = useChromium();

describe('keyboard only', () => {
  it('Tab reaches the launcher, Enter opens, focus moves in, Tab cycles inside, Escape returns to the launcher', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('button.launcher');

    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    await expect.poll(() => focusedInWidget(page)).toBe('input#askdown-question.composer-input');

    // Forward: every Tab stays in the dialog, and after a full round focus is back on the question box.
    const seen: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedInWidget(page));
    }
    expect(seen.every((focused) => focused !== null && focused !== 'button.launcher')).toBe(true);
    expect(seen).toContain('input#askdown-question.composer-input');
    expect(seen).toContain('button.close');
    // Backward from the first element wraps to the last.
    await page.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page)).toBe('a.contact');

    await page.getByRole('textbox', { name: 'Your question' }).focus();
    await page.keyboard.type('registration hours');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('button.launcher');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
