import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useChromium } from './harness';

const chromium = useChromium();

describe('the static FAQ page (dist/faq/<locale>/index.html)', () => {
  for (const locale of ['en', 'ja']) {
    it(`${locale}: reads with JavaScript off, deep links to an answer, fits a phone, and axe finds nothing in light or dark`, async () => {
      const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
      const page = await context.newPage();
      await page.goto(`${chromium.origin}/faq/${locale}/index.html#shared-email`);
      const section = page.locator('section#shared-email');
      expect(await section.getByRole('heading', { level: 2 }).isVisible()).toBe(true);
      expect(await section.locator('.answer p').count()).toBe(3);
      expect(await page.locator('section').count()).toBe(6);
      // The page's own stylesheet applies (the accent colour on the registration button), and nothing is wider
      // than the phone.
      expect(await page.locator('.cta').first().evaluate((el) => getComputedStyle(el).display)).toBe('inline-block');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await context.close();

      // axe needs script; run it on a script-enabled view of the same page, in the light and the dark scheme.
      for (const colorScheme of ['light', 'dark'] as const) {
        const checked = await chromium.browser.newContext({ bypassCSP: true, colorScheme });
        const withScript = await checked.newPage();
        await withScript.goto(`${chromium.origin}/faq/${locale}/index.html`);
        const violations = await axeViolations(withScript, 'page');
        expect({ colorScheme, violations }).toEqual({ colorScheme, violations: [] });
        await checked.close();
      }
    });
  }
});
