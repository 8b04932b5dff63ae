import { describe, expect, it } from 'vitest';
import { askQuestion, focusedInWidget, openPage, pageRecords, useChromium } from './harness';

const chromium = useChromium();

describe('"did you mean" and feedback, by keyboard, under the strict Content-Security-Policy', () => {
  it('offers choices for a vague question, answers the one picked, and takes a No without repeating its Related list', async () => {
    const { page, problems } = await openPage(chromium.browser, `${chromium.origin}/plain.html`);
    const events: unknown[] = [];
    await page.exposeFunction('__recordAskdownEvent', (event: unknown) => events.push(event));
    await page.getByRole('button', { name: 'Questions?' }).click();
    await page.evaluate(() => {
      const record = (window as unknown as { __recordAskdownEvent: (e: unknown) => void }).__recordAskdownEvent;
      const api = (window as unknown as { Askdown: { on: (name: string, handler: (detail: unknown) => void) => void } }).Askdown;
      for (const name of ['did-you-mean', 'answer', 'feedback']) api.on(name, (detail) => record({ name, detail }));
    });
    await page.getByRole('list', { name: 'Suggested questions' }).waitFor();

    await askQuestion(page, 'email');
    const choices = page.getByRole('list', { name: 'Did you mean one of these?' });
    await choices.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Did you mean one of these\? /);
    expect(await choices.getByRole('button').count()).toBe(3);
    expect(await page.getByText(/Sorry, I could not find/).count()).toBe(0);

    // The choice whose Related list holds the other two (which one it is follows the content): a No on its answer
    // then has nothing new to offer.
    const offered = await choices.getByRole('button').allTextContents();
    const pack = (await (await page.request.get(`${chromium.origin}/content/en.json`)).json()) as { articles: { id: string; title: string; related: string[] }[] };
    const idOf = (title: string) => pack.articles.find((article) => article.title === title)?.id;
    const target = offered.findIndex((title) => {
      const related = pack.articles.find((article) => article.title === title)?.related ?? [];
      return offered.every((other) => other === title || related.includes(idOf(other) ?? ''));
    });
    expect(target).toBeGreaterThanOrEqual(0);
    // From the question box, Shift+Tab goes back through the card: its contact link, then the choices, last first.
    for (let presses = 0; presses < 1 + offered.length - target; presses++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page)).toBe('button.suggested-button');
    const picked = offered[target] ?? '';
    expect(await page.evaluate(() => (document.querySelector('askdown-widget')?.shadowRoot?.activeElement as HTMLElement | null)?.textContent)).toBe(picked);
    await page.keyboard.press('Enter');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: picked }) });
    await card.waitFor();
    // Focus follows the pick to the answer, so Tab goes on into it, not through the other choices.
    await expect.poll(() => focusedInWidget(page)).toBe('h3.answer-title');
    await page.keyboard.press('Tab');
    expect(await card.evaluate((element) => element.contains((element.getRootNode() as ShadowRoot).activeElement))).toBe(true);

    // The other two choices are both in the picked answer's Related list, so a No offers no list of them again:
    // it thanks the visitor, above the contact link.
    const related = await card.getByRole('list', { name: 'Related' }).getByRole('button').allTextContents();
    expect(offered.filter((title) => title !== picked).every((title) => related.includes(title))).toBe(true);
    await card.getByRole('button', { name: 'No' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('Thank you for letting us know.').waitFor();
    await expect.poll(() => focusedInWidget(page)).toBe('div.feedback-reply');
    expect(await card.getByRole('list', { name: 'Other articles' }).count()).toBe(0);
    expect(await card.getByRole('link', { name: /Contact us/ }).count()).toBe(1);

    await expect.poll(() => events.length).toBe(3);
    expect(events[0]).toMatchObject({ name: 'did-you-mean', detail: { question: 'email', choices: expect.any(Array) } });
    expect(events[1]).toMatchObject({ name: 'answer', detail: { question: 'email', title: picked, source: 'choice', confidence: 1 } });
    expect(events[2]).toMatchObject({ name: 'feedback', detail: { question: 'email', helpful: false } });
    expect(await pageRecords(page)).toMatchObject({ cspViolations: [] });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
