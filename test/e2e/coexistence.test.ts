import { describe, expect, it } from 'vitest';
import {askQuestion, openPage, pageRecords, useChromium } from './harness';

const chromium = useChromium();

describe('living with the host page', () => {
  it('gives one widget when the script is included twice', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/twice.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.locator('askdown-widget').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Questions?' }).count()).toBe(1);
    expect((await pageRecords(page)).addedGlobals).toEqual(['Askdown']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("works beside the host's own Preact 10 app, and leaves it and its window.preact alone", async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/other-preact.html`);
    const isHostPreact = () =>
      page.evaluate(() => {
        const win = window as unknown as { preact: unknown; hostPreact: unknown };
        return win.preact === win.hostPreact && typeof (win.preact as { render?: unknown }).render === 'function';
      });
    expect(await isHostPreact()).toBe(true);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    await page.locator('#host-counter').click();
    await page.locator('#host-counter').click();
    expect(await page.locator('#host-counter').textContent()).toBe('Host clicks: 2');
    expect(await isHostPreact()).toBe(true);
    expect((await pageRecords(page)).addedGlobals.sort()).toEqual(['Askdown', 'hostPreact', 'preactHostCount']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('ignores host globals named h, Fuse and marked, and leaves them as they were', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/host-globals.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can i regiser a grup email adress');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    const globals = await page.evaluate(() => {
      const win = window as unknown as { h: () => string; Fuse: new () => { host?: boolean }; marked: { parse: () => string } };
      return [win.h(), new win.Fuse().host, win.marked.parse()];
    });
    expect(globals).toEqual(['host h', true, 'host marked']);
    expect((await pageRecords(page)).addedGlobals).toEqual(['Askdown']);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
