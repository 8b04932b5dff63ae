import { describe, expect, it } from 'vitest';
import { createMatcher, type MatchArticle } from '../../../widget/search';
import { ENGLISH_SYNONYMS } from '../../../widget/search/english-synonyms';

const ARTICLES: MatchArticle[] = [
  { id: 'delete', title: 'How do I delete my account?', questions: [], tags: [], text: 'Open settings.', related: [] },
  { id: 'photo', title: 'Change your profile photo', questions: [], tags: [], text: 'Upload a file.', related: [] },
  { id: 'hours', title: 'Support opening hours', questions: [], tags: [], text: 'Nine to five.', related: [] },
  { id: 'seats', title: 'Can two people share a seat?', questions: [], tags: [], text: 'Yes.', related: [] },
];

describe('built-in English synonyms', () => {
  it('find an article written with another general word for the same thing', () => {
    const matcher = createMatcher(ARTICLES);
    expect(matcher.match('remove my account').answer).toBe('delete');
    expect(matcher.match('modify profile picture').answer).toBe('photo');
  });

  it('read a small number in digits as the word for it', () => {
    expect(createMatcher(ARTICLES).match('2 people').evidence.matchedWords).toBe(2);
    expect(createMatcher(ARTICLES, { withoutEnglishSynonyms: true }).match('2 people').evidence.matchedWords).toBe(1);
  });

  it('can be left out, and then those questions find only the words written alike', () => {
    const without = createMatcher(ARTICLES, { withoutEnglishSynonyms: true });
    const withSynonyms = createMatcher(ARTICLES);
    expect(without.match('modify profile picture').results.map((r) => r.id)).toEqual(['photo']);
    expect(without.match('modify profile picture').evidence.matchedWords).toBe(1);
    expect(withSynonyms.match('modify profile picture').evidence.matchedWords).toBe(3);
    expect(without.match('remove my account').answer).toBeNull();
    expect(without.match('remove my account').confidence).toBeLessThan(withSynonyms.match('remove my account').confidence);
  });

  it("add to the site's own groups rather than replace them", () => {
    const matcher = createMatcher(ARTICLES, { synonyms: [['hours', 'schedule']] });
    expect(matcher.match('support schedule').answer).toBe('hours');
    expect(matcher.match('remove my account').answer).toBe('delete');
  });

  it('hold only groups of two or more distinct lowercase words (or numbers)', () => {
    for (const group of ENGLISH_SYNONYMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const word of group) expect(word).toMatch(/^(?:[a-z][a-z-]*|\d+)$/);
    }
  });
});
