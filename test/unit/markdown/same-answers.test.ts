// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPackFromDir } from '../../../build/cli/load-pack';
import type { QuerySet } from '../../../build/cli/eval-queries';
import type { ContentPack } from '../../../widget/content-pack';
import { createPackMatcher } from '../../../widget/pack-matcher';
import { loadMarkdownSite, serveMarkdownFolder } from '../../helpers/markdown-site';

afterEach(() => vi.unstubAllGlobals());

const SETS = {
  en: ['login-faq-queries', 'login-faq-heldout', 'login-faq-dev'],
  ja: ['login-faq-ja', 'login-faq-ja-heldout'],
};

async function queriesOf(names: readonly string[]): Promise<string[]> {
  const sets = await Promise.all(names.map(async (name) => JSON.parse(await readFile(`test/fixtures/${name}.json`, 'utf8')) as QuerySet));
  return sets.flatMap((set) => set.queries.map((q) => q.query));
}

describe.each(['en', 'ja'] as const)('content/%s/ read as Markdown in the browser and built into a pack', (locale) => {
  it('makes the same pack, byte for byte: settings, articles and their HTML, index, vocabulary and synonyms', async () => {
    const built = await loadPackFromDir(`content/${locale}`);
    serveMarkdownFolder(`content/${locale}`, locale);
    const read = await loadMarkdownSite(locale);
    expect(typeof read).not.toBe('string');
    expect(read).toEqual(built);
  });

  it('gives identical results, confidences and related articles for every question of the log-in sets', async () => {
    const built = createPackMatcher(await loadPackFromDir(`content/${locale}`));
    serveMarkdownFolder(`content/${locale}`, locale);
    const read = createPackMatcher((await loadMarkdownSite(locale)) as ContentPack);
    const questions = await queriesOf(SETS[locale]);
    expect(questions.length).toBeGreaterThan(200);
    for (const question of questions) expect(read.match(question), question).toEqual(built.match(question));
  });
});
