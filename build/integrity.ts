import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_FILE, FACADE_FILE, JAPANESE_FILE } from './size/budgets';

/** The Subresource Integrity value of a file: `sha384-` and its digest in base64. */
export function integrityOf(data: Buffer): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/** Writes `<dir>/integrity.json`, each built script's integrity value, for the script tag's `integrity`. */
export async function writeIntegrity(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of [FACADE_FILE, APP_FILE, JAPANESE_FILE]) hashes[file] = integrityOf(await readFile(join(dir, file)));
  await writeFile(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
