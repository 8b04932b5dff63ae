// The Node API of the matcher: it installs the analysis and the typo search the check asks with.
import '../../widget/search';
import type { ContentPack } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import type { Matcher } from '../../widget/search/matcher';
import type { ContentError } from './content-error';
import { lineOfWritten } from './source-lines';

/**
 * Above this many titles and questions in one locale the check is left out: each is one question asked of the
 * whole pack (a few ms each at 10,000 articles), and the build of a large help centre must stay quick.
 */
export const MAX_CHECKED_PHRASINGS = 3_000;

export interface PhrasingCheck {
  warnings: ContentError[];
  /** Whether the locale had too many phrasings to check (`MAX_CHECKED_PHRASINGS`). */
  skipped: boolean;
}

/**
 * Warnings, not errors: an article's title or one of its questions that, asked as written, finds another article
 * first. Visitors who ask it that way get the other answer, which editors cannot see from the files alone; but
 * the content is still valid, and a one-word title ("New") may reasonably find something else. `fileOf(i)`
 * names the file of the pack's article `i`; `matcher`, one over the pack already made (the build's); `sourceOf`, the
 * files' texts, for the lines.
 */
export function checkOwnPhrasings(
  pack: ContentPack,
  fileOf: (article: number) => string,
  { limit = MAX_CHECKED_PHRASINGS, matcher, sourceOf }: { limit?: number; matcher?: Matcher; sourceOf?: (file: string) => string } = {},
): PhrasingCheck {
  const count = pack.articles.reduce((sum, article) => sum + 1 + article.questions.length, 0);
  if (count > limit) return { warnings: [], skipped: true };
  const asked = matcher ?? createPackMatcher(pack);
  const titleOf = new Map(pack.articles.map((article, i) => [article.id, `"${article.title}" (${fileOf(i)})`]));
  const warnings: ContentError[] = [];
  // Phrasings two articles have word for word, as when one was copied to start the other: one warning for the two,
  // not one for each phrasing on the article nobody touched (a stranger's try as an editor got 36, nearly all on the
  // original, each asking to reword it).
  const firstWith = new Map<string, number>();
  // The phrasings each later article (the copy) shares with each earlier one, by their places in the pack.
  const shared = new Map<number, Map<number, string[]>>();
  pack.articles.forEach((article, copy) => {
    for (const phrasing of new Set([article.title, ...article.questions])) {
      const first = firstWith.get(phrasing);
      if (first === undefined) {
        firstWith.set(phrasing, copy);
        continue;
      }
      const withCopy = shared.get(copy) ?? new Map<number, string[]>();
      shared.set(copy, withCopy.set(first, [...(withCopy.get(first) ?? []), phrasing]));
    }
  });
  for (const [copy, withCopy] of shared) {
    for (const [first, phrasings] of withCopy) {
      warnings.push({
        file: fileOf(copy),
        message: `${phrasings.length} of this article's title and questions ${phrasings.length === 1 ? 'is' : 'are'} also in ${fileOf(first)} word for word ("${phrasings[0]}"): visitors who ask ${phrasings.length === 1 ? 'it' : 'them'} get one of the two`,
        hint: 'Keep each question in the article that answers it and delete it from the other (a copied article keeps only its own).',
      });
    }
  }
  const sharedPhrasings = new Set([...shared.values()].flatMap((withCopy) => [...withCopy.values()].flat()));
  pack.articles.forEach((article, i) => {
    for (const [kind, phrasing] of [['title', article.title], ...article.questions.map((q) => ['question', q])] as const) {
      if (sharedPhrasings.has(phrasing)) continue;
      const found = asked.match(phrasing).results[0]?.id;
      if (found === article.id) continue;
      const file = fileOf(i);
      // On the phrasing's own line where the file has it as written (a stranger's try as an editor: an editor
      // warned of an article they never touched had to look for it).
      const line = sourceOf && lineOfWritten(sourceOf(file), [phrasing]);
      warnings.push({
        file,
        ...(line ? { line } : {}),
        message: `the ${kind} "${phrasing}" finds ${found ? titleOf.get(found) : 'no article'} before this one`,
        hint:
          kind === 'title'
            ? 'Visitors who ask it in these words get the other answer: use more of the words only this article is about.'
            : 'Visitors who ask it in these words get the other answer: reword it with this article\'s own words, or move it to the article it finds if it belongs there.',
      });
    }
  });
  return { warnings, skipped: false };
}
