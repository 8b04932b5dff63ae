import { CONTENT_PACK_FORMAT, type ContentPack } from '../../widget/content-pack';
import { escapeHtml } from '../content/faq-page';
import { packArticles } from '../content/pack-articles';
import type { BenchArticle } from './rankers';
import { scaledCorpus } from './scaled-corpus';


/**
 * A content pack of `size` articles made from benchmark text, through the content build's own `packArticles`
 * (answers as escaped paragraphs), to time the widget on a large help centre.
 */
export function scaledPack(source: readonly BenchArticle[], size: number, site: ContentPack['site']): ContentPack {
  const sources = scaledCorpus(source, size).map((a) => ({
    id: a.id,
    title: a.question,
    html: `<p>${escapeHtml(a.answer)}</p>`,
    text: a.answer,
    questions: [],
    tags: [],
    related: [],
    cta: false,
    pages: [],
  }));
  return { format: CONTENT_PACK_FORMAT, locale: 'en', site: { ...site, suggestedQuestions: [] }, ...packArticles(sources), synonymTerms: [] };
}
