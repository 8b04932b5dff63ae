import { basename, resolve } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { compileContent } from '../content/compile-content';
import { formatContentError } from '../content/content-error';
import { readLocaleFiles } from '../content/content-files';
import { NODE_ANSWER_HTML } from '../content/sanitize';

/** Compiles a locale folder in memory, as the widget would see it after `npm run build`. */
export async function loadPackFromDir(dir: string): Promise<ContentPack> {
  const result = compileContent(basename(resolve(dir)), await readLocaleFiles(dir), NODE_ANSWER_HTML);
  if (!result.pack) throw new Error(result.errors.map(formatContentError).join('\n'));
  return result.pack;
}
