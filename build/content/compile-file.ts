import { compileArticle, type CompiledArticle } from './article';
import type { AnswerHtml } from './answer-html';
import type { ContentError } from './content-error';
import { compileIndex, INDEX_FILE, type CompiledIndex } from './index-file';
import { guarded } from './internal-error';
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

/** `legacy`: site.yml and synonyms.yml, whose keys moved into index.md. */
export type FileRole = 'article' | 'index' | 'legacy' | 'other';

/** One file compiled: its problems, or what it contributes to the pack. */
export interface FileResult {
  role: FileRole;
  errors: ContentError[];
  article?: CompiledArticle;
  index?: CompiledIndex;
}

/** The settings files of earlier versions, folded into index.md. */
export const LEGACY_FILES: readonly string[] = ['site.yml', 'synonyms.yml'];

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function roleOf(path: string): FileRole {
  const name = fileNameOf(path);
  if (name === INDEX_FILE) return 'index';
  if (LEGACY_FILES.includes(name)) return 'legacy';
  return /\.md$/i.test(name) ? 'article' : 'other';
}

function legacyFileError(path: string): ContentError {
  const name = fileNameOf(path);
  const what = name === 'site.yml' ? 'its keys (title, greeting, …)' : 'its groups, under a key "synonyms:"';
  return {
    file: path,
    message: `${name} is no longer read: the site settings and synonyms are in ${INDEX_FILE} now`,
    hint: `Move ${what} into the front matter of ${INDEX_FILE} beside it, then delete ${name} (README: "Moving from site.yml").`,
  };
}

function compileText(role: FileRole, path: string, text: string, answerHtml: AnswerHtml, locale: string): FileResult {
  if (role === 'article') {
    const result = compileArticle(path, text, answerHtml);
    return Array.isArray(result) ? { role, errors: result } : { role, errors: [], article: result };
  }
  if (role === 'index') {
    const index = compileIndex(path, text, locale, answerHtml);
    return { role, errors: index.errors, index };
  }
  return { role, errors: role === 'legacy' ? [legacyFileError(path)] : [] };
}

/**
 * Compiles one entry of a locale folder by its name: an article or the index. Anything it throws becomes an
 * internal error on this file, so the other files are still checked and reported.
 */
export function compileFile(entry: LocaleEntry, answerHtml: AnswerHtml, locale: string): FileResult {
  const role = roleOf(entry.path);
  if ('problem' in entry) return { role, errors: [entry.problem] };
  return guarded(
    entry.path,
    () => {
      const text = decodeEditorFile(entry.path, entry.source);
      return typeof text === 'string' ? compileText(role, entry.path, text, answerHtml, locale) : { role, errors: [text] };
    },
    (error) => ({ role, errors: [error] }),
  );
}
