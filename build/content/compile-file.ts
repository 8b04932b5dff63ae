import type { SiteSettings, SynonymGroups } from '../../widget/content-pack';
import { compileArticle, type CompiledArticle } from './article';
import type { ContentError } from './content-error';
import { guarded } from './internal-error';
import { compileSiteSettings, SITE_FILE } from './site-settings';
import { compileSynonyms, SYNONYMS_FILE } from './synonyms-file';
import { decodeEditorFile } from './text-encoding';

/** One editor file: its path as shown in messages, and its content: the bytes read from disk, or text. */
export interface SourceFile {
  path: string;
  source: string | Uint8Array;
}

/** A folder entry the build will not read, with why: an article in a subfolder, a broken link, a folder named x.md. */
export interface RefusedEntry {
  path: string;
  problem: ContentError;
}

/** What a locale folder holds, as the compiler receives it. */
export type LocaleEntry = SourceFile | RefusedEntry;

export type FileRole = 'article' | 'site' | 'synonyms' | 'other';

/** One file compiled: its problems, or what it contributes to the pack. */
export interface FileResult {
  role: FileRole;
  errors: ContentError[];
  article?: CompiledArticle;
  settings?: SiteSettings;
  synonyms?: SynonymGroups;
}

export function roleOf(path: string): FileRole {
  const name = path.split(/[\\/]/).pop() ?? path;
  if (name === SITE_FILE) return 'site';
  if (name === SYNONYMS_FILE) return 'synonyms';
  return /\.md$/i.test(name) ? 'article' : 'other';
}

function compileText(role: FileRole, path: string, text: string): FileResult {
  if (role === 'article') {
    const result = compileArticle(path, text);
    return Array.isArray(result) ? { role, errors: result } : { role, errors: [], article: result };
  }
  if (role === 'site') {
    const result = compileSiteSettings(path, text);
    return Array.isArray(result) ? { role, errors: result } : { role, errors: [], settings: result };
  }
  if (role === 'synonyms') {
    const { groups, errors } = compileSynonyms(path, text);
    return { role, errors, synonyms: groups };
  }
  return { role, errors: [] };
}

/**
 * Compiles one entry of a locale folder by its name: an article, site.yml or synonyms.yml. Anything it throws
 * becomes an internal error on this file, so the other files are still checked and reported.
 */
export function compileFile(entry: LocaleEntry): FileResult {
  const role = roleOf(entry.path);
  if ('problem' in entry) return { role, errors: [entry.problem] };
  return guarded(
    entry.path,
    () => {
      const text = decodeEditorFile(entry.path, entry.source);
      return typeof text === 'string' ? compileText(role, entry.path, text) : { role, errors: [text] };
    },
    (error) => ({ role, errors: [error] }),
  );
}
