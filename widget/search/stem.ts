/**
 * A light English stemmer: it folds the inflections visitors vary most (plurals, -ed, -ing, -ly, a few noun
 * suffixes) so "registering", "registered" and "registers" meet. It is deliberately gentler than Porter's: FAQ
 * questions are short, and an over-eager stemmer merges words that mean different things. Both the index and the
 * query go through it, so a stem only has to be consistent, not a real word.
 */

const VOWEL = /[aeiouy]/;

function hasVowel(text: string): boolean {
  return VOWEL.test(text);
}

function stripPlural(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}i`;
  if (word.endsWith('s') && !/(ss|us|is|as|os)$/.test(word) && word.length >= 3) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([^aeiouylsz])\1$/.test(word) ? word.slice(0, -1) : word;
}

function stripVerbEnding(word: string): string {
  for (const suffix of ['ied', 'ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (suffix === 'ied') return `${stem}i`;
    if (stem.length >= 3 && hasVowel(stem)) return undouble(stem);
  }
  return word;
}

const DERIVATIONAL_SUFFIXES = ['ational', 'ation', 'ment', 'ness', 'ity', 'ly'];

function stripDerivational(word: string): string {
  for (const suffix of DERIVATIONAL_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * The stem of one lowercased word. Words with digits are kept whole; three-letter words only lose a plural "s"
 * ("ids" is "id"), since anything more would leave too little to tell words apart.
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.length <= 3) return word.length === 3 ? stripPlural(word) : word;
  let result = stripDerivational(stripVerbEnding(stripPlural(word)));
  if (result.length > 3 && /[^aeiou]y$/.test(result)) result = `${result.slice(0, -1)}i`;
  // A final "e" comes and goes with suffixes (share, shared, sharing), so it never counts.
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}
