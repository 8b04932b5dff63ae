import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderAnswerHtml } from '../../build/content/render-markdown';
import { NODE_ANSWER_HTML } from '../../build/content/sanitize';
import { axeViolations } from './axe';
import { askQuestion, openPage, pageRecords, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/**
 * A host page in the run-time Markdown mode: `data-content` names an index.md, and content/<locale>/ is served
 * as plain files under /md/<locale>/, exactly as an editor uploads them, with `changed` files replaced (null:
 * missing). Nothing of the content is built.
 */
function markdownSite(attributes: string, changed: Record<string, string | null> = {}, requested: string[] = [], csp = TEST_CSP) {
  return async (context: BrowserContext) => {
    await context.route('**/markdown-mode.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': csp },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markdown mode</title><link rel="icon" href="/favicon.svg">
<script src="/record-globals.js"></script></head>
<body><main><h1>Markdown mode</h1></main><script src="/askdown.js" ${attributes} async></script></body></html>`,
      }),
    );
    await context.route('**/md/**', async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/md\//, '');
      requested.push(path);
      const name = path.split('/').pop() ?? '';
      if (name in changed) {
        const body = changed[name];
        return body === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ contentType: 'text/markdown', body });
      }
      return route.fulfill({ contentType: 'text/markdown', body: await readFile(`content/${path}`).catch(() => 'missing') });
    });
  };
}

const ENGLISH = 'data-content="/md/en/index.md"';

describe('the run-time Markdown mode (data-content names an index.md), under the strict CSP', () => {
  it('answers paraphrased questions from the Markdown files as uploaded, with the Markdown script and no pack', async () => {
    const requested: string[] = [];
    const scripts: string[] = [];
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, async (context) => {
      await markdownSite(ENGLISH, {}, requested)(context);
      context.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
    });
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('button', { name: 'Can I register a group or shared email address?' }).waitFor();
    await askQuestion(page, 'can several people share one login?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await askQuestion(page, 'is the site open at night?');
    await page.getByRole('heading', { level: 3, name: /at any time during the pre-registration period/ }).waitFor();

    expect(requested.sort()).toEqual(
      ['index.md', 'multiple-login-ids.md', 'new-service-application.md', 'personal-email-security.md', 'registration-hours.md', 'shared-email.md', 'which-email.md'].map((file) => `en/${file}`),
    );
    expect(scripts).toContain('/askdown-markdown.js');
    expect(problems).toEqual([]);
    expect(await pageRecords(page)).toEqual({ cspViolations: [], addedGlobals: ['Askdown'] });
    await page.context().close();
  });

  it('leaves out a broken article, answers from the others, and names file, line and fix in the console', async () => {
    // A list left open: invalid YAML.
    const broken = (await readFile('content/en/which-email.md', 'utf8')).replace(/^related: .*$/m, 'related: [shared-email, personal-email-security');
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, markdownSite(ENGLISH, { 'which-email.md': broken }));
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can several people share one login?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    await expect.poll(() => problems[0]).toMatch(/^warning: Askdown: \/md\/en\/which-email\.md:\d+: invalid YAML: .*\n {2}How to fix: /);
    // Its title is a suggested question, which is left out rather than answered with another article.
    expect(problems.slice(1)).toEqual([expect.stringContaining('the suggested question "What kind of email address should I prepare for pre-registration?" is left out')]);
    expect(await page.getByRole('button', { name: 'What kind of email address should I prepare for pre-registration?' }).count()).toBe(0);
    // Visitors are not told: no alert without data-preview.
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('with data-preview, lists the problems in the panel for the editor, and axe finds nothing wrong there', async () => {
    const changed = { 'which-email.md': null, 'shared-email.md': '---\ntitel: Shared?\n---\nText.\n' };
    const { page } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, markdownSite(`${ENGLISH} data-preview`, changed));
    await page.getByRole('button', { name: 'Questions?' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('/md/en/shared-email.md:2: unknown key "titel". Did you mean "title"?');
    expect(text).toMatch(/\/md\/en\/index\.md:\d+: the link to "which-email\.md" leads to a file that could not be fetched \(HTTP 404\)/);
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the friendly error and a retry only when nothing usable loaded (with data-preview, why), and the retry works', async () => {
    const changed: Record<string, string | null> = { 'index.md': null };
    const { page } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, markdownSite(`${ENGLISH} data-preview`, changed));
    await page.getByRole('button', { name: 'Questions?' }).click();
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([
      expect.stringContaining('could not be loaded'),
      '/md/en/index.md: index.md could not be fetched (HTTP 404) \u2014 Check that index.md is uploaded at this address, and that the page\'s data-content names it.',
    ]);
    delete changed['index.md'];
    await retry.click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    await page.context().close();
  });

  it('keeps of awkward HTML in an answer exactly what the build keeps (Chromium against the build)', async () => {
    const body = [
      'Before <!-- a note --> after.',
      '',
      '<div><p>nested <span class="x">span</span></p></div>',
      '',
      '<p>unclosed <b>bold <i>both</p>',
      '',
      '<noscript><p title="</noscript><b>x</b>">q</p></noscript>',
      '',
      '<table><tr><td align="left">cell</td><td bgcolor=red>b</td></tr></table>',
      '',
      '<a href="https://example.com/" target="_self" title="t">raw link</a> and [a Markdown one](https://example.com/)',
      '',
      '<h1>Big</h1>',
      '',
      '## Small',
      '',
      '<del>old</del> <kbd>Ctrl</kbd> <details><summary>s</summary>d</details>',
      '',
      // Pasted from a word processor: inline styles, which the page's CSP would report as the browser parses them.
      '<p style="position:fixed">overlay</p><base href="https://evil.example/">',
      '',
      '<a href="/x" target="_top">top</a>',
    ].join('\n');
    const article = `---\ntitle: Awkward HTML\n---\n${body}\n`;
    const index = (await readFile('content/en/index.md', 'utf8')).replace('- [Can I register a group', '- [Awkward](awkward.md)\n- [Can I register a group');
    const { page } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, markdownSite(ENGLISH, { 'index.md': index, 'awkward.md': article }));
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'awkward html');
    const answer = page.locator('askdown-widget').locator('.answer-body').first();
    await answer.waitFor();
    const shown = await answer.evaluate((element) => element.innerHTML.trim());
    expect(shown).toBe(renderAnswerHtml(body, NODE_ANSWER_HTML));
    expect(shown).toContain('<a href="/x">top</a>');
    expect((await pageRecords(page)).cspViolations).toEqual([]);
    await page.context().close();
  });

  it('keeps a wide table, a long address and a long line of code inside the answer card on a phone (found by a review)', async () => {
    const address = 'https://forms.example.com/Pages/ResponsePage.aspx?id=DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__gJb0JZUMUlNQzJLRkZWWjJFTkNPOEJFMlBWNlJFVy4u';
    const wide = [
      `${await readFile('content/en/which-email.md', 'utf8')}`,
      `Fill in [the form](${address}) or paste ${address} into your browser.`,
      '| Service | Login ID format | Pre-registration | Deadline | Contact |\n|---|---|---|---|---|\n| NK-SHIPS | 8 digits | required | 2026-03-31 | ships-support@example.com |',
      `\`\`\`\ncurl --header "Accept: application/json" ${address}\n\`\`\``,
    ].join('\n\n');
    const { page } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, { viewport: { width: 375, height: 667 } }, markdownSite(ENGLISH, { 'which-email.md': wide }));
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    await page.evaluate(() => (window as unknown as { Askdown: { showArticle(id: string): void } }).Askdown.showArticle('which-email'));
    await page.locator('askdown-widget .answer-body table').waitFor();
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('askdown-widget')!.shadowRoot!;
      const over = (selector: string) => {
        const element = root.querySelector(selector)!;
        return element.scrollWidth - element.clientWidth;
      };
      const right = (selector: string) => root.querySelector(selector)!.getBoundingClientRect().right;
      return { body: over('.panel-body'), card: over('.answer'), table: right('.answer-body table') - right('.answer'), code: right('.answer-body pre') - right('.answer') };
    });
    expect(overflow.body).toBeLessThanOrEqual(0);
    expect(overflow.card).toBeLessThanOrEqual(0);
    expect(overflow.table).toBeLessThanOrEqual(0);
    expect(overflow.code).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers Japanese questions from content/ja read the same way', async () => {
    const { page, problems } = await openPage(
      chromium.browser,
      `${chromium.origin}/markdown-mode.html`,
      {},
      markdownSite('data-locale="ja" data-content="/md/{locale}/index.md"'),
    );
    // The launcher says the content's own title once the app has read it, which it does only when wanted.
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.getByRole('button', { name: 'よくあるご質問' }).waitFor();
    await page.getByRole('textbox', { name: 'ご質問' }).fill('共有アドレスは使えますか');
    await page.getByRole('textbox', { name: 'ご質問' }).press('Enter');
    await page.getByRole('heading', { level: 3, name: 'グループアドレス・共有アドレスを登録することはできますか？' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('works on a page that requires Trusted Types: the compiler, the typo search and the answers through the one policy', async () => {
    const csp = `${TEST_CSP}; require-trusted-types-for 'script'; trusted-types askdown`;
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/markdown-mode.html`, {}, markdownSite(ENGLISH, {}, [], csp));
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'can several peple share one logn?');
    await page.getByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' }).waitFor();
    expect(await pageRecords(page)).toEqual({ cspViolations: [], addedGlobals: ['Askdown'] });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
