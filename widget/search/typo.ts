import type Fuse from 'fuse.js/basic';
import type { MatchOptions } from './defaults';
import { fuzzySearch, type FuzzySearch } from './fuzzy-search';
import { termOf } from './analyze';
import { isCjkToken } from './tokenize';
import { editDistance } from './edit-distance';

/**
 * What a misspelt query word most likely meant: an index term, a stop word (so the word carries no meaning
 * after all, as "wich" for "which"), or nothing close enough.
 */
export type TypoCorrection = { term: string } | { stopword: true } | null;
export type TypoCorrector = (surface: string) => TypoCorrection;

/** Edits a word of this length may be away from its correction: short words have too many near neighbours. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Fuse.js (`fuzzy-search.ts`) finds candidates, which is what it is built for: approximate matching over many short strings. Each
 * length gets its own searcher over words of about that length, so "mail" does not "match" inside an unrelated
 * longer word and each search scans a slice of the vocabulary. An edit distance with swaps then picks among the
 * candidates, because Fuse's score counts a swap of two letters as two errors.
 */
export function createTypoCorrector(
  vocabulary: readonly string[],
  stopwords: ReadonlySet<string>,
  options: MatchOptions,
): TypoCorrector {
  // null: no word of about that length to compare with (the bundled Fuse.js cannot search an empty list).
  const searchers = new Map<number, Fuse<string> | null>();
  // Grouped on the first correction, not before: most questions need none, and a large pack has a large vocabulary.
  let byLength: Map<number, string[]> | null = null;

  function wordsByLength(): Map<number, string[]> {
    if (byLength) return byLength;
    byLength = new Map();
    for (const word of [...vocabulary, ...stopwords]) {
      if (/\d/.test(word) || word.length < options.minTypoLength - 1) continue;
      let list = byLength.get(word.length);
      if (!list) byLength.set(word.length, (list = []));
      list.push(word);
    }
    return byLength;
  }

  function searcherFor(length: number, Search: FuzzySearch): Fuse<string> | null {
    let searcher = searchers.get(length);
    if (searcher === undefined) {
      const reach = allowedEdits(length);
      const candidates: string[] = [];
      for (let l = length - reach; l <= length + reach; l++) for (const word of wordsByLength().get(l) ?? []) candidates.push(word);
      searcher = candidates.length === 0 ? null : new Search(candidates, { includeScore: true, threshold: options.typoThreshold, ignoreLocation: true });
      searchers.set(length, searcher);
    }
    return searcher;
  }

  return (surface) => {
    if (surface.length < options.minTypoLength || /\d/.test(surface) || isCjkToken(surface)) return null;
    const Search = fuzzySearch();
    if (!Search) return null;
    const limit = allowedEdits(surface.length);
    let best: { word: string; distance: number } | null = null;
    for (const { item } of searcherFor(surface.length, Search)?.search(surface, { limit: 8 }) ?? []) {
      const distance = editDistance(surface, item, limit);
      if (distance <= limit && (best === null || distance < best.distance)) best = { word: item, distance };
    }
    if (best === null) return null;
    return stopwords.has(best.word) ? { stopword: true } : { term: termOf(best.word) };
  };
}
