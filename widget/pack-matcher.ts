import type { ContentPack } from './content-pack';
import type { MatchOptions } from './search/defaults';
import { createIndexMatcher, type Matcher } from './search/matcher';
import { restoreSearchIndex } from './search/packed-index';
import { phrasingGrams, phrasingTerms } from './search/phrasing-cache';
import { readingRomaji } from './search/romaji';

/**
 * Up to how many articles `warm` reads ahead: in a larger pack most articles never reach a ranking's head, where
 * their phrasings are compared with the question.
 */
const MAX_WARMED_ARTICLES = 100;

/**
 * The matcher over a content pack's ready-built index: what the widget, the CLI and the build all ask. The pack's
 * `related` lists are final (see `packArticles`), so the matcher shows them as they are. Its `warm` does a first
 * question's work ahead, a task at a time: each article's trigrams, one article per call (a whole article's
 * trigrams and terms in one call, the first compiling what reads them, took 20 to 50 ms at 4x on a slow VM), then
 * one question asked and forgotten, the first article's title, so that the visitor's first question runs code
 * that has run before: the hover-led answer 96 to 116 -> 68 to 81 ms (4x, medians of 9, builds interleaved,
 * 2026-11-29). Only the top article's terms are read for a question, so only the first article's are read ahead,
 * in the first step: on a Japanese page that makes the segmenter (slow as a page's first use of `Intl`) at the
 * start of the visitor's reach for the launcher rather than at its end (the Japanese hover-led answer without it
 * 112.5 ms, with it 94.3, before this warm-up 100.1). A Japanese pack's matcher reads a question typed in romaji
 * as kana (`readingRomaji`).
 */
export function createPackMatcher(pack: ContentPack, options?: Partial<MatchOptions>): Matcher {
  const documents = pack.articles.map((article) => ({
    id: article.id,
    phrasings: [article.title, ...article.questions],
    related: article.related,
  }));
  const vocabulary = pack.vocabulary.split(' ').filter(Boolean);
  const steps = Math.min(documents.length, MAX_WARMED_ARTICLES);
  let step = 0;
  const matcher = createIndexMatcher(restoreSearchIndex(documents, pack.index), vocabulary, { synonymTerms: pack.synonymTerms, options });
  matcher.warm = () => {
    if (step < steps) {
      phrasingGrams(documents[step]!);
      if (step === 0) phrasingTerms(documents[0]!);
    }
    // Its answer is not wanted, nor what stops it: a clock time or an address in a title is read as a word the
    // index may not have, which waits for the typo script.
    else if (step === steps)
      try {
        matcher.match(documents[0]!.phrasings[0]!);
      } catch {}
    return step++ < steps;
  };
  return readingRomaji(matcher, pack.synonymTerms);
}
