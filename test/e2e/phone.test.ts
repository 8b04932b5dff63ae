import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {askQuestion, openPage, useChromium } from './harness';

const chromium = useChromium();

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/**
 * Scroll gestures over the panel's header (which does not scroll itself, so a gesture there would reach the
 * page) and over its conversation, then how far the page has scrolled.
 */
async function scrollGestures(page: Page): Promise<number> {
  for (const y of [24, 300]) {
    await page.mouse.move(187, y);
    await page.mouse.wheel(0, 400);
  }
  // Wheel scrolling is asynchronous: wait for two frames before reading the position.
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))));
}

describe('on a phone (375×667, touch)', () => {
  it('answers a suggested question tapped twice in quick succession once (found by a stranger\'s try)', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/phone.html`, PHONE);
    await page.getByRole('button', { name: 'Questions?' }).tap();
    const suggestion = page.getByRole('button', { name: 'Can I register a group or shared email address?' }).first();
    await suggestion.tap();
    await suggestion.tap();
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows the reply to a question as long as the screen, not the question's first lines (found by a stranger's try)", async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/phone.html`, PHONE);
    await page.getByRole('button', { name: 'Questions?' }).tap();
    const long = `${'We are a ship management company with many vessels and several offices in Asia and Europe. '.repeat(8)}Can we use a shared email address?`;
    await askQuestion(page, long);
    const reply = page.locator('askdown-widget .message').last();
    await reply.waitFor();
    const seen = await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')!.shadowRoot!;
      const body = root.querySelector('.panel-body')!.getBoundingClientRect();
      const messages = root.querySelectorAll('.message');
      const answer = messages[messages.length - 1]!.getBoundingClientRect();
      const question = messages[messages.length - 2]!.getBoundingClientRect();
      return { answerTop: answer.top - body.top, bodyHeight: body.height, questionTaller: question.height > body.height / 3 };
    });
    expect(seen.questionTaller).toBe(true);
    expect(seen.answerTop).toBeGreaterThan(0);
    expect(seen.answerTop).toBeLessThan(seen.bodyHeight / 2);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fills the screen, uses a 16px input, follows the shrinking viewport and keeps the page still', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/phone.html`, PHONE);
    await page.getByRole('button', { name: 'Questions?' }).tap();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await input.waitFor();
    expect(await page.getByRole('dialog').boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');

    // The page behind does not move, wherever the visitor scrolls.
    expect(await scrollGestures(page)).toBe(0);

    // The on-screen keyboard takes the bottom of the screen: the question box must stay above it.
    await input.focus();
    await page.setViewportSize({ width: 375, height: 340 });
    await expect.poll(async () => (await page.getByRole('dialog').boundingBox())?.height).toBe(340);
    const box = await input.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 340).toBe(true);
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();

    // Closed, the page is the host's again: the same swipe scrolls it.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByRole('button', { name: 'Close' }).tap();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => scrollGestures(page)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('on short screens', () => {
  it('a phone held sideways (844×390): the panel covers the screen, and the conversation has room', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/phone.html`, { ...PHONE, viewport: { width: 844, height: 390 } });
    await page.getByRole('button', { name: 'Questions?' }).tap();
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await page.getByRole('dialog').boundingBox()).toEqual({ x: 0, y: 0, width: 844, height: 390 });
    expect((await page.locator('.panel-body').boundingBox())?.height).toBeGreaterThan(150);
    // The conversation scrolls, the panel does not: its header stays put after answers that fill the screen.
    for (const question of ['registration hours', 'Can I register a group or shared email address?']) await askQuestion(page, question);
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.getByRole('dialog').evaluate((panel) => [panel.scrollTop, panel.querySelector('.panel-body')!.scrollTop > 0])).toEqual([0, true]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a desktop page zoomed to 400% (320×256): the panel scrolls as one, so every part of it is in reach', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, { viewport: { width: 320, height: 256 } });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    const title = page.getByRole('heading', { level: 3, name: /at any time/ });
    await title.waitFor();
    // The answer is scrolled into view, as it is where the conversation scrolls itself (a visitor's try: it landed
    // below the screen). After the frame in which the app scrolled.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shown = await title.boundingBox();
    expect(shown && shown.y >= 0 && shown.y + shown.height <= 256).toBe(true);
    const dialog = page.getByRole('dialog');
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 320, height: 256 });
    // The answer can be read a screen at a time, and the footer's links reached, by scrolling the panel.
    expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight + 200)).toBe(true);
    const contact = page.locator('.panel-footer').getByRole('link', { name: /Contact us/ });
    await contact.scrollIntoViewIfNeeded();
    const box = await contact.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 256).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Japanese input (IME)', () => {
  it('does not send on the Enter that confirms a conversion, and sends on the next one', async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.fill('登録の時間');
    const press = (composing: boolean) =>
      input.evaluate((el, isComposing) => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing, bubbles: true, composed: true, cancelable: true }));
      }, composing);

    await input.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true })));
    await press(true);
    await input.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionend', { data: '時間', bubbles: true })));
    expect(await page.locator('askdown-widget .message--question').count()).toBe(0);
    expect(await input.inputValue()).toBe('登録の時間');

    await press(false);
    await page.locator('askdown-widget .message--question').waitFor();
    expect(await page.locator('askdown-widget .message--question').textContent()).toContain('登録の時間');
    expect(await input.inputValue()).toBe('');
    await page.context().close();
  });
});
