import type { ContentPack } from '../../widget/content-pack';
import { buildSearchIndex, packSearchIndex, prepareCorpus } from '../../widget/search';
import type { SourceArticle } from './article';

/**
 * The pack's articles, search index and vocabulary: display fields as written, and the index built here once,
 * so the browser only reads it. The content build and the bench's large packs both come through here.
 */
export function packArticles(sources: readonly SourceArticle[]): Pick<ContentPack, 'articles' | 'index' | 'vocabulary'> {
  const corpus = prepareCorpus(sources);
  const articles = sources.map(({ id, title, html, related, cta, questions }) => ({ id, title, html, related, cta, questions }));
  return { articles, index: packSearchIndex(buildSearchIndex(corpus.documents)), vocabulary: corpus.vocabulary.join(' ') };
}
