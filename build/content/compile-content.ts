// The Node API of the matcher: it installs the analysis and the typo search the build's checks ask with.
import '../../widget/search';
import type { ContentPack } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import type { Matcher } from '../../widget/search/matcher';
import type { AnswerHtml } from './answer-html';
import { roleOf, type SourceFile } from './compile-file';
import { compileLocale, missingIndex, type LocaleEntry } from './compile-pack';
import type { ContentError } from './content-error';
import { INDEX_FILE, type CompiledIndex } from './index-file';
import { guarded } from './internal-error';
import { typedAgain } from './yaml-slips';

export type { LocaleEntry, RefusedEntry, SourceFile } from './compile-pack';

/** `matcher`: the one the build's checks asked, over the pack, for the checks that come after. */
export type CompileResult = { pack: ContentPack; errors: []; matcher: Matcher } | { pack: null; errors: ContentError[] };

function checkSuggestedQuestions(file: string, pack: ContentPack, matcher: Matcher): ContentError[] {
  return pack.site.suggestedQuestions
    .filter((question) => matcher.match(question).answer === null)
    .map((question) => ({
      file,
      message: `the suggested question "${question}" gets no confident answer`,
      hint: "Reword it closer to an article's title or questions, or add it to that article's questions.",
    }));
}

const NOT_LINKED = / is not linked from index\.md/;
/** Brackets and parentheses as a Japanese input method types them, which make a Markdown link plain text. */
const FULL_WIDTH_LINK_MARKS = /[\uFF3B\uFF3D\uFF08\uFF09]/;

/**
 * An article the index does not link, said on the index's line that names it when that line is a link typed with
 * full-width brackets (［…］（file.md）), which Markdown reads as text: the editor sees a link there. Only the
 * build lists a folder's files, so only it has such articles.
 */
function onTheLineThatNamesIt(error: ContentError, index: SourceFile | undefined): ContentError {
  const name = error.file.split('/').pop() ?? '';
  if (!index || !NOT_LINKED.test(error.message)) return error;
  const text = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((line) => line.includes(name) && FULL_WIDTH_LINK_MARKS.test(line));
  if (line === -1) return error;
  return {
    file: index.path,
    line: line + 1,
    message: `the link to "${name}" on this line is typed with full-width brackets, so Markdown reads it as text`,
    hint: typedAgain((lines[line] ?? '').normalize('NFKC').trim()),
  };
}

/**
 * The build's compile: a pack only when every file of the locale is right and every suggested question finds its
 * answer, so a half-valid pack never reaches visitors. Every problem in every file is reported together.
 */
export function compileContent(locale: string, entries: readonly LocaleEntry[], answerHtml: AnswerHtml): CompileResult & { index: CompiledIndex | null } {
  const compiled = compileLocale(locale, entries, answerHtml);
  const { pack, index } = compiled;
  const indexFile = entries.find((entry): entry is SourceFile => roleOf(entry.path) === 'index' && 'source' in entry);
  const errors = compiled.errors.map((error) => onTheLineThatNamesIt(error, indexFile));
  if (errors.length > 0 || !pack) return { pack: null, errors: errors.length > 0 ? errors : [missingIndex(locale)], index };
  const file = indexFile?.path ?? INDEX_FILE;
  const matcher = createPackMatcher(pack);
  const unanswered = guarded(file, () => checkSuggestedQuestions(file, pack, matcher), (error) => [error]);
  return unanswered.length > 0 ? { pack: null, errors: unanswered, index } : { pack, errors: [], index, matcher };
}
