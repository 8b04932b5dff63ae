import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { buildContent, type BuildContentResult } from '../../../build/content/build-content';

/** A copy of the real content in a temporary folder, to break on purpose, with the build pointed at it. */
export interface TempContent {
  /** The temporary folder: content/ and dist/content/ are inside it. */
  work: string;
  contentRoot: string;
  /** content/en/ of the copy. */
  en: string;
  outDir: string;
  build(): Promise<BuildContentResult>;
  /** Writes an article into a locale folder (en by default) and links it from that folder's index.md, as editors must. */
  addArticle(name: string, source: string | Uint8Array, locale?: string): Promise<void>;
  /** The files the build wrote, or [] when it wrote none (or not even the folder). */
  written(): Promise<string[]>;
  remove(): Promise<void>;
}

export async function copyRealContent(): Promise<TempContent> {
  const work = await mkdtemp(join(tmpdir(), 'askdown-content-'));
  const contentRoot = join(work, 'content');
  const outDir = join(work, 'dist/content');
  await cp('content', contentRoot, { recursive: true });
  return {
    work,
    contentRoot,
    en: join(contentRoot, 'en'),
    outDir,
    build: () => buildContent({ contentRoot, outDir }),
    async addArticle(name, source, locale = 'en') {
      await writeFile(join(contentRoot, locale, name), source);
      const index = join(contentRoot, locale, 'index.md');
      if (!(await readFile(index, 'utf8')).includes(`(${name})`)) await appendFile(index, `- [${name}](${name})\n`);
    },
    written: () => readdir(outDir).catch(() => []),
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

/**
 * For a test file: a fresh copy of the real content before each of its tests, removed after it. `content()` is
 * the current test's copy.
 */
export function useRealContentCopy(): () => TempContent {
  let current: TempContent | undefined;
  beforeEach(async () => {
    current = await copyRealContent();
  });
  afterEach(() => current?.remove());
  return () => {
    if (!current) throw new Error('the content copy exists only while a test runs');
    return current;
  };
}

/** An article's text: front matter with `title`, then `body`. */
export function article(title: string, body: string): string {
  return `---\ntitle: ${title}\n---\n${body}\n`;
}
