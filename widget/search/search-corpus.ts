import { isStopword, termOf } from './analyze';
import { tokenize } from './tokenize';

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

/** An article as the index sees it: its id, the editor's `related` list and the index terms of each field. */
export interface SearchDocument {
  id: string;
  /** The title and the editor's other questions as written, to compare their letters with the visitor's. */
  phrasings: readonly string[];
  related: readonly string[];
  /** Index terms (stemmed, no stop words) of each field, in `FIELDS` order. */
  fields: readonly (readonly string[])[];
}

/**
 * Articles analysed for search. The content build makes it once and ships it in the pack, so the browser builds
 * its index from ready terms instead of tokenising and stemming every answer on the visitor's CPU.
 */
export interface SearchCorpus {
  documents: readonly SearchDocument[];
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
  return { documents, vocabulary: [...termOfSurface.keys()] };
}

const FIELD_SEPARATOR = '|';

/** One article's field terms as one string for the content pack: terms joined by spaces, fields by "|". */
export function encodeFieldTerms(fields: readonly (readonly string[])[]): string {
  return fields.map((terms) => terms.join(' ')).join(FIELD_SEPARATOR);
}

/** The inverse of `encodeFieldTerms`; always gives one list per field, empty where the pack has none. */
export function decodeFieldTerms(encoded: string): string[][] {
  const parts = encoded.split(FIELD_SEPARATOR);
  return FIELDS.map((_, i) => (parts[i] ?? '').split(' ').filter(Boolean));
}
