import type { ContentPack } from '../../widget/content-pack';
import type { Matcher } from '../../widget/search/matcher';
import type { ContentError } from './content-error';
import { lineOfWritten } from './source-lines';

const sameText = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * Warnings for suggested questions that are no article's title or question, each naming the article that answers
 * it. The compile refuses one that gets no confident answer, but a question whose own article was deleted may
 * still get another's with confidence (a stranger's try as an editor: the deleted registration-hours' title went
 * to new-service-application at 0.92), which nobody would see from the files.
 */
export function strayedSuggestionWarnings(pack: ContentPack, matcher: Matcher, indexPath: string, indexSource: string): ContentError[] {
  const phrasings = new Set(pack.articles.flatMap((article) => [article.title, ...article.questions]).map(sameText));
  return pack.site.suggestedQuestions.flatMap((question) => {
    if (phrasings.has(sameText(question))) return [];
    const answer = pack.articles.find((article) => article.id === matcher.match(question).answer);
    if (!answer) return [];
    const line = lineOfWritten(indexSource, [question]);
    return [
      {
        file: indexPath,
        ...(line === undefined ? {} : { line }),
        message: `the suggested question "${question}" is no article's title or question: visitors who tap it get "${answer.title}" (${answer.id})`,
        hint: `If that is its article, add the question to its questions:; if its article was deleted or renamed, remove the question or write the new one's.`,
      },
    ];
  });
}
