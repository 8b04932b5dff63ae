import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startServer } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a host page and collects what would show in its console. */
async function openPage(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(`${server.origin}${path}`);
  return { page, problems };
}

async function askQuestion(page: Page, question: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(question);
  await input.press('Enter');
}

describe('the built widget in Chromium', () => {
  it('answers a paraphrase, opens a related answer and links safely to registration, under a strict CSP', async () => {
    const { page, problems } = await openPage('/plain.html');
    await page.getByRole('button', { name: 'Questions?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Questions?' });
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Can I register my email address at any time during the pre-registration period?' }).click();
    await page.getByRole('heading', { level: 3, name: /at any time during the pre-registration period/ }).waitFor();

    await askQuestion(page, 'can several people share one login?');
    const answer = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }) });
    await answer.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('individual log-ins are required');

    await answer.getByRole('button', { name: 'What kind of email address should I prepare for pre-registration?' }).click();
    await page.getByRole('heading', { level: 3, name: 'What kind of email address should I prepare for pre-registration?' }).waitFor();

    const cta = answer.getByRole('link', { name: /Go to email pre-registration/ });
    expect(await cta.getAttribute('href')).toBe('https://example.com/pre-registration');
    expect(await cta.getAttribute('rel')).toContain('noopener');
    // Answered here, so the test never leaves this machine.
    await page.context().route('https://example.com/**', (route) => route.fulfill({ body: 'pre-registration site' }));
    const [popup] = await Promise.all([page.waitForEvent('popup'), cta.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe('https://example.com/pre-registration');
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();

    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __keysBefore: string[] }).__keysBefore);
      return Object.keys(window).filter((key) => !before.has(key));
    });
    expect(added).toEqual(['Askdown']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone: Tab to the launcher, Enter, type, Escape returns focus', async () => {
    const { page } = await openPage('/plain.html');
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('launcher');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Your question' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('askdown-question');
    await page.keyboard.type('registration hours');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('launcher');
    await page.close();
  });

  it('looks and works the same on a page whose CSS attacks it', async () => {
    const box = async (path: string) => {
      const { page } = await openPage(path);
      const launcher = page.getByRole('button', { name: 'Questions?' });
      await launcher.click();
      await page.getByRole('textbox', { name: 'Your question' }).waitFor();
      const result = {
        launcher: await launcher.boundingBox(),
        panel: await page.getByRole('dialog').boundingBox(),
        inputFont: await page.getByRole('textbox', { name: 'Your question' }).evaluate((el) => getComputedStyle(el).fontSize),
      };
      await askQuestion(page, 'registration hours');
      await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
      await page.close();
      return result;
    };
    const plain = await box('/plain.html');
    const hostile = await box('/hostile.html');
    expect(hostile).toEqual(plain);
    expect(plain.inputFont).toBe('16px');
  });

  it('fills a phone screen', async () => {
    const { page } = await openPage('/plain.html', { width: 375, height: 667 });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('textbox', { name: 'Your question' }).waitFor();
    expect(await page.getByRole('dialog').boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    await page.close();
  });
});
