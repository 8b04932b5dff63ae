import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { vi } from 'vitest';
import { answerHtmlEngine } from '../../build/content/answer-html';
import { parseAnswerHtml } from '../../widget/app/safe-html';
import type { ContentPack } from '../../widget/content-pack';
import type { MarkdownFailure } from '../../widget/markdown/markdown-contract';
import { loadMarkdownContent } from '../../widget/markdown/markdown-support';

export const SITE = 'https://help.example.com';

/** The engine the run-time Markdown mode runs over the browser's parser (here jsdom's, in the test's window). */
export const WIDGET_ANSWER_HTML = answerHtmlEngine(parseAnswerHtml);

/**
 * Serves `folder` (e.g. content/en) at `<SITE>/content/<locale>/` as plain files, with `changed` files replaced
 * (`null`: missing, 404), and returns the fetch stub; nothing is built.
 */
export function serveMarkdownFolder(folder: string, locale: string, changed: Record<string, string | null> = {}): ReturnType<typeof vi.fn> {
  const served = vi.fn(async (url: string) => {
    const name = new URL(url).pathname.replace(`/content/${locale}/`, '');
    if (name in changed) {
      const text = changed[name];
      return text === null ? new Response('Not found', { status: 404 }) : new Response(text);
    }
    try {
      return new Response(await readFile(join(folder, name)));
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', served);
  return served;
}

/** What the widget gets from `<SITE>/content/<locale>/index.md` in the run-time Markdown mode. */
export function loadMarkdownSite(locale: string, preview = false): Promise<ContentPack | MarkdownFailure> {
  return loadMarkdownContent({ indexUrl: `${SITE}/content/${locale}/index.md`, locale, preview, parse: parseAnswerHtml });
}
