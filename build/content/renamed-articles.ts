/**
 * The build's own reading of an article file renamed without its links (build-only: the compiler is shared with
 * the run-time Markdown mode, whose script has no bytes to spare). The compiler sees three unrelated problems:
 * the index links a file that is not there, an article nobody links, and `related` lists naming an unknown id.
 * They are one change, and the editor's best fix is often not the new name everywhere but `id: <old id>` in the
 * renamed file, which keeps every link to the article: `related` lists, the FAQ page's `#id`, links to an answer
 * (`#askdown=id`) sent in e-mails.
 */
import type { ContentError } from './content-error';
import { literalPattern } from './literal-pattern';
import type { LocaleEntry } from './compile-file';
import type { IndexLines } from './index-lines';
import { splitFrontMatter } from './front-matter';
import { closestName } from './suggest';
import { decodeEditorFile } from './text-encoding';
import { isContentError } from './yaml-source';

/** compile-pack.ts's and check-ids.ts's messages, which this reads. */
const LINK_TO_NOTHING = /^the link to "(.+)\.md" leads to no article\./;
const NOT_LINKED = /^(.+)\.md is not linked from index\.md/;
const LINE_TO_ADD = /- \[(.*)\]\([^)]*\)/;
const UNKNOWN_RELATED = /^"related" names an unknown article "(.+)"\./;
/** An `id:` line of a file's front matter. */
const ID_LINE = /^id[ \t]*:[ \t]*["']?([^"'\n]*?)["']?[ \t]*$/m;

/** A title as written in a link's text or in front matter, compared without Markdown escapes, case or spacing. */
const comparable = (title: string): string => title.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();

/** The link text of `name` on an index line: `- [Title](name.md)`, brackets in the title included. */
function linkText(line: string | undefined, name: string): string | undefined {
  return new RegExp(`\\[(.*)\\]\\(\\s*<?(?:\\./)?${literalPattern(name)}\\.md`).exec(line ?? '')?.[1];
}

/** The `id:` a file's front matter gives, if any: a file renamed once already keeps that id through any rename. */
function ownId(entries: readonly LocaleEntry[], file: string): string | undefined {
  const entry = entries.find((candidate) => candidate.path === file);
  const text = entry && 'source' in entry ? decodeEditorFile(entry.path, entry.source) : undefined;
  const parts = typeof text === 'string' ? splitFrontMatter(file, text) : undefined;
  if (parts === undefined || isContentError(parts)) return undefined;
  return ID_LINE.exec(parts.frontMatter)?.[1]?.trim() || undefined;
}

interface Rename {
  oldName: string;
  newName: string;
  /** The renamed file's own `id:`, which its links use whatever it is called. */
  keptId: string | undefined;
}

/**
 * Pairs each index link that leads nowhere with an article the index does not link that has the link's title (a
 * rename keeps the title, which the index still shows as the link's text). A link misspelt close to a file's name
 * is a rename only where a `related` list names the old id too; otherwise its message already names the file.
 * Then says each rename once, on the index's line, and each `related` that names an old id as such.
 */
export function withRenamedArticles(errors: readonly ContentError[], index: IndexLines | undefined, entries: readonly LocaleEntry[]): ContentError[] {
  if (!index) return [...errors];
  const relatedNames = new Set(errors.flatMap((error) => UNKNOWN_RELATED.exec(error.message)?.[1] ?? []));
  const missing = errors.flatMap((error) => {
    const name = LINK_TO_NOTHING.exec(error.message)?.[1];
    const text = name === undefined || error.line === undefined ? undefined : linkText(index.lines[error.line - 1], name);
    return name === undefined || text === undefined ? [] : [{ error, name, title: comparable(text) }];
  });
  const unlinked = errors.flatMap((error) => {
    const name = NOT_LINKED.exec(error.message)?.[1];
    const title = LINE_TO_ADD.exec(error.hint)?.[1];
    return name === undefined || title === undefined ? [] : [{ error, name, title: comparable(title) }];
  });
  const renamed = new Map<ContentError, Rename>();
  const paired = new Set<ContentError>();
  for (const link of missing) {
    const file = unlinked.find(
      (candidate) =>
        !paired.has(candidate.error) &&
        candidate.title === link.title &&
        (closestName(link.name, [candidate.name]) === undefined || relatedNames.has(link.name)),
    );
    if (!file) continue;
    renamed.set(link.error, { oldName: link.name, newName: file.name, keptId: ownId(entries, file.error.file) });
    paired.add(file.error);
  }
  const renameOf = new Map([...renamed.values()].filter((rename) => !rename.keptId).map((rename) => [rename.oldName, rename]));
  return errors.flatMap((error): ContentError[] => {
    if (paired.has(error)) return [];
    const rename = renamed.get(error);
    if (rename) return [renamedLink(error, rename)];
    const oldId = UNKNOWN_RELATED.exec(error.message)?.[1];
    const newName = oldId === undefined ? undefined : renameOf.get(oldId)?.newName;
    if (oldId === undefined || newName === undefined) return [error];
    return [
      {
        ...error,
        message: `"related" names "${oldId}", the id of ${newName}.md before it was renamed`,
        hint: `Add id: ${oldId} to the front matter of ${newName}.md (every link to it stays right), or write ${newName} here.`,
      },
    ];
  });
}

function renamedLink(error: ContentError, { oldName, newName, keptId }: Rename): ContentError {
  const message = `the link to "${oldName}.md" leads to no article: it looks renamed to ${newName}.md, which index.md does not link`;
  if (keptId) return { ...error, message, hint: `Link to ${newName}.md on this line. Its id stays ${keptId} (its id: line), so every link to it still works.` };
  return {
    ...error,
    message,
    hint:
      `Link to ${newName}.md on this line. To keep the article's old id, add id: ${oldName} to the front matter of ${newName}.md: ` +
      `the related lists that name "${oldName}", links to #${oldName} on the FAQ page and to #askdown=${oldName} (in e-mails, support replies) then still reach it.`,
  };
}
