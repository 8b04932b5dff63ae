import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_FILE, BUDGETS, FACADE_FILE, JAPANESE_FILE } from './budgets';

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
export async function measureBuild(dir: string): Promise<{ facade: FileSize; app: FileSize; japanese: FileSize; packs: PackSize[] }> {
  const [facade, app, japanese] = await Promise.all([sizeOf(dir, FACADE_FILE), sizeOf(dir, APP_FILE), sizeOf(dir, JAPANESE_FILE)]);
  const packFiles = (await readdir(join(dir, 'content')).catch(() => [])).filter((f) => f.endsWith('.json'));
  const packs = await Promise.all(
    packFiles.map(async (name) => {
      const size = await sizeOf(dir, join('content', name));
      const pack = JSON.parse(await readFile(join(dir, 'content', name), 'utf8')) as { articles?: unknown[] };
      return { ...size, articles: pack.articles?.length ?? 0 };
    }),
  );
  return { facade, app, japanese, packs };
}

/** Every budget exceeded, as sentences for the CI log; empty when all are kept. */
export function budgetFailures(facadeGzip: number, firstAnswerGzip: number, japaneseGzip = 0): string[] {
  const failures: string[] = [];
  if (japaneseGzip > BUDGETS.japanese) {
    failures.push(`${JAPANESE_FILE} is ${japaneseGzip} bytes gzip, over its ${BUDGETS.japanese}-byte budget.`);
  }
  if (facadeGzip > BUDGETS.facade) {
    failures.push(`${FACADE_FILE} is ${facadeGzip} bytes gzip, over its ${BUDGETS.facade}-byte budget.`);
  }
  if (firstAnswerGzip > BUDGETS.firstAnswer) {
    failures.push(`facade + app are ${firstAnswerGzip} bytes gzip, over the ${BUDGETS.firstAnswer}-byte budget.`);
  }
  return failures;
}
