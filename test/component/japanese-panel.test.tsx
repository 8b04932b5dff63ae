// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { ENGLISH_UI_TEXT } from '../../widget/ui-text';
import { loadJapaneseLoginFaqPack, loadLoginFaqPack } from '../helpers/login-faq';
import { findShownGreeting, renderApp } from '../helpers/render-app';

// The language script itself is loaded in Chromium (test/e2e/japanese.test.ts); jsdom runs no scripts, so here the
// app gets what askdown-ja.js would give it.
vi.mock('../../widget/app/load-language', async () => {
  const { JAPANESE_MATCHING } = await import('../../widget/search/japanese-sentences');
  const { JAPANESE_FRAME_TEXT } = await import('../../widget/languages/japanese-frame-text');
  return { loadLanguage: async (locale: string) => (locale === 'ja' ? { analysis: JAPANESE_MATCHING, frame: JAPANESE_FRAME_TEXT } : null) };
});

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadJapaneseLoginFaqPack();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Every visible or spoken text node and label of the panel. */
function panelWords(dialog: HTMLElement): string {
  const labels = [...dialog.querySelectorAll('[aria-label],[placeholder]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
  return `${dialog.textContent ?? ''} ${labels.join(' ')}`;
}

describe('the panel with the Japanese pack', () => {
  it('speaks Japanese throughout: its strings come from the pack, and it says so with lang', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.open());
    const input = await screen.findByRole('textbox', { name: pack.site.ui.questionLabel });
    expect(input).toHaveAttribute('placeholder', pack.site.ui.placeholder);
    const dialog = screen.getByRole('dialog', { name: pack.site.title });
    expect(dialog).toHaveAttribute('lang', 'ja');
    // Not lang="" (language unknown), which would override the panel's for the dialog's name (a stranger's audit).
    expect(screen.getByRole('heading', { level: 2, name: pack.site.title })).toHaveAttribute('lang', 'ja');
    expect(screen.getByRole('button', { name: pack.site.ui.close })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: pack.site.ui.suggestedQuestions })).toBeInTheDocument();

    fireEvent.input(input, { target: { value: 'グループアドレスは登録できますか' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const card = (await screen.findByRole('heading', { level: 3 })).closest('li') as HTMLElement;
    const feedback = within(card).getByRole('group', { name: pack.site.ui.feedbackQuestion });
    fireEvent.click(within(feedback).getByRole('button', { name: pack.site.ui.no }));
    expect(await within(card).findByText(pack.site.ui.feedbackAlternatives)).toBeInTheDocument();

    // None of the English strings of the panel is left anywhere in it.
    const words = panelWords(dialog);
    for (const english of Object.values(ENGLISH_UI_TEXT)) expect(words).not.toContain(english);
  });

  it('offers "did you mean" in Japanese, and answers the choice', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.open());
    act(() => setup.controller.ask('ログイン'));
    await screen.findByRole('dialog');
    const prompt = await screen.findByText(pack.site.ui.didYouMean);
    const choices = within(prompt.closest('li') as HTMLElement).getByRole('list', { name: pack.site.ui.didYouMean });
    fireEvent.click(within(choices).getAllByRole('button')[0]!);
    expect(await screen.findByRole('heading', { level: 3 })).toBeInTheDocument();
  });
});

describe('a site in English and Japanese', () => {
  let en: ContentPack;
  beforeAll(async () => {
    en = await loadLoginFaqPack();
  });

  /** The panel open in English, then the page's `setLocale('ja')` with a `showArticle` for each id right after it. */
  async function switchToJapaneseShowing(...ids: string[]) {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    await findShownGreeting(en);
    act(() => {
      setup.controller.send({ name: 'setLocale', value: 'ja' });
      for (const id of ids) setup.controller.send({ name: 'showArticle', value: id });
    });
    return setup;
  }
  const japaneseTitleOf = (id: string) => pack.articles.find((article) => article.id === id)?.title ?? '';

  it('starts in the page language, and switches language from the panel without a second fetch of a pack', async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['ja-JP']);
    act(() => setup.controller.open());
    await screen.findByRole('dialog', { name: pack.site.title });
    const language = screen.getByRole('combobox', { name: pack.site.ui.language });
    expect([...(language as HTMLSelectElement).options].map((o) => [o.value, o.lang])).toEqual([['en', 'en'], ['ja', 'ja']]);

    fireEvent.change(language, { target: { value: 'en' } });
    const dialog = await screen.findByRole('dialog', { name: en.site.title });
    expect(dialog).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('textbox', { name: en.site.ui.questionLabel })).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: en.site.ui.language }), { target: { value: 'ja' } });
    await screen.findByRole('dialog', { name: pack.site.title });
    expect((fetch as ReturnType<typeof vi.fn>).mock.calls.map(([url]) => url)).toEqual([
      'https://help.example.com/askdown/content/ja.json',
      'https://help.example.com/askdown/content/en.json',
    ]);
  });

  it('answers a Japanese question asked of the English panel in Japanese, and the other way round', async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    await screen.findByRole('dialog', { name: en.site.title });
    act(() => setup.controller.ask('グループアドレスは登録できますか'));
    const japanese = await screen.findByRole('heading', { level: 3, name: pack.articles.find((a) => a.id === 'shared-email')!.title });
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja');

    act(() => setup.controller.ask('Can I register a group or shared email address?'));
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en');
    // Another language shows its own conversation: nothing is left half in the other language's words.
    expect(japanese).not.toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);

    // Switching back (an arrow key on the switch is enough) finds each language's conversation as it was left.
    const languages = screen.getByRole('combobox', { name: en.site.ui.language });
    fireEvent.change(languages, { target: { value: 'ja' } });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([japanese.textContent]);
    fireEvent.change(screen.getByRole('combobox', { name: pack.site.ui.language }), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Can I register a group or shared email address?']);
  });

  it('asks the server itself for a language whose first load still hangs when the visitor turns back to it, and not for the other (a review)', async () => {
    let englishRequests = 0;
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url.endsWith('/en.json') && ++englishRequests === 1) return new Promise<Response>(() => {});
      return new Response(JSON.stringify(url.endsWith('/ja.json') ? pack : en));
    });
    vi.stubGlobal('fetch', fetchMock);
    const setup = renderApp(null, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    fireEvent.change(await screen.findByRole('combobox', { name: 'Language' }), { target: { value: 'ja' } });
    await screen.findByRole('list', { name: pack.site.ui.suggestedQuestions });
    fireEvent.change(screen.getByRole('combobox', { name: pack.site.ui.language }), { target: { value: 'en' } });
    await screen.findByRole('list', { name: en.site.ui.suggestedQuestions });
    const cacheOf = (file: string) => fetchMock.mock.calls.filter(([url]) => url.endsWith(file)).map(([, init]) => init?.cache);
    expect(cacheOf('/en.json')).toEqual(['default', 'reload']);
    expect(cacheOf('/ja.json')).toEqual(['default']);
  });

  it("answers a question typed in romaji on the Japanese panel of a two-language page in Japanese (a stranger's try as a visitor)", async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['ja-JP']);
    act(() => setup.controller.open());
    await screen.findByRole('dialog', { name: pack.site.title });
    act(() => setup.controller.ask('kyouyuu adoresu touroku dekimasu ka'));
    await screen.findByRole('heading', { level: 3, name: japaneseTitleOf('shared-email') });
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja');
  });

  it('leaves focus on the language switch when a conversation comes back with an answer that had taken focus', async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    act(() => setup.controller.ask('email'));
    const choices = await screen.findByRole('list', { name: 'Did you mean one of these?' });
    fireEvent.click(within(choices).getAllByRole('button')[0] as HTMLElement);
    const title = await screen.findByRole('heading', { level: 3 });
    expect(document.activeElement).toBe(title);

    const languages = screen.getByRole('combobox', { name: en.site.ui.language });
    languages.focus();
    fireEvent.change(languages, { target: { value: 'ja' } });
    await findShownGreeting(pack);
    fireEvent.change(languages, { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en'));
    expect(await screen.findByRole('heading', { level: 3, name: title.textContent ?? '' })).toBeInTheDocument();
    expect(document.activeElement).toBe(languages);
  });

  it("keeps the visitor's Yes or No with the answer: back from another language, the reply shows, not the question again", async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    act(() => setup.controller.ask('Can I register a group or shared email address?'));
    const card = (await screen.findByRole('heading', { level: 3 })).closest('article') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: en.site.ui.yes }));
    expect(within(card).getByText(en.site.ui.feedbackThanks)).toBeInTheDocument();

    const languages = screen.getByRole('combobox', { name: en.site.ui.language });
    languages.focus();
    fireEvent.change(languages, { target: { value: 'ja' } });
    await findShownGreeting(pack);
    fireEvent.change(languages, { target: { value: 'en' } });
    const again = (await screen.findByRole('heading', { level: 3 })).closest('article') as HTMLElement;
    expect(within(again).getByText(en.site.ui.feedbackThanks)).toBeInTheDocument();
    expect(within(again).queryByRole('group', { name: en.site.ui.feedbackQuestion })).toBeNull();
    // Drawn again, the reply leaves focus where the visitor is.
    expect(document.activeElement).toBe(languages);
    expect(setup.events.filter((event) => event.name === 'feedback')).toHaveLength(1);
  });

  it('shows an article the page asks for in the language it has just switched to, not the one it leaves', async () => {
    await switchToJapaneseShowing('shared-email');
    expect(await screen.findByRole('heading', { level: 3, name: japaneseTitleOf('shared-email') })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja');
    // Nothing was left in the English conversation.
    fireEvent.change(screen.getByRole('combobox', { name: pack.site.ui.language }), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en'));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('takes every command sent right after setLocale, in order (found by a review)', async () => {
    await switchToJapaneseShowing('shared-email', 'registration-hours');
    await screen.findByRole('heading', { level: 3, name: japaneseTitleOf('registration-hours') });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([japaneseTitleOf('shared-email'), japaneseTitleOf('registration-hours')]);
  });

  it('takes commands sent with setLocale before any content came in the language asked for (found by a review)', async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    // Before the English pack is read: the controller keeps them until the app takes them, with that pack.
    act(() => {
      setup.controller.send({ name: 'setLocale', value: 'ja' });
      setup.controller.send({ name: 'showArticle', value: 'shared-email' });
      setup.controller.send({ name: 'ask', value: '登録できる時間帯は' });
    });
    await screen.findByRole('heading', { level: 3, name: japaneseTitleOf('registration-hours') });
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([japaneseTitleOf('shared-email'), japaneseTitleOf('registration-hours')]);
  });

  it('takes the page\'s commands again once the visitor picked another language before the asked one came', async () => {
    // Only the English pack is served: Japanese never comes.
    const setup = renderApp({ en }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    await findShownGreeting(en);
    act(() => setup.controller.send({ name: 'setLocale', value: 'ja' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja'));
    act(() => setup.controller.send({ name: 'showArticle', value: 'which-email' }));
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'en' } });
    const title = en.articles.find((article) => article.id === 'which-email')?.title ?? '';
    expect(await screen.findByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en');
    act(() => setup.controller.send({ name: 'showArticle', value: 'shared-email' }));
    expect(await screen.findByRole('heading', { level: 3, name: en.articles.find((article) => article.id === 'shared-email')?.title ?? '' })).toBeInTheDocument();
  });

  it('does not answer a Japanese question "no answer" in English when the Japanese content it waited for never came (found by a review)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setup = renderApp({ en }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    await findShownGreeting(en);
    act(() => setup.controller.ask('個人のメールアドレスは必要ですか'));
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja'));
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'en' } });
    await findShownGreeting(en);
    // A question of the visitor's in English still is answered there.
    act(() => setup.controller.ask('Can I register a group or shared email address?'));
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    expect(setup.events.filter((e) => e.name === 'no-answer')).toEqual([]);
    expect(document.querySelector('.answer--none')).toBeNull();
  });

  it('leaves no answer of the other language in the live region after a switch', async () => {
    const setup = renderApp({ en, ja: pack }, { locales: 'en ja' }, ['en-US']);
    act(() => setup.controller.open());
    act(() => setup.controller.ask('Can I register a group or shared email address?'));
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    const status = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
    await waitFor(() => expect(status().textContent).toMatch(/group or shared/));
    act(() => setup.controller.send({ name: 'setLocale', value: 'ja' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ja'));
    await waitFor(() => expect(status().textContent).toBe(''));
    await findShownGreeting(pack);
    expect(status().textContent).toBe('');
  });

  it('shows no language switch where the site has one language', async () => {
    const setup = renderApp(pack, { locale: 'ja' });
    act(() => setup.controller.open());
    await screen.findByRole('dialog', { name: pack.site.title });
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
