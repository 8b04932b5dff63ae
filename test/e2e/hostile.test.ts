import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {askQuestion, openPage, useChromium } from './harness';

const chromium = useChromium();

/** Where the widget's parts are and how they look, after opening it and getting an answer. */
async function widgetGeometry(page: Page) {
  const launcher = page.getByRole('button', { name: 'Questions?' });
  const closedLauncher = await launcher.boundingBox();
  await launcher.click();
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.waitFor();
  await askQuestion(page, 'registration hours');
  const title = page.getByRole('heading', { level: 3, name: /at any time/ });
  await title.waitFor();
  const style = (selector: string, properties: string[]) =>
    page.evaluate(
      ([sel, props]) => {
        const element = document.querySelector('askdown-widget')?.shadowRoot?.querySelector(sel as string);
        const computed = element ? getComputedStyle(element) : null;
        return Object.fromEntries((props as string[]).map((p) => [p, computed?.getPropertyValue(p)]));
      },
      [selector, properties] as const,
    );
  return {
    closedLauncher,
    openLauncher: await launcher.boundingBox(),
    panel: await page.getByRole('dialog').boundingBox(),
    input: await input.boundingBox(),
    answerTitle: await title.boundingBox(),
    inputStyle: await style('.composer-input', ['font-size', 'font-family', 'color', 'box-sizing', 'display']),
    panelStyle: await style('.panel', ['background-color', 'color', 'font-size', 'line-height', 'display']),
    sendStyle: await style('.composer-send', ['display', 'background-color', 'color']),
  };
}

describe('hostile host CSS', () => {
  it('leaves the widget looking and working the same as on a plain page', async () => {
    const plain = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    const hostile = await openPage(chromium.browser, `${chromium.origin}/hostile.html`);
    // The hostile page really is hostile: its own buttons are gone and its fonts are huge.
    expect(await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px');
    const expected = await widgetGeometry(plain.page);
    const actual = await widgetGeometry(hostile.page);
    expect(actual).toEqual(expected);
    expect(expected.inputStyle['font-size']).toBe('16px');
    expect(expected.sendStyle.display).not.toBe('none');
    expect([...plain.problems, ...hostile.problems]).toEqual([]);
    await plain.page.context().close();
    await hostile.page.context().close();
  });
});

describe('position and stacking', () => {
  it('sits on the left with data-position="left"', async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/left.html`);
    const box = await page.getByRole('button', { name: 'Questions?' }).boundingBox();
    expect(box?.x).toBe(20);
    await page.getByRole('button', { name: 'Questions?' }).click();
    expect((await page.getByRole('dialog').boundingBox())?.x).toBe(20);
    await page.context().close();
  });

  it("fits the screen on a page zoomed with CSS, and reads left to right on a right-to-left page (a stranger's try as a web team)", async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`, { viewport: { width: 1366, height: 768 } });
    // Through the CSSOM, which the page's Content-Security-Policy allows, as it does a stylesheet of the page's own.
    await page.evaluate(() => {
      document.documentElement.style.zoom = '1.25';
      document.documentElement.dir = 'rtl';
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Questions?' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    if (!box) throw new Error('the panel is not laid out');
    // Its header and close button are on the screen (they were 87 px above it).
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    const directions = await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')!.shadowRoot!;
      return ['.launcher', '.panel'].map((selector) => getComputedStyle(root.querySelector(selector)!).direction);
    });
    expect(directions).toEqual(['ltr', 'ltr']);
    // A visitor's question keeps the direction of its own letters in that frame (a visitor's try: an Arabic one
    // ended on the left, with its question mark).
    await askQuestion(page, 'هل يمكنني استخدام عنوان بريد مشترك؟');
    const question = page.locator('.question bdi').last();
    await question.waitFor();
    expect(await question.evaluate((bdi) => [bdi.matches(':dir(rtl)'), getComputedStyle(bdi.parentElement!).direction])).toEqual([true, 'ltr']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("keeps a host cookie banner clickable when the host lowers --askdown-z-index below the banner's", async () => {
    const { page } = await openPage(chromium.browser, `${chromium.origin}/cookie-banner.html`);
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.waitFor({ state: 'attached' });
    const accept = page.getByRole('button', { name: 'Accept cookies' });
    const acceptBox = await accept.boundingBox();
    const launcherBox = await launcher.boundingBox();
    if (!acceptBox || !launcherBox) throw new Error('banner or launcher not laid out');
    // The two overlap, so whichever is on top gets the click.
    expect(launcherBox.x < acceptBox.x + acceptBox.width && acceptBox.x < launcherBox.x + launcherBox.width).toBe(true);
    expect(launcherBox.y < acceptBox.y + acceptBox.height && acceptBox.y < launcherBox.y + launcherBox.height).toBe(true);
    const center = { x: launcherBox.x + launcherBox.width / 2, y: launcherBox.y + launcherBox.height / 2 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, center)).toBe('accept-cookies');

    await page.mouse.click(center.x, center.y);
    await page.locator('#cookie-banner').waitFor({ state: 'hidden' });
    // With the banner gone, the same spot is the launcher again.
    await page.mouse.click(center.x, center.y);
    await page.getByRole('dialog').waitFor();
    await page.context().close();
  });
});
