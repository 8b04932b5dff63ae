import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS } from '../../../widget/search';
import { editDistance } from '../../../widget/search/edit-distance';
import { buildSynonymMap, synonymTermGroups } from '../../../widget/search/synonyms';
import { createTypoCorrector } from '../../../widget/search/typo';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('email', 'email')).toBe(0);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('adress', 'address')).toBe(1);
    expect(editDistance('grup', 'group')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('security', 'password', 2)).toBe(3);
  });
});

describe('typo correction', () => {
  const vocabulary = ['email', 'address', 'registration', 'group', 'mail'];
  const correct = createTypoCorrector(vocabulary, new Set(['which', 'where']), DEFAULT_MATCH_OPTIONS);

  it('replaces a misspelt word with the index term it was meant to be', () => {
    expect(correct('emial')).toEqual({ term: 'email' });
    expect(correct('adress')).toEqual({ term: 'address' });
    expect(correct('regstration')).toEqual({ term: 'registr' });
  });

  it('recognises a misspelt stop word, so it does not count as an unknown word', () => {
    expect(correct('wich')).toEqual({ stopword: true });
  });

  it('leaves words alone that are too short or too far from anything', () => {
    expect(correct('gro')).toBeNull();
    expect(correct('weather')).toBeNull();
    expect(correct('mailbox')).toBeNull();
  });
});

describe('synonyms', () => {
  it('analyses each group into index terms, once each, and drops groups left with one', () => {
    expect(synonymTermGroups([['people', 'users', 'log-in', 'login'], ['user', 'users'], ['申し込み', '申込']])).toEqual([['peopl', 'user', 'login']]);
  });

  it('links every word of a group to the others, by stem, in both directions', () => {
    const map = buildSynonymMap(synonymTermGroups([['people', 'users', 'log-in']]));
    expect([...(map.get('peopl') ?? [])].sort()).toEqual(['login', 'user']);
    expect(map.get('user')?.has('peopl')).toBe(true);
    expect(map.get('login')?.has('user')).toBe(true);
  });
});
