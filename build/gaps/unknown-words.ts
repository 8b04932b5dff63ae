import type { ContentPack } from '../../widget/content-pack';
import { analyzeWords } from '../../widget/search';
import { isBigramTerm } from '../../widget/search/cjk-analysis';

/** A word visitors wrote that no article, tag or synonym group has: a synonym to add, or a topic the FAQ lacks. */
export interface UnknownWord {
  /** Its form most used, as the matcher reads it: lower case, full width and katakana folded (パスワード: ぱすわーど). */
  word: string;
  /** How many questions used it. */
  count: number;
  /** The first question that used it. */
  example: string;
  /** A word of the articles it looks like a short form of (`prereg` → `pre-registration`), if any. */
  shortFor?: string;
}

/** At most this many words are listed, most used first. */
const MAX_WORDS = 15;

/** Words of one letter, numbers and codes (3am, 24/7, 2FA) say little about what the FAQ lacks. */
const isWordWorthListing = (surface: string): boolean => surface.length > 1 && !/\d/.test(surface);

/** The written form of the articles that starts with `surface`, hyphens aside, the shortest first. */
function longFormOf(surface: string, vocabulary: readonly string[]): string | undefined {
  const plain = surface.replace(/-/g, '');
  if (plain.length < 3) return undefined;
  return vocabulary
    .filter((form) => form.length > plain.length && form.replace(/-/g, '').startsWith(plain))
    .sort((a, b) => a.length - b.length)[0];
}

/**
 * The meaningful words of visitors' questions that the content does not know (index terms that are in no
 * article's words and no synonym group), most used first. A word is counted once per question.
 */
export function unknownWords(questions: readonly string[], pack: ContentPack): UnknownWord[] {
  const vocabulary = pack.vocabulary.split(' ').filter(Boolean);
  // The index's own terms: what the articles were analysed into, exactly as a question is.
  const known = new Set([...pack.index.terms.split(' '), ...pack.synonymTerms.flat()]);
  const found = new Map<string, { surfaces: Map<string, number>; count: number; example: string }>();
  for (const question of questions) {
    const seen = new Set<string>();
    for (const { surface, term } of analyzeWords(question)) {
      if (known.has(term) || seen.has(term) || isBigramTerm(term) || !isWordWorthListing(surface)) continue;
      seen.add(term);
      const entry = found.get(term) ?? { surfaces: new Map<string, number>(), count: 0, example: question };
      entry.count++;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      found.set(term, entry);
    }
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.example.localeCompare(b.example))
    .slice(0, MAX_WORDS)
    .map(({ surfaces, count, example }) => {
      const word = [...surfaces].sort((a, b) => b[1] - a[1])[0]![0];
      const shortFor = longFormOf(word, vocabulary);
      return { word, count, example, ...(shortFor ? { shortFor } : {}) };
    });
}
