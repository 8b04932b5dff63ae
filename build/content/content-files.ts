import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import type { SourceFile } from './compile-pack';

/** The locales under a content root: every folder, e.g. `content/en`. */
export async function listLocales(contentRoot: string): Promise<string[]> {
  const entries = await readdir(contentRoot, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** Reads a locale folder's editor files, with paths relative to `shownFrom` for messages. */
export async function readLocaleFiles(localeDir: string, shownFrom = process.cwd()): Promise<SourceFile[]> {
  const names = (await readdir(localeDir)).filter((name) => /\.(md|ya?ml)$/i.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: relative(shownFrom, join(localeDir, name)) || name,
      source: await readFile(join(localeDir, name), 'utf8'),
    })),
  );
}

/**
 * Writes every pack or none: each goes to a temporary file first and is renamed into place only when all were
 * written, so a visitor never fetches a half-written pack.
 */
export async function writePacks(outDir: string, packs: readonly ContentPack[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const staged = await Promise.all(
    packs.map(async (pack) => {
      const target = join(outDir, `${pack.locale}.json`);
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(pack));
      return { temporary, target };
    }),
  ).catch(async (error: unknown) => {
    await Promise.all(packs.map((pack) => rm(join(outDir, `${pack.locale}.json.${process.pid}.tmp`), { force: true })));
    throw error;
  });
  for (const { temporary, target } of staged) await rename(temporary, target);
  return staged.map((s) => s.target);
}
