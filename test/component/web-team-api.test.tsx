// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { usePanelTest } from '../helpers/panel-test';
import { findShownGreeting, renderApp, stubFetch } from '../helpers/render-app';

let pack: ContentPack;
usePanelTest((loaded) => (pack = loaded));

const titleOf = (id: string) => pack.articles.find((a) => a.id === id)!.title;

/** The pack with `pages:` patterns on two articles, as the content build writes them. */
function packWithPages(): ContentPack {
  const pages: Record<string, string[]> = { 'multiple-login-ids': ['/ships/*'], 'registration-hours': ['/pass/**'] };
  return { ...pack, articles: pack.articles.map((a) => (pages[a.id] ? { ...a, pages: pages[a.id] } : a)) };
}

function suggestedButtons(): string[] {
  return within(screen.getByRole('list', { name: 'Suggested questions' }))
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('Askdown.showArticle', () => {
  it('opens the panel on the article with its related articles, and tells the host it came from the API', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'showArticle', value: 'shared-email' }));
    expect(await screen.findByRole('heading', { level: 3, name: titleOf('shared-email') })).toBeInTheDocument();
    expect(setup.controller.isOpen).toBe(true);
    const related = screen.getByRole('list', { name: /related/i });
    expect(within(related).getAllByRole('button').map((b) => b.textContent)).toEqual(pack.articles.find((a) => a.id === 'shared-email')!.related.map(titleOf));
    expect(setup.events).toContainEqual({ name: 'answer', detail: expect.objectContaining({ id: 'shared-email', source: 'api' }) });
  });

  it('warns about an unknown id and does nothing else: the panel stays closed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'showArticle', value: 'no-such-article' }));
    await waitFor(() => expect(warn).toHaveBeenCalledWith('Askdown:', 'showArticle: no article ["no-such-article"]'));
    expect(setup.controller.isOpen).toBe(false);
    expect(setup.events.filter((e) => e.name === 'answer' || e.name === 'open')).toEqual([]);
  });
});

describe('suggestions for the page', () => {
  it('puts the articles whose pages: match the path first, read again on every opening (no history patching)', async () => {
    history.replaceState(null, '', '/ships/register');
    const setup = renderApp(packWithPages());
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    expect(suggestedButtons()[0]).toBe(titleOf('multiple-login-ids'));
    expect(suggestedButtons().slice(1)).toEqual(pack.site.suggestedQuestions.filter((q) => q !== titleOf('multiple-login-ids')));

    act(() => setup.controller.close());
    history.pushState(null, '', '/pass/renew/step-2');
    act(() => setup.controller.open());
    await waitFor(() => expect(suggestedButtons()[0]).toBe(titleOf('registration-hours')));
    expect(suggestedButtons()).not.toContain(titleOf('multiple-login-ids'));
  });

  it('opens a suggested article at once, without matching its title as a question', async () => {
    history.replaceState(null, '', '/ships/register');
    const setup = renderApp(packWithPages());
    act(() => setup.controller.open());
    fireEvent.click(await screen.findByRole('button', { name: titleOf('multiple-login-ids') }));
    expect(await screen.findByRole('heading', { level: 3, name: titleOf('multiple-login-ids') })).toBeInTheDocument();
    expect(setup.events).toContainEqual({ name: 'answer', detail: expect.objectContaining({ id: 'multiple-login-ids', source: 'suggestion' }) });
    expect(setup.events.some((e) => e.name === 'question')).toBe(false);
  });

  it('lets Askdown.suggest replace the page\'s own, warns about unknown ids, and goes back to them with []', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '/ships/register');
    const setup = renderApp(packWithPages());
    act(() => setup.controller.send({ name: 'suggest', value: ['personal-email-security', 'nope'] }));
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    await waitFor(() => expect(suggestedButtons()[0]).toBe(titleOf('personal-email-security')));
    expect(suggestedButtons()).not.toContain(titleOf('multiple-login-ids'));
    expect(warn).toHaveBeenCalledWith('Askdown:', 'suggest: no article ["nope"]');

    act(() => setup.controller.send({ name: 'suggest', value: [] }));
    await waitFor(() => expect(suggestedButtons()[0]).toBe(titleOf('multiple-login-ids')));
  });
});

describe('what web teams asked for after trying it', () => {
  it('suggests in the order given, not the content\'s', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'suggest', value: ['registration-hours', 'which-email'] }));
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    await waitFor(() => expect(suggestedButtons().slice(0, 2)).toEqual([titleOf('registration-hours'), titleOf('which-email')]));
  });

  it('offers an article given twice once (a stranger\'s try as a web team)', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'suggest', value: ['which-email', 'which-email', 'registration-hours'] }));
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    await waitFor(() => expect(suggestedButtons().slice(0, 2)).toEqual([titleOf('which-email'), titleOf('registration-hours')]));
    expect(suggestedButtons().filter((title) => title === titleOf('which-email'))).toHaveLength(1);
  });

  it('gives focus back to the page\'s own link that opened the panel, not to the launcher', async () => {
    const link = document.createElement('a');
    link.href = '#help';
    link.textContent = 'Which one?';
    document.body.append(link);
    link.focus();
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'showArticle', value: 'which-email' }));
    await screen.findByRole('heading', { level: 3, name: titleOf('which-email') });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Your question' })));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(setup.controller.isOpen).toBe(false);
    expect(document.activeElement).toBe(link);
    link.remove();
  });

  it("gives focus back to the page's control whose call opened the panel before the app had loaded", async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const setup = renderApp(pack, {}, [], undefined, true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Your question' })));
    act(() => setup.controller.close());
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('keeps the opener through a later call made while the content loads, with focus already in the panel', async () => {
    const link = document.createElement('a');
    link.href = '#help';
    document.body.append(link);
    link.focus();
    // The content comes only when let: the page's second call waits for it, and is told to the listeners.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', vi.fn(async () => (await arrived, new Response(JSON.stringify(pack)))));
    const setup = renderApp(null);
    act(() => setup.controller.open());
    const input = await screen.findByRole('textbox', { name: 'Your question' });
    await waitFor(() => expect(document.activeElement).toBe(input));
    act(() => setup.controller.send({ name: 'showArticle', value: 'which-email' }));
    release();
    await screen.findByRole('heading', { level: 3 });
    act(() => setup.controller.close());
    expect(document.activeElement).toBe(link);
    link.remove();
  });

  it("gives focus back the same way when the page's own code closes the panel, and leaves focus the page moved", async () => {
    const link = document.createElement('a');
    link.href = '#help';
    link.textContent = 'Which one?';
    const search = document.createElement('input');
    document.body.append(link, search);
    link.focus();
    const setup = renderApp(pack);
    act(() => setup.controller.send({ name: 'showArticle', value: 'which-email' }));
    const input = await screen.findByRole('textbox', { name: 'Your question' });
    await waitFor(() => expect(document.activeElement).toBe(input));
    act(() => setup.controller.close());
    expect(document.activeElement).toBe(link);

    act(() => setup.controller.open());
    await waitFor(() => expect(document.activeElement).toBe(input));
    search.focus();
    act(() => setup.controller.close());
    expect(document.activeElement).toBe(search);
    link.remove();
    search.remove();
  });

  it('opens on the friendly error when the page asks for an answer and the content could not come', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch(null, 404);
    const setup = renderApp(null);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    act(() => setup.controller.send({ name: 'showArticle', value: 'which-email' }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(setup.controller.isOpen).toBe(true);
  });
});

describe('Askdown.setLocale', () => {
  it('warns about a language the site does not have and stays in its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setup = renderApp(pack);
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    act(() => setup.controller.send({ name: 'setLocale', value: 'fr' }));
    await waitFor(() => expect(warn).toHaveBeenCalledWith('Askdown:', 'setLocale("fr"): not one of data-locales'));
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en');
  });
});

describe('data-theme', () => {
  it('marks the panel auto by default, light or dark as asked, and auto with a warning for anything else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [attribute, theme] of [[undefined, 'auto'], ['dark', 'dark'], [' Light ', 'light'], ['purple', 'auto']] as const) {
      const setup = renderApp(pack, attribute === undefined ? {} : { theme: attribute });
      act(() => setup.controller.open());
      expect(await screen.findByRole('dialog')).toHaveAttribute('data-theme', theme);
      cleanup();
    }
    expect(warn).toHaveBeenCalledWith('Askdown:', 'data-theme "purple" is not auto, light or dark; using auto');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
