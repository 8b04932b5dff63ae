import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { segmentJapanese } from '../../widget/search/japanese';
import { axeViolations } from './axe';
import { arriveLate, focusedInWidget, openPage, TEST_CSP, useChromium } from './harness';

const chromium = useChromium();

/**
 * Every Japanese text the index is built from and visitors ask with: content/ja and the Japanese question sets.
 * YAML comments and index.md's list of links are not analysed (the articles' own titles are), so they are left out.
 */
async function japaneseTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const file of await readdir('content/ja')) {
    const lines = (await readFile(`content/ja/${file}`, 'utf8')).split('\n');
    texts.push(...lines.filter((line) => !/^\s*#|\]\([\w-]+\.md\)/.test(line)));
  }
  for (const set of ['login-faq-ja.json', 'login-faq-ja-heldout.json']) {
    const { queries } = JSON.parse(await readFile(`test/fixtures/${set}`, 'utf8')) as { queries: { query: string }[] };
    texts.push(...queries.map((q) => q.query));
  }
  return texts.map((text) => text.normalize('NFKC').toLowerCase()).filter((text) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text));
}

describe('Japanese', () => {
  it('is split into the same words by Chromium as by Node, which built the index', async () => {
    const texts = await japaneseTexts();
    expect(texts.length).toBeGreaterThan(300);
    const { page } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    const inBrowser = await page.evaluate((all) => {
      const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
      return all.map((text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment));
    }, texts);
    const differences = texts.flatMap((text, i) => {
      const inNode = segmentJapanese(text);
      return JSON.stringify(inNode) === JSON.stringify(inBrowser[i]) ? [] : [`${text}: node ${inNode.join('|')} / chromium ${inBrowser[i]?.join('|')}`];
    });
    expect(differences).toEqual([]);
    await page.context().close();
  });

  it('on a lang="ja" page: a question typed through an input method gets the Japanese answer; the switch changes language; axe is clean', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/japanese.html`, { bypassCSP: true });
    await page.getByRole('button', { name: 'よくあるご質問' }).click();
    const dialog = page.getByRole('dialog', { name: 'よくあるご質問' });
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    expect(await dialog.getAttribute('lang')).toBe('ja');
    const input = page.getByRole('textbox', { name: 'ご質問' });
    expect(await input.getAttribute('placeholder')).toBe('ご質問を入力してください');
    // The language switch is in the dialog's Tab cycle.
    const reached: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedInWidget(page));
    }
    expect(reached).toContain('select.language');

    // An input method: the Enter that confirms the conversion must not send.
    await input.fill('グループアドレスは');
    await input.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true })));
    await input.evaluate((el) => {
      (el as HTMLInputElement).value = 'グループアドレスは登録できますか';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: '登録できますか' }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true }));
      el.dispatchEvent(new CompositionEvent('compositionend', { data: '登録できますか', bubbles: true }));
    });
    expect(await page.locator('askdown-widget .message--question').count()).toBe(0);
    await input.press('Enter');
    const heading = page.getByRole('heading', { level: 3, name: 'グループアドレス・共有アドレスを登録することはできますか？' });
    await heading.waitFor();
    expect(await page.getByRole('group', { name: 'この回答はお役に立ちましたか？' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // "Where": the Japanese script's reading of questions reaches the matcher, so the rule asked is not the answer.
    await input.fill('利用履歴はどこで確認できますか');
    await input.press('Enter');
    await page.getByText('次のいずれかをお探しですか？', { exact: true }).waitFor();
    expect(await page.locator('askdown-widget .message--question').count()).toBe(2);

    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await page.getByRole('textbox', { name: 'Your question' }).waitFor();
    expect(await dialog.getAttribute('lang')).toBe('en');
    // The launcher says the English pack's title unless the tag sets one; here data-title does.
    expect(await page.getByRole('button', { name: 'よくあるご質問', exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens on the first click near the launcher\'s edge, though the app renames it in Japanese as the pointer arrives', async () => {
    // No data-title: the launcher says "Questions?" until the app has run and read the Japanese title (shorter).
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/ja-untitled.html`, {}, async (context) => {
      await context.route('**/ja-untitled.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': TEST_CSP },
          body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>日本語</title><link rel="icon" href="/favicon.svg"></head>
<body><h1>日本語のページ</h1><script src="/askdown.js" data-locale="ja" async></script></body></html>`,
        }),
      );
    });
    await page.getByRole('button', { name: 'Questions?' }).waitFor();
    const launcher = page.locator('askdown-widget .launcher');
    const box = (await launcher.boundingBox())!;
    const near = { x: box.x + 6, y: box.y + box.height / 2 };
    await page.mouse.move(near.x, near.y);
    // The app has run (it names its panel on the launcher) while the pointer rests.
    await expect.poll(() => launcher.getAttribute('aria-controls')).toBe('askdown-panel');
    await page.mouse.click(near.x, near.y);
    await page.getByRole('dialog').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'よくあるご質問' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('downloads the Japanese script on a Japanese page only, and says in Japanese when the pack cannot come', async () => {
    const requested: string[] = [];
    const english = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    english.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await english.page.getByRole('button', { name: 'Questions?' }).click();
    await english.page.getByRole('list', { name: 'Suggested questions' }).waitFor();
    expect(requested).not.toContain('/askdown-ja.js');
    await english.page.context().close();

    const { page } = await openPage(chromium.browser, `${chromium.origin}/japanese.html`, {}, async (context) => {
      await context.route('**/content/ja.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    });
    await page.getByRole('button', { name: 'よくあるご質問' }).click();
    // The failed pack may be reported before askdown-ja.js has arrived; the message turns Japanese when it has.
    const alert = page.getByRole('alert').filter({ hasText: '回答を読み込めませんでした' });
    await alert.waitFor({ timeout: 5_000 });
    expect(await page.getByRole('button', { name: '再試行' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('with Save-Data (nothing downloaded ahead), asks for the Japanese script beside the app, not once the app has come (a review)', async () => {
    const requested: string[] = [];
    let beforeAppCame: string[] = [];
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/japanese.html`, {}, async (context) => {
      await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
      await arriveLate(context, '**/askdown-app.js', 1_500);
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      context.on('requestfinished', (request) => {
        if (request.url().endsWith('/askdown-app.js')) beforeAppCame = [...requested];
      });
    });
    await page.getByRole('button', { name: 'よくあるご質問' }).click();
    await page.getByRole('list', { name: '質問の例' }).waitFor();
    expect(beforeAppCame).toEqual(expect.arrayContaining(['/askdown-app.js', '/askdown-ja.js', '/content/ja.json']));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without askdown-ja.js, a Japanese page gets the friendly error and its retry, never a hung panel', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/japanese.html`, {}, async (context) => {
      await context.route('**/askdown-ja.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
    });
    await page.getByRole('button', { name: 'よくあるご質問' }).click();
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(problems.join('\n')).toContain('cannot load');
    await page.context().close();
  });
});
