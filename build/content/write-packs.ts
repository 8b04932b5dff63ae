import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { shardFiles } from '../../widget/sharded-pack';
import { packJson } from './pack-json';
import { DEFAULT_SHARD_LAYOUT, shardPack, type ShardLayout } from './shard-pack';

/**
 * Above this many articles a locale's pack is written sharded (`widget/sharded-pack.ts`): its manifest where the
 * single pack would be, its other files beside it, fetched as questions need them. Below it the single pack
 * answers sooner: at 1,000 articles 422 ms cold at 4× CPU against 619 sharded, at 3,001 (a stranger's try) 728
 * against 786 on this machine and 615 against 1,345 at a 100 ms round trip; at 10,000 the sharded one wins by half
 * (README, "Large help centres", 2026-11-27).
 */
export const SHARD_ABOVE_ARTICLES = 5_000;

/** What a sharded pack's files are called on disk: the folder carries a hash of them, so a new build never overwrites one a visitor is reading. */
function shardFolder(locale: string, files: Map<string, unknown>, json: (value: unknown) => string): { folder: string; texts: Map<string, string> } {
  const texts = new Map([...files].map(([path, file]) => [path, json(file)]));
  const hash = createHash('sha256');
  for (const [path, text] of texts) hash.update(path).update('\0').update(text).update('\0');
  return { folder: `${locale}.${hash.digest('hex').slice(0, 12)}`, texts };
}

/**
 * What one pack is written as: its file's text, and for a sharded pack the folder of its other files, written
 * before the manifest that names them (a folder no manifest names yet is never read).
 */
async function stagePack(outDir: string, pack: ContentPack, shardAbove: number, layout: ShardLayout): Promise<{ text: string; folder?: string }> {
  const { text: packText, json } = packJson(pack);
  if (pack.articles.length <= shardAbove) return { text: packText };
  const files = shardPack(pack, layout);
  const { folder, texts } = shardFolder(pack.locale, files, json);
  for (const [path, text] of texts) {
    if (path === shardFiles.manifest) continue;
    const target = join(outDir, folder, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { text: json({ ...(files.get(shardFiles.manifest) as object), files: `${folder}/` }), folder: join(outDir, folder) };
}

/**
 * Writes every pack or none: each goes to a temporary file first and is renamed into place only when all were
 * written, so a visitor never fetches a half-written pack. A pack of more than `shardAbove` articles is written
 * sharded (`SHARD_ABOVE_ARTICLES`). Returns what was written: each pack's file, and a sharded pack's folder after it.
 */
export async function writePacks(
  outDir: string,
  packs: readonly ContentPack[],
  shardAbove = SHARD_ABOVE_ARTICLES,
  layout: ShardLayout = DEFAULT_SHARD_LAYOUT,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const staged = await Promise.all(
    packs.map(async (pack) => {
      const target = join(outDir, `${pack.locale}.json`);
      const temporary = `${target}.${process.pid}.tmp`;
      const { text, folder } = await stagePack(outDir, pack, shardAbove, layout);
      await writeFile(temporary, text);
      return { temporary, target, folder };
    }),
  ).catch(async (error: unknown) => {
    await Promise.all(packs.map((pack) => rm(join(outDir, `${pack.locale}.json.${process.pid}.tmp`), { force: true })));
    throw error;
  });
  for (const { temporary, target } of staged) await rename(temporary, target);
  return staged.flatMap((s) => (s.folder ? [s.target, `${s.folder}/`] : [s.target]));
}

/**
 * The sharded packs' folders in `outDir` that no pack written now names (`<locale>.<hash>/`): kept, as a visitor
 * whose panel opened before the deploy may still read one, and listed so the site's team can delete them later.
 */
export async function olderShardFolders(outDir: string, written: readonly string[]): Promise<string[]> {
  const current = new Set(written.map((path) => basename(path)));
  return (await readdir(outDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && /^[\w-]+\.[0-9a-f]{12}$/.test(entry.name) && !current.has(entry.name))
    .map((entry) => join(outDir, entry.name))
    .sort();
}
