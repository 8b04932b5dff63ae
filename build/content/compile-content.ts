// The Node API of the matcher: it installs the analysis and the typo search the build's checks ask with.
import '../../widget/search';
import type { ContentPack } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import type { Matcher } from '../../widget/search/matcher';
import type { AnswerHtml } from './answer-html';
import { compileLocale, missingIndex, type LocaleEntry } from './compile-pack';
import type { ContentError } from './content-error';
import { INDEX_FILE, type CompiledIndex } from './index-file';
import { guarded } from './internal-error';
import { indexLinesOf } from './index-lines';
import { indexTypingErrors, onTheLineThatNamesIt, withMissingArticleHint } from './index-typing';
import { withRenamedArticles } from './renamed-articles';
import { onTheKeysLine } from './section-lines';
import { lineOfWritten } from './source-lines';

export type { LocaleEntry, RefusedEntry, SourceFile } from './compile-pack';

/**
 * `matcher`: the one the build's checks asked, over the pack, for the checks that come after; `indexPath`, the
 * index's file, for their messages.
 */
export type CompileResult = { pack: ContentPack; errors: []; matcher: Matcher; indexPath: string } | { pack: null; errors: ContentError[] };

/** `lines`: the index's, to name the line of each question. */
function checkSuggestedQuestions(file: string, pack: ContentPack, matcher: Matcher, lines: readonly string[] = []): ContentError[] {
  return pack.site.suggestedQuestions
    .filter((question) => matcher.match(question).answer === null)
    .map((question) => {
      const line = lineOfWritten(lines.join('\n'), [question]);
      return {
        file,
        ...(line === undefined ? {} : { line }),
        message: `the suggested question "${question}" gets no confident answer`,
        hint: "Reword it closer to an article's title or questions, or add it to that article's questions.",
      };
    });
}

/**
 * The build's compile: a pack only when every file of the locale is right and every suggested question finds its
 * answer, so a half-valid pack never reaches visitors. Every problem in every file is reported together.
 */
export function compileContent(locale: string, entries: readonly LocaleEntry[], answerHtml: AnswerHtml): CompileResult & { index: CompiledIndex | null } {
  const compiled = compileLocale(locale, entries, answerHtml);
  const { pack, index } = compiled;
  const indexLines = indexLinesOf(entries);
  const errors = [
    // A link typed with full-width brackets first: its article is linked, as the editor sees it, not renamed.
    ...withRenamedArticles(
      compiled.errors.map((error) => onTheLineThatNamesIt(error, indexLines)),
      indexLines,
      entries,
    ).map((error) => withMissingArticleHint(onTheKeysLine(error, indexLines))),
    ...indexTypingErrors(indexLines),
  ];
  if (errors.length > 0 || !pack) return { pack: null, errors: errors.length > 0 ? errors : [missingIndex(locale)], index };
  const indexPath = indexLines?.path ?? INDEX_FILE;
  const matcher = createPackMatcher(pack);
  const unanswered = guarded(indexPath, () => checkSuggestedQuestions(indexPath, pack, matcher, indexLines?.lines), (error) => [error]);
  return unanswered.length > 0 ? { pack: null, errors: unanswered, index } : { pack, errors: [], index, matcher, indexPath };
}
