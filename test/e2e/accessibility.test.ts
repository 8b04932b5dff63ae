import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useChromium } from './harness';

const chromium = useChromium();

describe('accessibility (axe-core)', () => {
  it('reports no violations closed, open, with an answer, its feedback, "did you mean" and the no-answer fallback', async () => {
    // axe is injected by evaluation, which the page's own strict CSP would otherwise refuse.
    const context = await chromium.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/plain.html`);
    const launcher = page.getByRole('button', { name: 'Questions?' });
    await launcher.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await launcher.click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await input.fill('registration hours');
    await input.press('Enter');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    // The answer is announced: the live region holds its title and text.
    const status = page.getByRole('status').filter({ hasText: 'any time' });
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^Can I register my email address at any time.*24 hours a day\./);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Thank you for letting us know.').waitFor();
    await input.fill('can several people share one login?');
    await input.press('Enter');
    await page.getByRole('button', { name: 'No' }).click();
    const others = page.getByRole('list', { name: 'Other articles' });
    await others.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The contact link stands apart from the article links above it, not as one more of them (a visitor's try).
    const listEnd = await others.evaluate((list) => list.getBoundingClientRect().bottom);
    const contactTop = await page.locator('.feedback-reply .contact').evaluate((link) => link.getBoundingClientRect().top);
    expect(contactTop - listEnd).toBeGreaterThan(4);

    await input.fill('email');
    await input.press('Enter');
    await page.getByRole('list', { name: 'Did you mean one of these?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await input.fill('how much does a ship classification survey cost');
    await input.press('Enter');
    await page.getByRole('list', { name: 'Closest articles' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sorry' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("adds no landmark that clashes with a host page's own header, footer and main, open with an answer", async () => {
    const context = await chromium.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/landmarks.html`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await input.fill('registration hours');
    await input.press('Enter');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    // The whole page, where landmark rules look: one banner, one contentinfo, one main, each the page's own.
    expect(await axeViolations(page, 'page')).toEqual([]);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    await context.close();
  });
});
