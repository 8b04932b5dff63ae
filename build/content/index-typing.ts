/**
 * The build's own checks of how `index.md`'s list of articles was typed, beyond what the compiler (shared with the
 * run-time Markdown mode, whose script has no bytes to spare) checks: slips of a Japanese input method that
 * Markdown reads as text, so the list or a link of it is not what the editor sees.
 */
import type { ContentError } from './content-error';
import { quotesFullWidthList } from './full-width-hints';
import type { IndexLines } from './index-lines';
import { typedAgain } from './yaml-slips';

/** compile-pack.ts's message for an article the index does not link. */
const NOT_LINKED = / is not linked from index\.md/;
/** Brackets and parentheses as a Japanese input method types them, which make a Markdown link plain text. */
const FULL_WIDTH_LINK_MARKS = /[\uFF3B\uFF3D\uFF08\uFF09]/;
/**
 * A list item of a link to an article marked with a long-vowel mark, a full-width hyphen or a middle dot, or with
 * "-" and a full-width space.
 */
const TYPED_LIST_MARK = /^(\s*)(?:[\u30FC\uFF0D\u30FB]|-\u3000)[ \t\u3000]*(\[[^\]]*\]\([^)]*\.md\))/;

/**
 * An article the index does not link, said on the index's line that names it when that line is a link typed with
 * full-width brackets (［…］（file.md）), which Markdown reads as text, or a link to its id without ".md"
 * ((which-email)), which the FAQ page would show as a link to no page (a stranger's try as an editor): the editor
 * sees a link there. Only the build lists a folder's files, so only it has such articles.
 */
export function onTheLineThatNamesIt(error: ContentError, index: IndexLines | undefined): ContentError {
  const name = error.file.split('/').pop() ?? '';
  if (!index || !NOT_LINKED.test(error.message)) return error;
  const text = index.lines;
  const bareLink = `](${name.replace(/\.md$/i, '')})`;
  const bare = text.findIndex((line) => line.includes(bareLink));
  if (bare !== -1) {
    return {
      file: index.path,
      line: bare + 1,
      message: `the link on this line names "${name}" without ".md", so it links no article`,
      hint: `Write the file's whole name: ${(text[bare] ?? '').replace(bareLink, `](${name})`).trim()}`,
    };
  }
  const line = text.findIndex((line) => line.includes(name) && FULL_WIDTH_LINK_MARKS.test(line));
  if (line === -1) return error;
  return {
    file: index.path,
    line: line + 1,
    message: `the link to "${name}" on this line is typed with full-width brackets, so Markdown reads it as text`,
    hint: typedAgain((text[line] ?? '').normalize('NFKC').trim()),
  };
}

/**
 * Links of the list marked "ー [title](file.md)" or "-　[title](file.md)": the article is linked, but the static
 * FAQ page shows the line as a paragraph with the mark in it, not as an item of the list.
 */
export function indexTypingErrors(index: IndexLines | undefined): ContentError[] {
  if (!index) return [];
  return index.lines.flatMap((line, i) => {
    const typed = TYPED_LIST_MARK.exec(line);
    if (!typed) return [];
    const message = 'this line of the list starts with a mark Markdown does not read as a list item';
    return [{ file: index.path, line: i + 1, message, hint: typedAgain(`${typed[1]}- ${typed[2]}`) }];
  });
}

/**
 * The way out of a missing article that the compiler's hints leave out for bytes: the index's link to a file that
 * is not there, or a `related` naming an unknown article, may be what is left of an article deleted on purpose (a
 * stranger's try as an editor deleted one and was told to correct the link or create the file); and a `related`
 * "id" with a comma in it is a list written without brackets (`related: a, b`), which YAML reads as one id. Not
 * for a file that looks renamed, whose message says so, nor for a list typed with a Japanese keyboard's marks,
 * which `withFullWidthHints` retypes.
 */
export function withMissingArticleHint(error: ContentError): ContentError {
  if (/^the link to ".*" leads to no article\./.test(error.message)) {
    return { ...error, hint: `${error.hint ?? ''} If the article was deleted on purpose, delete this line.`.trim() };
  }
  const named = /^"related" names an unknown article "([^"]*)"/.exec(error.message)?.[1];
  if (named === undefined || quotesFullWidthList(error.message)) return error;
  if (named.includes(',')) return { ...error, hint: `Put the list in brackets: related: [${named.split(',').map((id) => id.trim()).join(', ')}]` };
  return { ...error, hint: `${error.hint ?? ''} If it was deleted on purpose, take it out of the list.`.trim() };
}
