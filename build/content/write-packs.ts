import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';

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
