import type { ContentPack } from './content-pack';
import { createCorpusMatcher, decodeFieldTerms, type Matcher, type MatchOptions } from './search';

/** The matcher over a content pack's ready-analysed articles: what the widget, the CLI and the build all ask. */
export function createPackMatcher(pack: ContentPack, options?: Partial<MatchOptions>): Matcher {
  const documents = pack.articles.map((article) => ({
    id: article.id,
    phrasings: [article.title, ...article.questions],
    related: article.related,
    fields: decodeFieldTerms(article.terms),
  }));
  const vocabulary = pack.vocabulary.split(' ').filter(Boolean);
  return createCorpusMatcher({ documents, vocabulary }, { synonyms: pack.synonyms, options });
}
