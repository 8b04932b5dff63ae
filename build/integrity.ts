import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_FILE, FACADE_FILE, JAPANESE_FILE } from './size/budgets';
import { integrityOf } from './sri';

export { integrityOf };

/** Writes `<dir>/integrity.json`, each built script's integrity value, for the script tag's `integrity`. */
export async function writeIntegrity(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of [FACADE_FILE, APP_FILE, JAPANESE_FILE]) hashes[file] = integrityOf(await readFile(join(dir, file)));
  await writeFile(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
