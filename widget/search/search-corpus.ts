import { isStopword, termOf } from './analyze';
import { isCjkToken, tokenize } from './tokenize';

/** What the matcher needs of an article: a subset of the content pack's article, so any source can feed it. */
export interface MatchArticle {
  id: string;
  title: string;
  questions: readonly string[];
  tags: readonly string[];
  text: string;
  related: readonly string[];
}

export const FIELDS = ['title', 'questions', 'tags', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** An article as the matcher sees it once indexed: its id, its phrasings and the editor's `related` list. */
export interface SearchDocument {
  id: string;
  /** The title and the editor's other questions as written, to compare their letters with the visitor's. */
  phrasings: readonly string[];
  related: readonly string[];
}

/** An article analysed for the index: the index terms of each field. */
export interface AnalysedDocument extends SearchDocument {
  /** Index terms (stemmed, no stop words) of each field, in `FIELDS` order. */
  fields: readonly (readonly string[])[];
}

/** Articles analysed for search, from which the index is built (by the content build, for the pack). */
export interface SearchCorpus {
  documents: readonly AnalysedDocument[];
  /** Every written form of a meaningful word in the articles; typo correction chooses among these. */
  vocabulary: readonly string[];
}

function fieldTexts(article: MatchArticle): string[] {
  return [article.title, article.questions.join('\n'), article.tags.join('\n'), article.text];
}

export function prepareCorpus(articles: readonly MatchArticle[]): SearchCorpus {
  // Articles repeat their words; stemming each written form once keeps a large corpus fast to prepare.
  const termOfSurface = new Map<string, string>();
  const documents = articles.map((article) => ({
    id: article.id,
    phrasings: [article.title, ...article.questions],
    related: article.related,
    fields: fieldTexts(article).map((text) =>
      tokenize(text)
        .filter((surface) => !isStopword(surface))
        .map((surface) => {
          let term = termOfSurface.get(surface);
          if (term === undefined) termOfSurface.set(surface, (term = termOf(surface)));
          return term;
        }),
    ),
  }));
  // Typo correction is for words spelt letter by letter; Japanese terms never take part in it.
  return { documents, vocabulary: [...termOfSurface.keys()].filter((surface) => !isCjkToken(surface)) };
}
