import type { ContentPack } from '../../widget/content-pack';
// From the modules, not the Node API (widget/search/index.ts): the run-time Markdown mode's script builds packs
// here too, and needs neither Fuse.js nor the analysis that index installs (it installs its own).
import { DEFAULT_MATCH_OPTIONS } from '../../widget/search/defaults';
import { packSearchIndex } from '../../widget/search/packed-index';
import { prepareCorpus } from '../../widget/search/search-corpus';
import { buildSearchIndex } from '../../widget/search/search-index';
import { createRelatedLookup } from '../../widget/search/related';
import type { SourceArticle } from './article';

/**
 * The pack's articles, search index and vocabulary: display fields as written, and the index built here once,
 * so the browser only reads it. Each article's `related` is the list shown under it, the editor's choices then
 * the most similar articles, worked out here so that the browser carries no code for it. The content build and
 * the bench's large packs both come through here.
 */
export function packArticles(sources: readonly SourceArticle[]): Pick<ContentPack, 'articles' | 'index' | 'vocabulary'> {
  const corpus = prepareCorpus(sources);
  const index = buildSearchIndex(corpus.documents);
  const relatedOf = createRelatedLookup(index, DEFAULT_MATCH_OPTIONS);
  const articles = sources.map(({ id, title, html, cta, questions, pages }, doc) => ({
    id,
    title,
    html,
    related: relatedOf(doc),
    cta,
    questions,
    // Only where set: most articles have none, and every page view downloads the pack.
    ...(pages.length > 0 ? { pages } : {}),
  }));
  return { articles, index: packSearchIndex(index), vocabulary: corpus.vocabulary.join(' ') };
}
