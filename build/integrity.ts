import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCRIPT_FILES } from './size/budgets';
import { integrityOf } from './sri';

export { integrityOf };

/** Writes `<dir>/integrity.json`, each built script's integrity value, for the script tag's `integrity`. */
export async function writeIntegrity(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of SCRIPT_FILES) hashes[file] = integrityOf(await readFile(join(dir, file)));
  await writeFile(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
