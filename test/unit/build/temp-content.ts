import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    written: () => readdir(outDir).catch(() => []),
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

/** An article's text: front matter with `title`, then `body`. */
export function article(title: string, body: string): string {
  return `---\ntitle: ${title}\n---\n${body}\n`;
}
