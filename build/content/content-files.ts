import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { shownPath } from '../shown-path';
import type { LocaleEntry } from './compile-file';
import type { ContentError } from './content-error';
import { decideLocaleEntry, decideNestedEntry, decideRootEntry, type FolderEntry } from './folder-rules';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function kindOf(info: Dirent | Stats): FolderEntry['kind'] {
  return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
}

async function sortedEntries(dir: string): Promise<Dirent[]> {
  return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What a directory entry is; for a symbolic link, where it leads, judged against the real path of content/. */
async function inspect(dir: string, dirent: Dirent, realRoot: string, shownFrom: string): Promise<FolderEntry> {
  const full = join(dir, dirent.name);
  const entry = { name: dirent.name, path: shownPath(full, shownFrom) };
  if (!dirent.isSymbolicLink()) return { ...entry, kind: kindOf(dirent), link: null };
  const target = await readlink(full);
  try {
    const [info, real] = await Promise.all([stat(full), realpath(full)]);
    const inside = real === realRoot || real.startsWith(realRoot + sep);
    return { ...entry, kind: kindOf(info), link: { target, leads: inside ? 'inside' : 'outside' } };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return { ...entry, kind: 'other', link: { target, leads: 'in-a-circle' } };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...entry, kind: 'other', link: { target, leads: 'nowhere' } };
    throw error;
  }
}

/**
 * The locales under a content root (every folder, e.g. `content/en`), and the problems of what else is there:
 * articles outside any locale folder, broken links, a missing root.
 */
export async function listLocales(contentRoot: string, shownFrom = process.cwd()): Promise<{ locales: string[]; errors: ContentError[] }> {
  const rootPath = shownPath(contentRoot, shownFrom);
  let dirents: Dirent[];
  try {
    dirents = await sortedEntries(contentRoot);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw error;
    const hint = 'Run the build from the project folder, the one that holds content/<locale>/ (e.g. content/en/), or name the folder: npm run build:content -- --content path/to/content.';
    return { locales: [], errors: [{ file: rootPath, message: 'the content folder does not exist', hint }] };
  }
  const realRoot = await realpath(contentRoot);
  const locales: string[] = [];
  const errors: ContentError[] = [];
  for (const dirent of dirents) {
    const decision = decideRootEntry(await inspect(contentRoot, dirent, realRoot, shownFrom), rootPath);
    if (decision === 'locale') locales.push(dirent.name);
    else if (decision !== 'skip') errors.push(decision);
  }
  if (locales.length === 0 && errors.length === 0) {
    errors.push({ file: rootPath, message: 'there are no locale folders', hint: `Put the articles in a folder named for their language, e.g. ${rootPath}/en/.` });
  }
  return { locales, errors };
}

/** Content files anywhere below a subfolder of a locale folder: each is refused, as the build does not read them. */
async function findNested(dir: string, localePath: string, shownFrom: string): Promise<LocaleEntry[]> {
  const found: LocaleEntry[] = [];
  for (const dirent of await sortedEntries(dir)) {
    const full = join(dir, dirent.name);
    // Links below a subfolder are not followed: this only looks for articles to report, and a link could loop.
    const link = dirent.isSymbolicLink() ? { target: '', leads: 'inside' as const } : null;
    const entry: FolderEntry = { name: dirent.name, path: shownPath(full, shownFrom), kind: kindOf(dirent), link };
    const decision = decideNestedEntry(entry, localePath);
    if (decision === 'search') found.push(...(await findNested(full, localePath, shownFrom)));
    else if (decision !== 'skip') found.push({ path: entry.path, problem: decision });
  }
  return found;
}

async function readEditorFile(full: string, path: string): Promise<LocaleEntry> {
  try {
    return { path, source: await readFile(full) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { path, problem: { file: path, message: `the file cannot be read (${reason})`, hint: 'Check that you may read the file, then build again.' } };
  }
}

/**
 * Reads a locale folder's editor files as bytes (the compiler checks they are UTF-8), with paths relative to
 * `shownFrom` for messages. What the build will not read but an editor may have meant as content (an article
 * in a subfolder, a folder named like a file, a broken link, a link out of the content folder) comes back as a
 * refused entry with its problem, so nothing is lost without a word. The content folder is the locale's parent.
 */
export async function readLocaleFiles(localeDir: string, shownFrom = process.cwd()): Promise<LocaleEntry[]> {
  const contentRoot = dirname(resolve(localeDir));
  const [rootPath, localePath, realRoot] = [shownPath(contentRoot, shownFrom), shownPath(localeDir, shownFrom), await realpath(contentRoot)];
  const entries: LocaleEntry[] = [];
  for (const dirent of await sortedEntries(localeDir)) {
    const full = join(localeDir, dirent.name);
    const entry = await inspect(localeDir, dirent, realRoot, shownFrom);
    const decision = decideLocaleEntry(entry, rootPath, localePath);
    if (decision === 'read') entries.push(await readEditorFile(full, entry.path));
    else if (decision === 'search') entries.push(...(await findNested(full, localePath, shownFrom)));
    else if (decision !== 'skip') entries.push({ path: entry.path, problem: decision });
  }
  return entries;
}
