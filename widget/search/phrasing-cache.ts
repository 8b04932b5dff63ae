import { analyze } from './analyze';
import { wordTrigrams } from './phrasing-similarity';
import type { SearchDocument } from './search-corpus';

/**
 * An article's phrasings (its title and `questions:`) read as the matcher compares them with a question: worked
 * out once per article, when it first reaches a ranking's head or ahead of the first question (`warm` of
 * `createPackMatcher`), and kept as long as the article is. Every matcher over the same articles shares them: a
 * sharded pack's reader makes one per pass.
 */
function readOnce<T>(read: (phrasing: string) => T): (document: SearchDocument) => T[] {
  const cache = new WeakMap<SearchDocument, T[]>();
  return (document) => {
    let found = cache.get(document);
    if (!found) cache.set(document, (found = document.phrasings.map(read)));
    return found;
  };
}

/** Each phrasing's letter trigrams (`wordTrigrams`). */
export const phrasingGrams = readOnce(wordTrigrams);
/** Each phrasing's index terms (`analyze`). */
export const phrasingTerms = readOnce(analyze);
