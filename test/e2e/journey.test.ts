import { describe, expect, it } from 'vitest';
import {askQuestion, openPage, pageRecords, useChromium } from './harness';

const chromium = useChromium();

describe('the main journey, under the strict Content-Security-Policy', () => {
  it('suggested question, paraphrase, related article, registration link; no CSP violation, one global', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('dialog', { name: 'Questions?' }).waitFor();
    await page.getByRole('button', { name: 'Can I register my email address at any time during the pre-registration period?' }).click();
    await page.getByRole('heading', { level: 3, name: /at any time during the pre-registration period/ }).waitFor();

    await askQuestion(page, 'can several people share one login?');
    const answer = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }) });
    await answer.waitFor();
    // Screen readers hear the answer through the live region.
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

    const response = await page.request.get(`${chromium.origin}/plain.html`);
    expect(response.headers()['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
    );
    expect(await pageRecords(page)).toEqual({ cspViolations: [], addedGlobals: ['Askdown'] });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a question with a word longer than any the content has is answered, with no error (found by a stranger\'s try)', async () => {
    // The typo script's Fuse.js threw on a word of 18 letters or more, and the question got "no answer".
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'Can our telecommunications department register a group or shared email address?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a link to an answer (#askdown=) opens it; closed, the address loses it, so a reload does not open it again', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html#askdown=shared-email`);
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.url()).toBe(`${chromium.origin}/plain.html`);
    await page.reload();
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
