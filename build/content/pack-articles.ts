import type { PackArticle } from '../../widget/content-pack';
import { encodeFieldTerms, prepareCorpus } from '../../widget/search';
import type { SourceArticle } from './article';

/**
 * The pack's articles and vocabulary: display fields as written, searched fields as index terms (see
 * `PackArticle.terms`). The content build and the bench's large packs both come through here.
 */
export function packArticles(sources: readonly SourceArticle[]): { articles: PackArticle[]; vocabulary: string } {
  const corpus = prepareCorpus(sources);
  const articles = sources.map(({ id, title, html, related, cta, questions }, i) => ({
    id,
    title,
    html,
    related,
    cta,
    questions,
    terms: encodeFieldTerms(corpus.documents[i]?.fields ?? []),
  }));
  return { articles, vocabulary: corpus.vocabulary.join(' ') };
}
