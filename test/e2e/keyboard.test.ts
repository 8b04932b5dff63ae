import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedInWidget, openPage, useChromium } from './harness';

const chromium = useChromium();

/** Tab to the launcher, open it with Enter: focus moves into the panel, on the question box. */
async function openWithKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Questions?' }).waitFor();
  await page.keyboard.press('Tab');
  expect(await focusedInWidget(page)).toBe('button.launcher');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
  await expect.poll(() => focusedInWidget(page)).toBe('input#askdown-question.composer-input');
}

/** Asks with the keyboard alone, then Escape: the panel closes and focus is back on the launcher. */
async function askThenEscape(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Your question' }).focus();
  await page.keyboard.type('registration hours');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await focusedInWidget(page)).toBe('button.launcher');
}

describe('keyboard only', () => {
  it('on a wide screen the panel floats beside the page: not modal, Tab goes on to the launcher and back', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await openWithKeyboard(page);
    expect(await page.getByRole('dialog').getAttribute('aria-modal')).toBeNull();

    // Forward from the question box: the panel's controls below it, then the launcher, which comes after it.
    const seen: (string | null)[] = [];
    for (let i = 0; i < 15 && seen.at(-1) !== 'button.launcher'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedInWidget(page));
    }
    expect(seen).toEqual(['a.cta cta--footer', 'a.contact', 'button.launcher']);
    // Backward from the launcher: into the panel again, on its last control.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page)).toBe('a.contact');
    // Escape on the launcher closes the panel too, and focus stays there; Enter opens it again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('button.launcher');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInWidget(page)).toBe('input#askdown-question.composer-input');

    // Focus out in the page, which the floating panel may cover (WCAG 2.4.11): Escape there closes it too,
    // leaving focus where it is, unless the page used that Escape for itself (a stranger's audit).
    await page.evaluate(() => {
      const link = document.body.appendChild(Object.assign(document.createElement('a'), { href: '#page', textContent: 'A page link' }));
      link.focus();
    });
    await page.evaluate(() => document.body.addEventListener('keydown', (event) => event.preventDefault(), { once: true }));
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Questions?' }).isVisible()).toBe(true);
    // Nor one the page acts on without saying so (a review): a search box's, which clears it, or one inside a
    // modal dialog of the page's, which closes that dialog.
    await page.evaluate(() => {
      const search = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'search', value: 'shipping' }));
      search.focus();
    });
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Questions?' }).isVisible()).toBe(true);
    await page.evaluate(() => {
      const dialog = document.body.appendChild(document.createElement('dialog'));
      dialog.append(Object.assign(document.createElement('button'), { textContent: 'OK' }));
      dialog.showModal();
    });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    expect(await page.getByRole('dialog', { name: 'Questions?' }).isVisible()).toBe(true);
    await page.evaluate(() => (document.querySelector('a[href="#page"]') as HTMLElement).focus());
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('A page link');
    await page.getByRole('button', { name: 'Questions?' }).click();

    await askThenEscape(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a phone the panel covers the screen and is modal: Tab cycles inside it', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, phone);
    await openWithKeyboard(page);
    expect(await page.getByRole('dialog').getAttribute('aria-modal')).toBe('true');

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

    await askThenEscape(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a window narrowed under an open panel makes it modal with focus in it; widened again, it lets the page go', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await openWithKeyboard(page);
    const pageOverflow = () => page.evaluate(() => document.documentElement.style.getPropertyValue('overflow'));
    // Focus goes on to the launcher, beside the page; then the window narrows: the launcher is hidden under the panel.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('button.launcher');
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(() => page.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => focusedInWidget(page)).toBe('input#askdown-question.composer-input');
    expect(await pageOverflow()).toBe('hidden');
    // Wide again: not modal, and the page scrolls again.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.getByRole('dialog').getAttribute('aria-modal')).toBeNull();
    expect(await pageOverflow()).toBe('');
    // From the page under a panel that then covers it: focus comes into the panel too.
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(() => focusedInWidget(page)).toBe('input#askdown-question.composer-input');
    await askThenEscape(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sending with the Send button, by mouse, touch or keyboard, leaves focus in the question box for the next question (found by a review)', async () => {
    for (const how of ['mouse', 'keyboard', 'touch'] as const) {
      const options = how === 'touch' ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {};
      const { page } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, options);
      await page.getByRole('button', { name: 'Questions?' }).click();
      const box = page.getByRole('textbox', { name: 'Your question' });
      await box.fill('can i use a shared address');
      const send = page.getByRole('button', { name: 'Send' });
      if (how === 'mouse') await send.click();
      else if (how === 'touch') await send.tap();
      else {
        await page.keyboard.press('Tab');
        expect(await focusedInWidget(page)).toBe('button.composer-send');
        await page.keyboard.press('Space');
      }
      await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
      await expect.poll(() => focusedInWidget(page), { message: how }).toBe('input#askdown-question.composer-input');
      await page.keyboard.type('registration hours');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
      await page.context().close();
    }
  });
});
