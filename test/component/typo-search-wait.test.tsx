// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import Fuse from 'fuse.js/basic';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { setScriptLoader } from '../../widget/app/widget-scripts';
import { createPackMatcher } from '../../widget/pack-matcher';
import { FuzzySearchPending, installFuzzySearch, type FuzzySearch } from '../../widget/search/fuzzy-search';
import { loadLoginFaqPack } from '../helpers/login-faq';
import { renderApp } from '../helpers/render-app';

afterAll(() => {
  cleanup();
  vi.unstubAllGlobals();
  installFuzzySearch(Fuse);
});

describe('typo correction arrives in a script of its own (askdown-typo.js)', () => {
  it('the matcher says when a word needs it, and only then', async () => {
    const matcher = createPackMatcher(await loadLoginFaqPack());
    installFuzzySearch(undefined);
    expect(matcher.match('registration hours').answer).toBe('registration-hours');
    expect(() => matcher.match('registraton hours')).toThrow(FuzzySearchPending);
    // It could not come: the word is left as it is, and the question is still answered.
    installFuzzySearch(null);
    expect(matcher.match('registraton hours').results.length).toBeGreaterThan(0);
    installFuzzySearch(Fuse);
    expect(matcher.match('registraton hours').answer).toBe('registration-hours');
  });

  it('the panel answers a question spelt right at once, and one with a misspelt word as soon as the script is in', async () => {
    installFuzzySearch(undefined);
    let arrive: (search: FuzzySearch) => void = () => {};
    const loader = vi.fn(() => new Promise((resolve) => (arrive = resolve)));
    setScriptLoader(loader as never);
    const setup = renderApp(await loadLoginFaqPack());
    act(() => setup.controller.open());
    const input = await screen.findByRole('textbox', { name: 'Your question' });
    await screen.findByText(/Hello! Ask me/);

    fireEvent.input(input, { target: { value: 'can several people share one login?' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });

    fireEvent.input(input, { target: { value: 'registraton hours' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    // Asked meanwhile: it waits behind the first, so the answers come in the order asked.
    fireEvent.input(input, { target: { value: 'how does a personal email address enhance security?' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { level: 3, name: /at any time during the pre-registration period/ })).toBeNull();
    expect(setup.events.filter((e) => e.name === 'question')).toHaveLength(1);
    expect(loader).toHaveBeenCalledWith('askdown-typo.js', '');

    arrive(Fuse);
    await screen.findByRole('heading', { level: 3, name: /at any time during the pre-registration period/ });
    await waitFor(() => expect(setup.events.filter((e) => e.name === 'answer').map((e) => (e.detail as { id: string }).id)).toEqual(['shared-email', 'registration-hours', 'personal-email-security']));
  });
});
