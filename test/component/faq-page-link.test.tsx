// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { usePanelTest } from '../helpers/panel-test';
import { renderApp } from '../helpers/render-app';

let pack: ContentPack;
usePanelTest((loaded) => (pack = loaded));

async function showHours(attributes: Record<string, string> = {}) {
  const setup = renderApp(pack, attributes);
  act(() => setup.controller.send({ name: 'showArticle', value: 'registration-hours' }));
  await screen.findByRole('heading', { level: 3, name: /at any time/ });
  return setup;
}

describe('"Open as a page" under each answer', () => {
  it('links to the answer\'s section of the static FAQ page next to the script, in a new tab, and tells the host', async () => {
    const setup = await showHours();
    const link = screen.getByRole('link', { name: /Open as a page/ });
    expect(link).toHaveAttribute('href', 'https://help.example.com/askdown/faq/en/#registration-hours');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(setup.events).toContainEqual({ name: 'link-click', detail: { url: link.getAttribute('href'), kind: 'page' } });
  });

  it('follows data-faq, with {locale}, and is left out with data-faq="none"', async () => {
    await showHours({ faq: '/help/{locale}/faq.html' });
    expect(screen.getByRole('link', { name: /Open as a page/ })).toHaveAttribute('href', 'https://help.example.com/help/en/faq.html#registration-hours');
    cleanup();
    await showHours({ faq: 'none' });
    expect(screen.queryByRole('link', { name: /Open as a page/ })).toBeNull();
  });

  it('by default, looks beside the packs\' folder, where the build writes the pages, not next to the page', async () => {
    await showHours({ content: '/help/content/{locale}.json' });
    expect(screen.getByRole('link', { name: /Open as a page/ })).toHaveAttribute('href', 'https://help.example.com/help/faq/en/#registration-hours');
  });

  it('warns about a data-faq that is not a web address and links to the default page instead', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await showHours({ faq: 'javascript:alert(1)' });
    expect(screen.getByRole('link', { name: /Open as a page/ })).toHaveAttribute('href', 'https://help.example.com/askdown/faq/en/#registration-hours');
    expect(warn).toHaveBeenCalledWith('Askdown:', 'data-faq "javascript:alert(1)" is not an http(s) address; ignoring it');
  });
});

describe('#askdown=<id> in the page address', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('opens the panel on that answer once the content has come, and only once', async () => {
    history.replaceState(null, '', '/ships#askdown=shared-email');
    const setup = renderApp(pack);
    expect(await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' })).toBeInTheDocument();
    expect(setup.controller.isOpen).toBe(true);
    act(() => setup.controller.close());
    act(() => setup.controller.open());
    expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(1);
  });

  it('takes #askdown=<id> out of the address once the visitor closes the answer, keeping the page\'s own history state', async () => {
    history.replaceState({ route: 'ships' }, '', '/ships?tab=2#askdown=shared-email');
    const setup = renderApp(pack);
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    expect(location.hash).toBe('#askdown=shared-email');
    act(() => setup.controller.close());
    await waitFor(() => expect(location.href).toBe(`${location.origin}/ships?tab=2`));
    expect(history.state).toEqual({ route: 'ships' });
  });

  it('leaves an address alone that changed since, even to another #askdown=', async () => {
    history.replaceState(null, '', '/ships#askdown=shared-email');
    const setup = renderApp(pack);
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    history.replaceState(null, '', '/pass#askdown=which-email');
    act(() => setup.controller.close());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.pathname + location.hash).toBe('/pass#askdown=which-email');
  });

  it('warns about an unknown id and leaves the panel closed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '/ships#askdown=no-such-answer');
    const setup = renderApp(pack);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Askdown:', 'showArticle: no article ["no-such-answer"]'));
    expect(setup.controller.isOpen).toBe(false);
  });
});
