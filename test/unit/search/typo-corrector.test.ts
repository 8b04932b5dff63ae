import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS } from '../../../widget/search/defaults';
import { allowedEdits, createTypoCorrector } from '../../../widget/search/typo';
import { editDistance } from '../../../widget/search/edit-distance';

const NO_STOPWORDS: ReadonlySet<string> = new Set();

describe('edits allowed for a word of a given length', () => {
  it('allows one edit up to seven letters and two from eight', () => {
    expect([1, 4, 7, 8, 9, 14].map(allowedEdits)).toEqual([1, 1, 1, 2, 2, 2]);
  });
});

describe('choosing a correction among close candidates', () => {
  it('takes the closest candidate, not the last one Fuse offers', () => {
    const correct = createTypoCorrector(['password', 'passwords', 'passport', 'pasword'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    // "password" is one swap away; "passwords" and "pasword" two, and Fuse lists them after it.
    expect(correct('passwrod')).toEqual({ term: 'password' });
  });

  it('takes the closest candidate even when Fuse ranks a farther one first', () => {
    // An article's own misspelling "sucessfully" contains the question word whole, so Fuse puts it first; it is
    // two edits away, "successful" one.
    const correct = createTypoCorrector(['sucessfully', 'successful'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('sucessful')).toEqual({ term: 'success' });
  });

  it('between equally close candidates, keeps the one Fuse ranks first, whatever the vocabulary order', () => {
    // "logging" (Fuse's first) and "login" are both one edit from "loggin".
    const correct = createTypoCorrector(['login', 'logging'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('loggin')).toEqual({ term: 'log' });
  });

  it('allows two edits in a long word and one in a shorter one', () => {
    const correct = createTypoCorrector(['registration', 'address'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('regstraton')).toEqual({ term: 'registr' });
    expect(correct('adres')).toBeNull();
    expect(correct('adress')).toEqual({ term: 'address' });
  });

  it('corrects to a word one letter shorter than the shortest word it corrects', () => {
    // minTypoLength 4: a four-letter question word may lose a letter to a three-letter index word.
    const correct = createTypoCorrector(['cat'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('caat')).toEqual({ term: 'cat' });
  });

  it('answers with the stem of the word, as the index holds it', () => {
    const correct = createTypoCorrector(['registering'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('registerng')).toEqual({ term: 'regist' });
  });
});

describe('stop words among the candidates', () => {
  const correct = createTypoCorrector(['whisky', 'email'], new Set(['which', 'there']), DEFAULT_MATCH_OPTIONS);

  it('says a misspelt stop word is a stop word, not an index term', () => {
    expect(correct('wich')).toEqual({ stopword: true });
    expect(correct('thre')).toEqual({ stopword: true });
  });

  it('still corrects ordinary words from the same vocabulary', () => {
    expect(correct('emial')).toEqual({ term: 'email' });
  });
});

describe('words left alone', () => {
  it('never corrects a word shorter than minTypoLength', () => {
    const correct = createTypoCorrector(['mail', 'maid'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('mal')).toBeNull();
    expect(correct('mial')).toEqual({ term: 'mail' });
    const stricter = createTypoCorrector(['mail', 'maid'], NO_STOPWORDS, { ...DEFAULT_MATCH_OPTIONS, minTypoLength: 5 });
    expect(stricter('mial')).toBeNull();
  });

  it('never corrects a word with a digit, nor to one', () => {
    const correct = createTypoCorrector(['mails', '2fax', 'fax2'], NO_STOPWORDS, DEFAULT_MATCH_OPTIONS);
    expect(correct('mail2')).toBeNull();
    expect(correct('mailz')).toEqual({ term: 'mail' });
    expect(correct('afax')).toBeNull();
    expect(correct('faxx')).toBeNull();
  });

  it('keeps only candidates whose Fuse score beats typoThreshold', () => {
    const vocabulary = ['email'];
    // Fuse scores "email" about 0.4 for "emial": a swap is two errors to it.
    expect(createTypoCorrector(vocabulary, NO_STOPWORDS, DEFAULT_MATCH_OPTIONS)('emial')).toEqual({ term: 'email' });
    expect(createTypoCorrector(vocabulary, NO_STOPWORDS, { ...DEFAULT_MATCH_OPTIONS, typoThreshold: 0.3 })('emial')).toBeNull();
    expect(createTypoCorrector(vocabulary, NO_STOPWORDS, { ...DEFAULT_MATCH_OPTIONS, typoThreshold: 0 })('emial')).toBeNull();
  });
});

/** Optimal string alignment written out in full: the whole table, no early exit. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = value;
    }
  }
  return at(a.length, b.length);
}

/** Every string of up to `max` letters from `letters`, the empty string included. */
function allStrings(letters: string, max: number): string[] {
  let level = [''];
  const all = [''];
  for (let length = 1; length <= max; length++) {
    level = level.flatMap((prefix) => [...letters].map((letter) => prefix + letter));
    all.push(...level);
  }
  return all;
}

describe('edit distance, exactly', () => {
  it('counts one for each insertion, deletion, substitution and swap of neighbours', () => {
    expect(editDistance('mail', 'email')).toBe(1);
    expect(editDistance('email', 'mail')).toBe(1);
    expect(editDistance('email', 'emall')).toBe(1);
    expect(editDistance('email', 'emial')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'bac')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('ab', 'cd')).toBe(2);
    expect(editDistance('abc', 'cba')).toBe(2);
  });

  it('measures against an empty word by the other word’s length', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('does not edit a swapped pair again (optimal string alignment, not full Damerau)', () => {
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('agrees with the full table on every pair of short words', () => {
    const words = allStrings('abc', 4);
    for (const a of words) for (const b of words) if (editDistance(a, b) !== referenceDistance(a, b)) expect([a, b, editDistance(a, b)]).toEqual([a, b, referenceDistance(a, b)]);
  });

  it('is exact within the limit and above it beyond, on every pair of short words', () => {
    const words = allStrings('ab', 4).concat(['abcd', 'dcba', 'cab']);
    for (const limit of [0, 1, 2]) {
      for (const a of words) {
        for (const b of words) {
          const exact = referenceDistance(a, b);
          const limited = editDistance(a, b, limit);
          if (exact <= limit) expect(limited).toBe(exact);
          else expect(limited).toBeGreaterThan(limit);
        }
      }
    }
  });

  it('returns limit + 1 as soon as the lengths alone rule the word out', () => {
    expect(editDistance('a', 'abcd', 1)).toBe(2);
    expect(editDistance('ab', 'abcd', 1)).toBe(2);
    expect(editDistance('abcdef', 'ab', 2)).toBe(3);
    expect(editDistance('ab', 'abcd', 2)).toBe(2);
  });

  it('returns limit + 1 once every alignment is past the limit', () => {
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('security', 'password', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 4)).toBe(4);
  });
});
