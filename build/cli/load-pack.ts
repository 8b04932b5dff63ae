import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ContentPack } from '../../widget/content-pack';
import { compileContent } from '../content/compile-content';
import { formatContentError } from '../content/content-error';
import { readLocaleFiles } from '../content/content-files';
import { NODE_ANSWER_HTML } from '../content/sanitize';

/**
 * Why `dir` is not one language's folder, or null: missing, or the folder of language folders that
 * `npm run build:content -- --content` takes (a stranger's try as an editor; the build's own message for it asks
 * for the articles to be moved, which breaks the copy).
 */
function notALocaleFolder(dir: string): string | null {
  if (!existsSync(dir)) return `${dir}: no such folder; --content takes one language's folder, e.g. --content content/en`;
  if (existsSync(join(dir, 'index.md'))) return null;
  const locales = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.md')));
  if (locales.length === 0) return null;
  return `${dir} holds the language folders (${locales.join(', ')}): --content takes one of them, e.g. --content ${join(dir, locales[0]!)}`;
}

/** Compiles a locale folder in memory, as the widget would see it after `npm run build`. */
export async function loadPackFromDir(dir: string): Promise<ContentPack> {
  const problem = notALocaleFolder(dir);
  if (problem) throw new Error(problem);
  const result = compileContent(basename(resolve(dir)), await readLocaleFiles(dir), NODE_ANSWER_HTML);
  if (!result.pack) throw new Error(result.errors.map(formatContentError).join('\n'));
  return result.pack;
}
