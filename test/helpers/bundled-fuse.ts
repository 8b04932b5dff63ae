import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Published from 'fuse.js/basic';
import { slimFuse } from '../../vite.config';

export const FUSE = 'node_modules/fuse.js/dist/fuse.basic.mjs';

/**
 * Fuse.js as the typo script bundles it (vite.config.ts's `slimFuse`), imported from a file of its own in `dir`:
 * the widget's typo correction runs on this, the Node tools' on Fuse.js as published.
 */
export async function bundledFuse(dir: string): Promise<typeof Published> {
  const transform = slimFuse().transform as (code: string, id: string) => { code: string } | null;
  const result = transform.call({}, await readFile(FUSE, 'utf8'), `/project/${FUSE}`);
  if (!result) throw new Error('the transform left Fuse.js alone');
  const file = join(dir, 'fuse.mjs');
  await writeFile(file, result.code);
  return ((await import(pathToFileURL(file).href)) as { default: typeof Published }).default;
}
