import { stemmer } from 'stemmer';

/**
 * English stemming, so "registering", "registered" and "registers" meet. Porter's algorithm (the `stemmer`
 * package) measured better than the light stemmer we had on every benchmark set (see README, "How matching
 * works"), and at 1.4 KB gzip it costs less than keeping our own. Both the index and the query go through it, so
 * a stem only has to be consistent, not a real word.
 */
export function stem(word: string): string {
  // Version numbers, years and codes ("24hours", "2fa") are kept whole: their letters are not inflections.
  if (/\d/.test(word)) return word;
  return stemmer(word);
}
