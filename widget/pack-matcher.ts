import type { ContentPack } from './content-pack';
import type { MatchOptions } from './search/defaults';
import { createIndexMatcher, type Matcher } from './search/matcher';
import { restoreSearchIndex } from './search/packed-index';
import { phrasingGrams, phrasingTerms } from './search/phrasing-cache';
import { readingRomaji } from './search/romaji';

/**
 * Up to how many articles `warm` reads ahead: in a larger pack most articles never reach a ranking's head, where
 * their phrasings are compared with the question.
 */
const MAX_WARMED_ARTICLES = 100;

/**
 * The matcher over a content pack's ready-built index: what the widget, the CLI and the build all ask. The pack's
 * `related` lists are final (see `packArticles`), so the matcher shows them as they are. Its `warm` reads the
 * articles' phrasings as a first question would, one article's trigrams or terms per call: a whole article in one
 * call, the first with it compiling what reads them, took 20 to 50 ms at 4x on a slow VM. A Japanese pack's
 * matcher reads a question typed in romaji as kana (`readingRomaji`).
 */
export function createPackMatcher(pack: ContentPack, options?: Partial<MatchOptions>): Matcher {
  const documents = pack.articles.map((article) => ({
    id: article.id,
    phrasings: [article.title, ...article.questions],
    related: article.related,
  }));
  const vocabulary = pack.vocabulary.split(' ').filter(Boolean);
  const steps = 2 * Math.min(documents.length, MAX_WARMED_ARTICLES);
  let step = 0;
  const matcher = createIndexMatcher(restoreSearchIndex(documents, pack.index), vocabulary, { synonymTerms: pack.synonymTerms, options });
  matcher.warm = () => step < steps && ((step % 2 ? phrasingTerms : phrasingGrams)(documents[step++ >> 1]!), step < steps);
  return readingRomaji(matcher, pack.synonymTerms);
}
