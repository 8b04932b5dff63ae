import type { ContentPack } from './content-pack';
import type { MatchOptions } from './search/defaults';
import { createIndexMatcher, type Matcher } from './search/matcher';
import { restoreSearchIndex } from './search/packed-index';

/**
 * The matcher over a content pack's ready-built index: what the widget, the CLI and the build all ask. The pack's
 * `related` lists are final (see `packArticles`), so the matcher shows them as they are.
 */
export function createPackMatcher(pack: ContentPack, options?: Partial<MatchOptions>): Matcher {
  const documents = pack.articles.map((article) => ({
    id: article.id,
    phrasings: [article.title, ...article.questions],
    related: article.related,
  }));
  const vocabulary = pack.vocabulary.split(' ').filter(Boolean);
  return createIndexMatcher(restoreSearchIndex(documents, pack.index), vocabulary, { synonymTerms: pack.synonymTerms, options });
}
