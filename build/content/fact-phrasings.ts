// The Node API of the matcher: it installs the Japanese analysis, whose reading of facts this asks too.
import '../../widget/search';
import type { ContentPack } from '../../widget/content-pack';
import { asksFact } from '../../widget/search/fact-question';
import type { ContentError } from './content-error';
import { lineOfWritten } from './source-lines';

/**
 * Warnings for an article's `questions:` entry that asks where, when, until when, how many, what it costs or
 * another fact of the kinds the matcher reads (`fact-question.ts`). Such an entry tells the matcher that the
 * article gives that fact, so a visitor asking any such thing gets it with confidence instead of a choice: right
 * where the answer says it, wrong where an editor wrote it as a turn of phrase (「責任はどこにありますか」, "where"
 * for "whose"), which let every unanswerable "where" question of the Japanese development sets through to the
 * article (2026-11-30). A warning, not an error: an answer that gives the fact is right to ask it.
 */
export function factPhrasingWarnings(pack: ContentPack, fileOf: (i: number) => string, sourceOf: (file: string) => string): ContentError[] {
  return pack.articles.flatMap((article, i) =>
    article.questions.filter(asksFact).map((question) => {
      const file = fileOf(i);
      const line = lineOfWritten(sourceOf(file), [question]);
      return {
        file,
        ...(line ? { line } : {}),
        message: `the question "${question}" asks a fact (where, when, until when, how many, what it costs, …): visitors who ask any such thing of this article get it as the answer, not a choice`,
        hint: 'Keep it only if the answer says exactly that; otherwise ask in the words of what the answer does say.',
      };
    }),
  );
}
