import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_FILE, BUDGETS, FACADE_FILE, JAPANESE_FILE, MARKDOWN_FILE, SHARDS_FILE, TYPO_FILE } from './budgets';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PackSize extends FileSize {
  articles: number;
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

async function sizeOf(dir: string, file: string): Promise<FileSize> {
  const data = await readFile(join(dir, file));
  return { file, bytes: data.length, gzip: gzipSize(data) };
}

/** Sizes of the built widget and of every content pack in `dist/content/`. */
export interface BuildSizes {
  facade: FileSize;
  app: FileSize;
  japanese: FileSize;
  typo: FileSize;
  markdown: FileSize;
  shards: FileSize;
  packs: PackSize[];
}

export async function measureBuild(dir: string): Promise<BuildSizes> {
  const [facade, app, japanese, typo, markdown, shards] = await Promise.all(
    [FACADE_FILE, APP_FILE, JAPANESE_FILE, TYPO_FILE, MARKDOWN_FILE, SHARDS_FILE].map((file) => sizeOf(dir, file)),
  ) as [FileSize, FileSize, FileSize, FileSize, FileSize, FileSize];
  const packFiles = (await readdir(join(dir, 'content')).catch(() => [])).filter((f) => f.endsWith('.json'));
  const packs = await Promise.all(
    packFiles.map(async (name) => {
      const size = await sizeOf(dir, join('content', name));
      // A sharded pack's manifest counts its articles; a single pack lists them.
      const pack = JSON.parse(await readFile(join(dir, 'content', name), 'utf8')) as { articles?: unknown[]; articleCount?: number };
      return { ...size, articles: pack.articles?.length ?? pack.articleCount ?? 0 };
    }),
  );
  return { facade, app, japanese, typo, markdown, shards, packs };
}

/** Every budget exceeded, as sentences for the CI log; empty when all are kept. */
export function budgetFailures({ facade, app, japanese, typo, markdown, shards }: Omit<BuildSizes, 'packs'>): string[] {
  const checks: [string, number, number][] = [
    [facade.file, facade.gzip, BUDGETS.facade],
    ['facade + app', facade.gzip + app.gzip, BUDGETS.firstAnswer],
    [typo.file, typo.gzip, BUDGETS.typo],
    ['facade + app + typo script', facade.gzip + app.gzip + typo.gzip, BUDGETS.firstTypo],
    [japanese.file, japanese.gzip, BUDGETS.japanese],
    [markdown.file, markdown.gzip, BUDGETS.markdown],
    [shards.file, shards.gzip, BUDGETS.shards],
  ];
  return checks.filter(([, size, budget]) => size > budget).map(([what, size, budget]) => `${what}: ${size} bytes gzip, over the ${budget}-byte budget.`);
}
