import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { shardFiles } from '../../widget/sharded-pack';
import { shardPack } from '../content/shard-pack';

/**
 * Writes `pack` sharded into `dir` as the content build would (`writePacks`): the manifest as `<name>.json`, the
 * other files under `<name>.files/`. Returns the manifest's file name.
 */
export async function writeShardedPack(dir: string, name: string, pack: ContentPack): Promise<string> {
  const files = shardPack(pack);
  for (const [path, file] of files) {
    const target = path === shardFiles.manifest ? join(dir, `${name}.json`) : join(dir, `${name}.files`, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(path === shardFiles.manifest ? { ...(file as object), files: `${name}.files/` } : file));
  }
  return `${name}.json`;
}
