/**
 * The build's own reading of an article file renamed without its links (build-only: the compiler is shared with
 * the run-time Markdown mode, whose script has no bytes to spare). The compiler sees three unrelated problems:
 * the index links a file that is not there, an article nobody links, and `related` lists naming an unknown id.
 * They are one change, and the editor's best fix is often not the new name everywhere but `id: <old id>` in the
 * renamed file, which keeps every link to the article: `related` lists, the FAQ page's `#id`, links to an answer
 * (`#askdown=id`) sent in e-mails.
 */
import type { ContentError } from './content-error';
import type { IndexLines } from './index-lines';
import { closestName } from './suggest';

/** compile-pack.ts's and check-ids.ts's messages, which this reads. */
const LINK_TO_NOTHING = /^the link to "(.+)\.md" leads to no article\./;
const NOT_LINKED = /^(.+)\.md is not linked from index\.md/;
const LINE_TO_ADD = /- \[(.*)\]\([^)]*\)/;
const UNKNOWN_RELATED = /^"related" names an unknown article "(.+)"\./;

const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The link text of `name` on an index line: `- [Title](name.md)`. */
function linkText(line: string | undefined, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\[([^\\]]*)\\]\\(\\s*<?${escaped}\\.md`).exec(line ?? '')?.[1];
}

/**
 * Pairs the index's links that lead nowhere with the articles it does not link, by title (the link's text) or,
 * when there is one of each, by that alone; never a link misspelt close to a file's name (its message already
 * names the file). Then says each pair once, on the index's line, and each `related` that names an old id as such.
 */
export function withRenamedArticles(errors: readonly ContentError[], index: IndexLines | undefined): ContentError[] {
  if (!index) return [...errors];
  const missing = errors.flatMap((error) => {
    const name = LINK_TO_NOTHING.exec(error.message)?.[1];
    return name === undefined || error.line === undefined ? [] : [{ error, name, text: linkText(index.lines[error.line - 1], name) }];
  });
  const unlinked = errors.flatMap((error) => {
    const name = NOT_LINKED.exec(error.message)?.[1];
    return name === undefined ? [] : [{ error, name, title: LINE_TO_ADD.exec(error.hint)?.[1] }];
  });
  const renamed = new Map<ContentError, { oldName: string; newName: string }>();
  const paired = new Set<ContentError>();
  for (const link of missing) {
    const candidates = unlinked.filter((file) => !paired.has(file.error) && closestName(link.name, [file.name]) === undefined);
    const byTitle = candidates.find((file) => link.text !== undefined && file.title !== undefined && sameTitle(link.text, file.title));
    const file = byTitle ?? (missing.length === 1 && unlinked.length === 1 ? candidates[0] : undefined);
    if (!file) continue;
    renamed.set(link.error, { oldName: link.name, newName: file.name });
    paired.add(file.error);
  }
  const newNameOf = new Map([...renamed.values()].map(({ oldName, newName }) => [oldName, newName]));
  return errors.flatMap((error): ContentError[] => {
    if (paired.has(error)) return [];
    const pair = renamed.get(error);
    if (pair) {
      const { oldName, newName } = pair;
      return [
        {
          ...error,
          message: `the link to "${oldName}.md" leads to no article: it looks renamed to ${newName}.md, which index.md does not link`,
          hint:
            `Link to ${newName}.md on this line. To keep the article's old id, add id: ${oldName} to the front matter of ${newName}.md: ` +
            `the related lists that name "${oldName}", links to #${oldName} on the FAQ page and to #askdown=${oldName} (in e-mails, support replies) then still reach it.`,
        },
      ];
    }
    const oldId = UNKNOWN_RELATED.exec(error.message)?.[1];
    const newName = oldId === undefined ? undefined : newNameOf.get(oldId);
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
