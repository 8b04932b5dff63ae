import { render, screen, waitFor } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { App } from '../../widget/app/App';
import type { ContentPack } from '../../widget/content-pack';
import { readEmbedConfig } from '../../widget/embed/config';
import { createController } from '../../widget/embed/controller';
import { createEmitter, type AskdownEventName } from '../../widget/embed/events';

/** A fetch that serves `pack` as JSON, or fails as told. */
export function stubFetch(pack: unknown, status = 200): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(pack), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A fetch that serves each locale's pack at `content/<locale>.json`, and 404 elsewhere. */
export function stubLocaleFetch(packs: Record<string, ContentPack>): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async (url: string) => {
    const pack = packs[/content\/(\w+)\.json$/.exec(url)?.[1] ?? ''];
    return new Response(JSON.stringify(pack ?? null), { status: pack ? 200 : 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Renders the panel app as the embed would, with every event it emits recorded. `pageLanguages` stands for the
 * page's `<html lang>` and the browser's language; `launcher`, the facade's. `openedFirst`: the page opened the
 * panel before the app was there (its first call starts the app).
 */
export function renderApp(
  pack: ContentPack | Record<string, ContentPack> | null,
  attributes: Record<string, string> = {},
  pageLanguages: string[] = [],
  launcher?: HTMLElement,
  openedFirst = false,
) {
  if (pack && 'format' in pack) stubFetch(pack);
  else if (pack) stubLocaleFetch(pack as Record<string, ContentPack>);
  const emitter = createEmitter();
  const events: { name: AskdownEventName; detail: unknown }[] = [];
  for (const name of ['open', 'close', 'question', 'answer', 'did-you-mean', 'no-answer', 'feedback', 'link-click'] as const) {
    emitter.on(name, (detail) => events.push({ name, detail }));
  }
  const controller = createController(emitter);
  if (openedFirst) controller.open();
  const config = readEmbedConfig(attributes, 'https://help.example.com/askdown/askdown.js', () => true, pageLanguages);
  const view = render(<App controller={controller} emitter={emitter} config={config} panelId="askdown-panel" launcher={launcher} />);
  return { ...view, controller, emitter, events, config };
}

/**
 * The pack's greeting once the panel shows it: the app draws its contents closed as the content comes in, and an
 * opening shows the panel a task later, so a greeting in the document is not yet one on screen.
 */
export function findShownGreeting(pack: ContentPack): Promise<HTMLElement> {
  return waitFor(() => {
    const greeting = screen.getByText(pack.site.greeting);
    expect(greeting.closest('[role="dialog"]')).not.toHaveAttribute('hidden');
    return greeting;
  });
}
