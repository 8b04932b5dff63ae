import { describe, expect, it } from 'vitest';
import { askQuestion, openPage, pageRecords, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/** The strict policy plus Trusted Types: HTML and script URLs only through the one policy named "askdown". */
const TRUSTED_TYPES_CSP = `${TEST_CSP}; require-trusted-types-for 'script'; trusted-types askdown`;

/** Opens a test page served with `TRUSTED_TYPES_CSP` instead of its usual policy. */
function openWithTrustedTypes(file: string) {
  return openPage(chromium.browser, `${chromium.origin}/${file}`, {}, async (context) => {
    await context.route(`**/${file}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': TRUSTED_TYPES_CSP } });
    });
  });
}

describe('a page that requires Trusted Types', () => {
  it('gets the launcher, the app and answers with their HTML, through the one policy "askdown", with no violation', async () => {
    const { page, problems } = await openWithTrustedTypes('plain.html');
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can several people share one login?');
    const answer = page.getByRole('article');
    await answer.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    expect(await answer.locator('.answer-body p').count()).toBe(3);
    const records = await pageRecords(page);
    expect(records.cspViolations).toEqual([]);
    expect(problems).toEqual([]);
    // And the page really enforces it: a plain string into innerHTML throws (after the check above, as it is a violation).
    expect(await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch {
        return 'refused';
      }
    })).toBe('refused');
    await page.context().close();
  });

  it('loads the Japanese script through the same policy, and answers in Japanese', async () => {
    const { page, problems } = await openWithTrustedTypes('japanese.html');
    await page.getByRole('button', { name: 'よくあるご質問' }).click();
    const input = page.getByRole('textbox', { name: 'ご質問' });
    await input.fill('グループアドレスは登録できますか');
    await input.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'グループアドレス・共有アドレスを登録することはできますか？' }).waitFor();
    expect((await pageRecords(page)).cspViolations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
