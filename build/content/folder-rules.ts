import type { ContentError } from './content-error';
import { LEGACY_FILES } from './compile-file';
import { didYouMean } from './suggest';
import { INDEX_FILE } from './index-file';

/** What the build knows about one entry of a content folder before opening it. */
export interface FolderEntry {
  name: string;
  /** The entry's path as shown in messages, e.g. content/en/faq.md. */
  path: string;
  /** What the entry is; for a symbolic link, what it leads to ('other' when it leads nowhere). */
  kind: 'file' | 'folder' | 'other';
  /** Set when the entry is a symbolic link: its target as written, and where it leads. */
  link: { target: string; leads: 'inside' | 'outside' | 'nowhere' | 'in-a-circle' } | null;
}

const ARTICLE_NAME = /\.md$/i;
/** Other names Markdown goes by: such a file is surely meant as an article, so ignoring it would lose it. */
const OTHER_MARKDOWN_NAME = /\.(markdown|mdown|mkdn?|mdwn|mdtxt|mdtext)$/i;
const YAML_NAME = /\.ya?ml$/i;

function isContentName(name: string): boolean {
  return ARTICLE_NAME.test(name) || OTHER_MARKDOWN_NAME.test(name) || YAML_NAME.test(name);
}

/** Hidden entries are the system's and the editor's own (.DS_Store, .git, swap files), never content. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * A link that leads nowhere is an error, not a file to skip: the editor meant something to be there. A link out
 * of content/ is refused because the site would then depend on a file outside the content folder: it is missing
 * on the next machine that builds, its edits do not trigger the demo's rebuild, and a wrong link could publish
 * any file the build can read.
 */
function linkProblem(entry: FolderEntry, rootPath: string, copyInto: string): ContentError | null {
  if (!entry.link || entry.link.leads === 'inside') return null;
  const { target, leads } = entry.link;
  const what = entry.kind === 'folder' ? 'folder' : 'file';
  const replace = `Replace the link with the ${what} itself: copy it into ${copyInto}/ under this name, or delete the link.`;
  if (leads === 'nowhere') {
    return { file: entry.path, message: `"${entry.name}" is a link to "${target}", which does not exist`, hint: replace };
  }
  if (leads === 'in-a-circle') {
    return { file: entry.path, message: `"${entry.name}" is a link that leads round in a circle ("${target}")`, hint: replace };
  }
  return {
    file: entry.path,
    message: `"${entry.name}" is a link to "${target}", outside ${rootPath}/`,
    hint: `Copy the ${what} into ${copyInto}/ instead of linking to it: the build reads only what is inside ${rootPath}/.`,
  };
}

/** An entry of content/ itself: a locale folder, something to skip, or a problem (an article outside any locale). */
export function decideRootEntry(entry: FolderEntry, rootPath: string): 'locale' | 'skip' | ContentError {
  if (isHidden(entry.name)) return 'skip';
  const problem = linkProblem(entry, rootPath, rootPath);
  if (problem) return problem;
  if (entry.kind === 'folder') return 'locale';
  if (entry.kind === 'file' && isContentName(entry.name)) {
    return {
      file: entry.path,
      message: `"${entry.name}" is directly in ${rootPath}/, not in a locale folder, so it is not read`,
      hint: `Move it into the folder of its language, e.g. ${rootPath}/en/.`,
    };
  }
  return 'skip';
}

/** A folder where a file belongs, or a folder reached through a link: both would hide articles from the build. */
function folderProblem(entry: FolderEntry, localePath: string): ContentError | null {
  if (isContentName(entry.name)) {
    const extension = entry.name.slice(entry.name.lastIndexOf('.'));
    return {
      file: entry.path,
      message: `"${entry.name}" is a folder, but its name is that of an article or settings file`,
      hint: `Rename the folder so its name does not end in "${extension}". If it holds articles, move them up into ${localePath}/.`,
    };
  }
  if (entry.link) {
    return {
      file: entry.path,
      message: `"${entry.name}" is a link to a folder; the build does not read folders inside ${localePath}/`,
      hint: `Copy the articles themselves into ${localePath}/ and delete the link.`,
    };
  }
  return null;
}

/**
 * An entry of a locale folder: an editor file to read, something to skip, a subfolder to search for misplaced
 * articles, or a problem. Only `*.md` (index.md and articles), and site.yml and synonyms.yml (to report them) are read; other files (images, notes) are skipped.
 */
export function decideLocaleEntry(entry: FolderEntry, rootPath: string, localePath: string): 'read' | 'skip' | 'search' | ContentError {
  if (isHidden(entry.name)) return 'skip';
  const problem = linkProblem(entry, rootPath, localePath);
  if (problem) return problem;
  if (entry.kind === 'folder') return folderProblem(entry, localePath) ?? 'search';
  if (entry.kind !== 'file') return 'skip';
  // site.yml and synonyms.yml are read to be reported: their keys moved into index.md.
  if (ARTICLE_NAME.test(entry.name) || LEGACY_FILES.includes(entry.name)) return 'read';
  if (OTHER_MARKDOWN_NAME.test(entry.name)) {
    const renamed = entry.name.replace(OTHER_MARKDOWN_NAME, '.md');
    return { file: entry.path, message: `"${entry.name}" is not read: article files must end in .md`, hint: `Rename it to ${renamed}.` };
  }
  if (YAML_NAME.test(entry.name)) {
    return {
      file: entry.path,
      message: `"${entry.name}" is not read: the site settings and synonyms are in the front matter of ${INDEX_FILE}`,
      hint: `Move its keys into ${INDEX_FILE}, or move the file out of ${rootPath}/.`,
    };
  }
  return 'skip';
}

/** An entry inside a subfolder of a locale folder (at any depth): an article there is never read, so it is an error. */
export function decideNestedEntry(entry: FolderEntry, localePath: string): 'skip' | 'search' | ContentError {
  if (isHidden(entry.name)) return 'skip';
  if (isContentName(entry.name)) {
    const what = YAML_NAME.test(entry.name) ? 'settings files' : 'articles';
    return {
      file: entry.path,
      message: `${what} must sit directly in ${localePath}/, not in a subfolder, so this one is not read`,
      hint: `Move it up into ${localePath}/.`,
    };
  }
  return entry.kind === 'folder' && !entry.link ? 'search' : 'skip';
}
