// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { createLauncher } from '../../widget/embed/launcher';
import { loadLoginFaqPack } from '../helpers/login-faq';
import { findShownGreeting, renderApp, stubFetch } from '../helpers/render-app';

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Opens the panel as a visitor finds it: drawn, with focus in the question box. */
async function openPanel(setup: ReturnType<typeof renderApp>) {
  act(() => setup.controller.open());
  const input = await screen.findByRole('textbox', { name: 'Your question' });
  await waitFor(() => expect(input).toHaveFocus());
  return input;
}

async function ask(setup: ReturnType<typeof renderApp>, question: string) {
  const input = await openPanel(setup);
  fireEvent.input(input, { target: { value: question } });
  fireEvent.keyDown(input, { key: 'Enter' });
  return input;
}

describe('the panel', () => {
  it('is a labelled dialog, hidden until opened, that fetches its content as soon as it is mounted', async () => {
    // The facade mounts the app only when it is wanted (see load-triggers), so the content comes with it.
    const setup = renderApp(pack);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    await openPanel(setup);
    const dialog = screen.getByRole('dialog', { name: 'Questions?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(fetch).toHaveBeenCalledWith('https://help.example.com/askdown/content/en.json', expect.anything());
  });

  it('greets the visitor and offers the suggested questions as buttons', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    expect(await findShownGreeting(pack)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Suggested questions' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(pack.site.suggestedQuestions);
  });

  it('answers a suggested question when it is clicked, and moves focus to the answer (the button may scroll away)', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    fireEvent.click(await screen.findByRole('button', { name: 'Can I register a group or shared email address?' }));
    const title = await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    expect(document.activeElement).toBe(title);
  });

  it('answers a suggested question tapped twice in quick succession once (found by a stranger\'s try)', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    const button = await screen.findByRole('button', { name: 'Can I register a group or shared email address?' });
    // A double click or double tap: the second click of it says so in its count.
    fireEvent.click(button, { detail: 1 });
    fireEvent.click(button, { detail: 2 });
    await screen.findByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' });
    expect(screen.getAllByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' })).toHaveLength(1);
    // Asked again later, it is answered again.
    fireEvent.click(button, { detail: 1 });
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3, name: 'Can I register a group or shared email address?' })).toHaveLength(2));
  });
});

describe('asking a question', () => {
  it('announces a title that has no stop of its own with one, so it is not read into the answer', async () => {
    const untitled = { ...pack, articles: pack.articles.map((a) => (a.id === 'shared-email' ? { ...a, title: 'Group or shared email addresses' } : a)) };
    const setup = renderApp(untitled);
    await ask(setup, 'can several people share one login?');
    await screen.findByRole('heading', { level: 3, name: 'Group or shared email addresses' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Group or shared email addresses\. With the new system/);
  });

  it('shows the question, then the answer rendered from Markdown, and announces it', async () => {
    const setup = renderApp(pack);
    await ask(setup, 'can several people share one login?');
    expect(await screen.findByText('can several people share one login?')).toBeInTheDocument();
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Can I register a group or shared email address?');
    expect(card.querySelector('.answer-body p')).toHaveTextContent('With the new system, individual log-ins are required.');
    // The title's own question mark ends it: no stop after it, which screen readers would read out.
    expect(screen.getByRole('status')).toHaveTextContent(/^Can I register a group or shared email address\? With the new system/);
    expect(setup.events.map((e) => e.name)).toEqual(['open', 'question', 'answer']);
    expect(setup.events[2]?.detail).toMatchObject({ id: 'shared-email', confidence: expect.any(Number), source: 'question' });
    expect((setup.events[2]?.detail as { confidence: number }).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('offers the registration call to action on answers that ask for it, opening safely in a new tab', async () => {
    const setup = renderApp(pack, { registrationUrl: 'https://nk.example.org/register' });
    await ask(setup, 'registration hours');
    const card = await screen.findByRole('article');
    const cta = within(card).getByRole('link', { name: /Go to email pre-registration/ });
    expect(cta).toHaveAttribute('href', 'https://nk.example.org/register');
    expect(cta).toHaveAttribute('target', '_blank');
    expect(cta).toHaveAttribute('rel', 'noopener noreferrer');
    fireEvent.click(cta);
    expect(setup.events.at(-1)).toEqual({ name: 'link-click', detail: { url: 'https://nk.example.org/register', kind: 'registration' } });
  });

  it('has no call to action on an answer that does not ask for one, but keeps it in the footer', async () => {
    const setup = renderApp(pack);
    await ask(setup, 'how does a personal email address enhance security');
    const card = await screen.findByRole('article');
    expect(within(card).queryByRole('link', { name: /pre-registration/ })).toBeNull();
    const footer = document.querySelector('.panel-footer') as HTMLElement;
    expect(within(footer).getByRole('link', { name: /Go to email pre-registration/ })).toBeInTheDocument();
  });

  it('opens a related article in the conversation when its link is chosen', async () => {
    const setup = renderApp(pack);
    const input = await ask(setup, 'can several people share one login?');
    const related = await screen.findByRole('list', { name: 'Related' });
    // An answer to a typed question leaves focus in the question box (the visitor may type on) and is read whole.
    expect(screen.getByRole('status')).toHaveTextContent(/^Can I register a group or shared email address\? With the new system/);
    expect(document.activeElement).toBe(input);
    fireEvent.click(within(related).getByRole('button', { name: 'What kind of email address should I prepare for pre-registration?' }));
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    const [first, second] = cards.map((card) => within(card).getByRole('heading', { level: 3 }));
    expect(second).toHaveTextContent('What kind of email address should I prepare');
    expect(document.activeElement).toBe(second);
    expect(first).not.toBe(second);
    expect(screen.getByRole('status')).toHaveTextContent(/^We recommend preparing your individual corporate email address/);
    expect(setup.events.at(-1)).toMatchObject({ name: 'answer', detail: { id: 'which-email', source: 'related' } });
  });

  it("opens an answer that a link in another answer names (#askdown=<id>) in the conversation, not in the page's address (a stranger's try as an editor)", async () => {
    const linked = {
      ...pack,
      articles: pack.articles.map((a) => (a.id === 'shared-email' ? { ...a, html: `${a.html}<p>See <a href="#askdown=which-email">which address</a>.</p>` } : a)),
    };
    const setup = renderApp(linked);
    await ask(setup, 'can several people share one login?');
    const link = await screen.findByRole('link', { name: 'which address' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(within(screen.getAllByRole('article')[1]!).getByRole('heading', { level: 3 })).toHaveTextContent('What kind of email address should I prepare');
    expect(location.hash).toBe('');
  });

  it('falls back to an apology, the closest articles and the contact link when nothing answers', async () => {
    const setup = renderApp(pack);
    await ask(setup, 'how much does a ship classification survey cost');
    await waitFor(() => expect(document.querySelector('.answer--none > p')).toHaveTextContent(pack.site.noAnswer));
    const closest = screen.getByRole('list', { name: 'Closest articles' });
    expect(within(closest).getAllByRole('button').length).toBeGreaterThan(0);
    const contacts = screen.getAllByRole('link', { name: /Contact us/ });
    expect(contacts[0]).toHaveAttribute('href', 'https://example.com/contact');
    // Read out as seen: the apology, then the closest articles, each title a sentence of its own.
    const titles = within(closest).getAllByRole('button').map((button) => button.textContent).join(' ');
    expect(screen.getByRole('status')).toHaveTextContent(`${pack.site.noAnswer} Closest articles: ${titles}`);
    expect(setup.events.at(-1)).toMatchObject({ name: 'no-answer', detail: { closest: expect.any(Array) } });
  });

  it('asks "did you mean" with the candidates as buttons when several articles fit, without an apology', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    // No conversation yet, so no list for a screen reader to announce empty (a stranger's audit).
    expect(screen.queryAllByRole('list').map((list) => list.getAttribute('aria-label'))).toEqual(['Suggested questions']);
    await ask(setup, 'email');
    const choices = await screen.findByRole('list', { name: 'Did you mean one of these?' });
    const buttons = within(choices).getAllByRole('button');
    expect(buttons).toHaveLength(3);
    // The question is said once, as the list's name: its visible line is not read again before it.
    expect(screen.getByText('Did you mean one of these?', { selector: 'p' })).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByText(pack.site.noAnswer)).toBeNull();
    expect(screen.getAllByRole('link', { name: /Contact us/ })).toHaveLength(2); // in the card and in the footer
    // Each title a sentence of its own, as the buttons show them: no "?;" for a screen reader to stumble on.
    expect(screen.getByRole('status')).toHaveTextContent(`Did you mean one of these? ${buttons.map((b) => b.textContent).join(' ')}`);
    const offered = setup.events.at(-1);
    expect(offered).toMatchObject({ name: 'did-you-mean', detail: { question: 'email' } });
    const ids = (offered?.detail as { choices: string[] }).choices;
    expect(ids).toHaveLength(3);

    const picked = pack.articles.find((a) => a.id === ids[1]);
    fireEvent.click(buttons[1] as HTMLElement);
    const card = await screen.findByRole('article');
    const title = within(card).getByRole('heading', { level: 3 });
    expect(title).toHaveTextContent(picked?.title ?? '');
    // Focus goes to the answer, not on through the other choices; its title is read as focus lands, so the live
    // region reads the answer alone.
    expect(document.activeElement).toBe(title);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status.length).toBeGreaterThan(20);
    expect(card.querySelector('.answer-body')?.textContent?.replace(/\s+/g, ' ')).toContain(status.trim().slice(0, 40));
    expect(status).not.toContain(picked?.title ?? '');
    expect(setup.events.at(-1)).toEqual({
      name: 'answer',
      detail: { question: 'email', id: ids[1], title: picked?.title, confidence: 1, source: 'choice' },
    });
  });

  it('asks whether the answer helped, thanks a Yes and moves focus to the thanks', async () => {
    const setup = renderApp(pack);
    await ask(setup, 'can several people share one login?');
    const card = await screen.findByRole('article');
    const feedback = within(card).getByRole('group', { name: 'Did this answer your question?' });
    fireEvent.click(within(feedback).getByRole('button', { name: 'Yes' }));
    const thanks = within(card).getByText('Thank you for letting us know.');
    expect(document.activeElement).toBe(thanks.parentElement);
    expect(within(card).queryByRole('group', { name: 'Did this answer your question?' })).toBeNull();
    expect(setup.events.at(-1)).toEqual({
      name: 'feedback',
      detail: { question: 'can several people share one login?', id: 'shared-email', helpful: true },
    });
  });

  it('offers the next candidates that Related does not list already, and the contact link, after a No', async () => {
    const setup = renderApp(pack);
    await ask(setup, 'can several people share one login?');
    const card = await screen.findByRole('article');
    const related = within(within(card).getByRole('list', { name: 'Related' })).getAllByRole('button').map((b) => b.textContent);
    expect(related).toHaveLength(3);
    fireEvent.click(within(card).getByRole('button', { name: 'No' }));
    expect(setup.events.at(-1)).toMatchObject({ name: 'feedback', detail: { id: 'shared-email', helpful: false } });
    expect(within(card).getByText(pack.site.ui.feedbackAlternatives)).toBeInTheDocument();
    const others = within(card).getByRole('list', { name: 'Other articles' });
    const titles = within(others).getAllByRole('button').map((b) => b.textContent);
    // The ranking's next four are the three Related articles and one more: only that one is offered again.
    expect(titles).toEqual([pack.articles.find((a) => a.id === 'new-service-application')?.title]);
    expect(titles).not.toContain('Can I register a group or shared email address?');
    expect(within(card).getByRole('link', { name: /Contact us/ })).toHaveAttribute('href', 'https://example.com/contact');
    expect(document.activeElement).toBe(others.closest('.feedback-reply'));

    fireEvent.click(within(others).getAllByRole('button')[0] as HTMLElement);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(setup.events.at(-1)).toMatchObject({ name: 'answer', detail: { source: 'related' } });
  });

  it('after a No with nothing left to offer (an article the page opened), thanks the visitor and offers a person', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.open());
    await findShownGreeting(pack);
    act(() => setup.controller.send({ name: 'showArticle', value: 'shared-email' }));
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'No' }));
    expect(within(card).getByText(pack.site.ui.feedbackThanks)).toBeInTheDocument();
    expect(within(card).queryByRole('list', { name: 'Other articles' })).toBeNull();
    expect(within(card).getByRole('link', { name: /Contact us/ })).toHaveAttribute('href', 'https://example.com/contact');
  });

  it('shows visitor text as text, never as HTML', async () => {
    const setup = renderApp(pack);
    await ask(setup, '<img src=x onerror="alert(1)"> email');
    expect(await screen.findByText('<img src=x onerror="alert(1)"> email')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('keyboard and input methods', () => {
  it('sends on Enter and clears the box', async () => {
    const setup = renderApp(pack);
    const input = await ask(setup, 'registration hours');
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('does not send on the Enter that confirms a Japanese IME conversion, and sends on the next one', async () => {
    const setup = renderApp(pack);
    const input = await openPanel(setup);
    await findShownGreeting(pack);
    fireEvent.compositionStart(input);
    fireEvent.input(input, { target: { value: 'registration hours' } });
    // Preact re-renders after the event: until then the box's state is still empty and nothing could be sent,
    // which would let this test pass whatever the guard does.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled());
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.compositionEnd(input);
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    // Let every pending render and effect run: a question sent too early would be answered by then.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('article')).toBeNull();
    expect(setup.events.map((e) => e.name)).not.toContain('question');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('article')).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const launcher = document.body.appendChild(createLauncher(document, 'Questions?'));
    try {
      const setup = renderApp(pack, {}, [], launcher);
      const input = await openPanel(setup);
      const changes: boolean[] = [];
      setup.controller.subscribe((open) => changes.push(open));
      // The Escape that cancels an IME conversion (a Japanese visitor's) is the conversion's, not the panel's.
      fireEvent.keyDown(input, { key: 'Escape', isComposing: true });
      // Safari's, after compositionend: keyCode 229 (a review).
      fireEvent.keyDown(input, { key: 'Escape', keyCode: 229 });
      expect(changes).toEqual([]);
      fireEvent.keyDown(input, { key: 'Escape' });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(changes).toEqual([false]);
      expect(document.activeElement).toBe(launcher);
    } finally {
      launcher.remove();
    }
  });

  it("draws an opening in a task of its own, not in the click's, so the browser lays it out apart", async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.open());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('dialog')).toBeVisible();
  });

  it("says the answer to a page's question asked while the panel was closed once the panel shows, not before", async () => {
    const setup = renderApp(pack);
    // The app mounted and its content came, the panel still closed: as when a page's "Help" button asks.
    await waitFor(() => expect(setup.controller.waiting).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    const region = document.querySelector('[aria-live="polite"]')!;
    const seen: { shown: boolean; said: string }[] = [];
    const observer = new MutationObserver(() => seen.push({ shown: !dialog.hidden, said: region.textContent ?? '' }));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    act(() => setup.controller.ask('Can I register a group or shared email address?'));
    await waitFor(() => expect(region.textContent).toMatch(/group or shared/));
    observer.disconnect();
    expect(seen.filter(({ shown, said }) => !shown && said !== '')).toEqual([]);
    // Shown empty first, then filled: a change a screen reader hears.
    const firstShown = seen.findIndex(({ shown }) => shown);
    expect(seen[firstShown]?.said).toBe('');
    // Closed and opened again, the last answer is not said again: the region does not change.
    const changes: string[] = [];
    const watcher = new MutationObserver(() => changes.push(region.textContent ?? ''));
    watcher.observe(region, { subtree: true, childList: true, characterData: true });
    act(() => setup.controller.close());
    await new Promise((resolve) => setTimeout(resolve, 150));
    act(() => setup.controller.open());
    await screen.findByRole('dialog');
    await new Promise((resolve) => setTimeout(resolve, 150));
    watcher.disconnect();
    expect(changes).toEqual([]);
    expect(region.textContent).toMatch(/group or shared/);
  });

  it('says an answer the visitor closed the panel on at once (Enter, then Escape) when the panel shows again, never while hidden', async () => {
    const setup = renderApp(pack);
    const input = await openPanel(setup);
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    const region = document.querySelector('[aria-live="polite"]')!;
    const seen: { shown: boolean; said: string }[] = [];
    const observer = new MutationObserver(() => seen.push({ shown: !dialog.hidden, said: region.textContent ?? '' }));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    fireEvent.input(input, { target: { value: 'Can I register a group or shared email address?' } });
    // Not through act(), which would draw and run every effect between the two keys: as in a browser, the answer
    // is drawn (a microtask after Enter) and Escape comes before the effects that follow the next paint.
    const key = (name: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    key('Enter');
    await Promise.resolve();
    await Promise.resolve();
    key('Escape');
    await waitFor(() => expect(dialog.hidden).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    act(() => setup.controller.open());
    await waitFor(() => expect(region.textContent).toMatch(/group or shared/));
    observer.disconnect();
    expect(seen.filter(({ shown, said }) => !shown && said !== '')).toEqual([]);
  });

  it('leaves focus on the launcher when the panel closes before it could take focus', async () => {
    const launcher = document.body.appendChild(createLauncher(document, 'Questions?'));
    try {
      launcher.focus();
      const setup = renderApp(pack, {}, [], launcher);
      act(() => setup.controller.open());
      await screen.findByRole('dialog');
      act(() => setup.controller.close());
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(document.activeElement).toBe(launcher);
    } finally {
      launcher.remove();
    }
  });

  it('keeps Tab inside the open dialog', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    await findShownGreeting(pack);
    const dialog = screen.getByRole('dialog');
    const close = screen.getByRole('button', { name: 'Close' });
    const links = within(document.querySelector('.panel-footer') as HTMLElement).getAllByRole('link');
    const last = links[links.length - 1] as HTMLElement;
    last.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    // From the dialog itself (a click on its text gives it focus): into it either way, not out to the page
    // behind (a stranger's audit).
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
  });

  it('floats beside the page where it does not cover the screen: not modal, and Tab goes on out of it', async () => {
    const changed = new Set<() => void>();
    const wide = { matches: false, addEventListener: (_: string, listener: () => void) => changed.add(listener), removeEventListener: (_: string, listener: () => void) => changed.delete(listener) };
    vi.stubGlobal('matchMedia', vi.fn(() => wide));
    const setup = renderApp(pack);
    await openPanel(setup);
    await findShownGreeting(pack);
    const dialog = screen.getByRole('dialog');
    expect(dialog).not.toHaveAttribute('aria-modal');
    const links = within(document.querySelector('.panel-footer') as HTMLElement).getAllByRole('link');
    const last = links[links.length - 1] as HTMLElement;
    last.focus();
    // Not moved and not prevented: the browser's own Tab goes on to the launcher.
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(true);
    expect(document.activeElement).toBe(last);
    // Turned or resized to a phone's screen, where it covers the page: modal again.
    wide.matches = true;
    act(() => changed.forEach((listener) => listener()));
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    // Preact 11 runs an unmounted component's effect clean-ups after the unmount, not within it.
    expect(changed.size).toBe(1);
    setup.unmount();
    await waitFor(() => expect(changed.size).toBe(0));
  });
});

describe('when the content cannot be loaded', () => {
  it('shows a friendly error with a retry that works once the server recovers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = stubFetch({ error: 'down' }, 503);
    const setup = renderApp(null);
    await openPanel(setup);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    // The first load may take what the browser's cache has; the visitor's retry asks the server itself.
    expect(failing).toHaveBeenCalledTimes(1);
    expect(failing.mock.lastCall?.[1]).toMatchObject({ cache: 'default' });
    // A server (or content) at fault is not the visitor's connection: the message blames nothing.
    expect(alert).not.toHaveTextContent(/connection/i);
    // A retry that fails again hands focus to the new retry button, not left on the panel (a stranger's audit).
    screen.getByRole('button', { name: 'Try again' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' })));
    expect(failing.mock.lastCall?.[1]).toMatchObject({ cache: 'reload' });
    const recovered = stubFetch(pack);
    const retry = screen.getByRole('button', { name: 'Try again' });
    fireEvent.click(retry);
    expect(recovered.mock.lastCall?.[1]).toMatchObject({ cache: 'reload' });
    // The button goes with the error: focus waits on the panel, not lost to the page, and moves on with the content.
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    expect(await findShownGreeting(pack)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox')));
  });

  it('puts the error in as the panel shows, not ahead into the closed panel, where a screen reader may not say it (a stranger\'s try)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch({ error: 'down' }, 503);
    const setup = renderApp(null);
    await waitFor(() => expect(console.warn).toHaveBeenCalled());
    // The panel's contents are drawn closed, ahead of the opening; the failure's alert is not among them.
    expect(setup.container.querySelector('.composer')).not.toBeNull();
    expect(setup.container.querySelector('[role="alert"]')).toBeNull();
    await openPanel(setup);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    act(() => setup.controller.close());
    await waitFor(() => expect(setup.container.querySelector('[role="alert"]')).toBeNull());
  });

  it("says its own English title and words are English in a language whose content could not come (found by a review)", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch({ hello: 'world' });
    const launcher = document.body.appendChild(createLauncher(document, 'Questions?'));
    try {
      const setup = renderApp(null, { locales: 'en ja', locale: 'ja' }, [], launcher);
      await openPanel(setup);
      await screen.findByRole('alert');
      // Here no Japanese script is loaded either, so the whole frame is the English fallback.
      expect(screen.getByRole('dialog').closest('[lang]')?.getAttribute('lang')).toBe('en');
      expect(screen.getByRole('heading', { level: 2, name: 'Questions?' }).closest('[lang]')?.getAttribute('lang')).toBe('en');
      await waitFor(() => expect(launcher.lang).toBe('en'));
      cleanup();
      // The page's own title is in the page's language (found by a review of the change).
      await openPanel(renderApp(null, { locales: 'en ja', locale: 'ja', title: 'よくあるご質問' }, [], launcher));
      await screen.findByRole('alert');
      expect(screen.getByRole('heading', { level: 2, name: 'よくあるご質問' }).closest('[lang]')?.getAttribute('lang')).toBe('ja');
      await waitFor(() => expect(launcher.lang).toBe('ja'));
    } finally {
      launcher.remove();
    }
  });

  it('a question sent while the content could not be loaded tries again, and is answered once, when it comes (found by a review)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch({ hello: 'world' });
    const setup = renderApp(null);
    const input = await openPanel(setup);
    await screen.findByRole('alert');
    stubFetch(pack);
    fireEvent.input(input, { target: { value: 'can several people share one login?' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(setup.events.filter((e) => e.name === 'answer')).toHaveLength(1);
  });

  it('treats JSON that is not a content pack as a failure, not a crash', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch({ hello: 'world' });
    const setup = renderApp(null);
    await openPanel(setup);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(console.warn).toHaveBeenCalledWith('Askdown:', expect.stringContaining('is not an Askdown content pack'));
  });
});

describe('bounds', () => {
  it('reads only the first 500 characters of a question, from the box or the API, and says so', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    await findShownGreeting(pack);
    const long = `can several people share one login? ${'x'.repeat(1_000_000)}`;
    act(() => setup.controller.ask(long));
    expect(await screen.findByText('Only the first 500 characters were read.')).toBeInTheDocument();
    const shown = document.querySelector('.question')?.textContent ?? '';
    expect(shown.replace('You asked: ', '')).toHaveLength(500);
    expect(setup.events.find((e) => e.name === 'question')?.detail).toEqual({ question: long.slice(0, 500) });
    expect(await screen.findByRole('article')).toBeInTheDocument();
    // Told to screen readers too, before the answer (found by a review).
    expect(screen.getByRole('status')).toHaveTextContent(/^Only the first 500 characters were read\. Can I register a group/);
  });

  it('says a question was cut before "did you mean" and "no answer" too, and not for a question read whole', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    await findShownGreeting(pack);
    act(() => setup.controller.ask(`what is the weather in Tokyo ${'z'.repeat(600)}`));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Only the first 500 characters were read\. /));
    act(() => setup.controller.ask('what is the weather in Tokyo'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${pack.site.noAnswer.replace(/[.?]/g, '\\$&')}`)));
  });

  it('does not cut a character outside the BMP in half', async () => {
    const setup = renderApp(pack);
    await openPanel(setup);
    await findShownGreeting(pack);
    act(() => setup.controller.ask(`${'a'.repeat(499)}😀 email`));
    await screen.findByText('Only the first 500 characters were read.');
    expect(document.querySelector('.question')?.textContent).toBe(`You asked: ${'a'.repeat(499)}`);
  });

  it('keeps at most the newest 80 messages on the page, and the question box keeps focus', async () => {
    const setup = renderApp(pack);
    const input = await ask(setup, 'registration hours');
    await screen.findByRole('article');
    for (let i = 0; i < 60; i++) act(() => setup.controller.ask(`registration hours ${i}`));
    await waitFor(() => expect(document.querySelectorAll('.messages > li')).toHaveLength(80));
    const questions = Array.from(document.querySelectorAll('.question')).map((q) => q.textContent);
    expect(questions.at(-1)).toBe('You asked: registration hours 59');
    expect(questions[0]).toBe('You asked: registration hours 20');
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('status')).toHaveTextContent(/^Can I register my email address at any time/);
  });
});

describe('a tampered content pack', () => {
  it("re-sanitises an answer's HTML before showing it: no image, handler or javascript: link reaches the page", async () => {
    const articles = pack.articles.map((a) =>
      a.id === 'registration-hours'
        ? { ...a, html: '<p>Open <img src="x" onerror="window.__hacked = 1"><a href=" JaVaScRiPt:alert(1)">here</a></p><script>window.__hacked = 2</script>' }
        : a,
    );
    const setup = renderApp({ ...pack, articles });
    await ask(setup, 'registration hours');
    const body = (await screen.findByRole('article')).querySelector('.answer-body');
    expect(body?.innerHTML).toBe('<p>Open <a>here</a></p>');
    expect((window as { __hacked?: number }).__hacked).toBeUndefined();
  });

  it('never puts a javascript: site link on the page: the visitor gets the friendly error, the console the reason', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tampered = { ...pack, site: { ...pack.site, contact: { label: 'Contact us', url: 'javascript:alert(1)' } } };
    stubFetch(tampered);
    const setup = renderApp(null);
    await openPanel(setup);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(console.warn).toHaveBeenCalledWith('Askdown:', expect.stringContaining('site.contact.url is not a safe link'));
  });
});

describe('answers questions asked before the content arrived', () => {
  it('keeps an API question until the pack has loaded, then answers it', async () => {
    const setup = renderApp(pack);
    act(() => setup.controller.ask('multiple login IDs'));
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(/multiple login IDs/);
  });

  it('keeps a question typed and sent while the content loads, then answers it', async () => {
    let serve = (_: Response) => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (serve = resolve))));
    const setup = renderApp(null);
    const input = await openPanel(setup);
    expect(screen.getByText('Loading answers…')).toBeInTheDocument();
    fireEvent.input(input, { target: { value: 'multiple login IDs' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input).toHaveValue('');
    await act(async () => serve(new Response(JSON.stringify(pack))));
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(/multiple login IDs/);
  });
});
