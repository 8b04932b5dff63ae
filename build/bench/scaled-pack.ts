import { CONTENT_PACK_FORMAT, type ContentPack } from '../../widget/content-pack';
import { encodeFieldTerms, prepareCorpus } from '../../widget/search';
import type { BenchArticle } from './rankers';
import { scaledCorpus } from './scaled-corpus';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A content pack of `size` articles made from benchmark text, shaped exactly as the content build writes one
 * (answers as escaped paragraphs, search terms analysed ahead), to time the widget on a large help centre.
 */
export function scaledPack(source: readonly BenchArticle[], size: number, site: ContentPack['site']): ContentPack {
  const articles = scaledCorpus(source, size);
  const corpus = prepareCorpus(
    articles.map((a) => ({ id: a.id, title: a.question, questions: [], tags: [], text: a.answer, related: [] })),
  );
  return {
    format: CONTENT_PACK_FORMAT,
    locale: 'en',
    site: { ...site, suggestedQuestions: [] },
    articles: articles.map((a, i) => ({
      id: a.id,
      title: a.question,
      html: `<p>${escapeHtml(a.answer)}</p>`,
      related: [],
      cta: false,
      questions: [],
      terms: encodeFieldTerms(corpus.documents[i]?.fields ?? []),
    })),
    synonyms: [],
    vocabulary: corpus.vocabulary.join(' '),
  };
}
