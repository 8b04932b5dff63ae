import { describe, expect, it } from 'vitest';
import { createMatcher, type MatchArticle } from '../../../widget/search';
import { diceSimilarity, wordTrigrams } from '../../../widget/search/phrasing-similarity';

describe('letter-by-letter similarity of a question and a title', () => {
  it('makes trigrams of the meaningful words only, each padded', () => {
    expect([...wordTrigrams('How to strike?')].sort()).toEqual([' st', 'ike', 'ke ', 'rik', 'str', 'tri'].sort());
  });

  it('sees that a split or inflected word is close to its joined form', () => {
    const title = wordTrigrams('Strikethrough text on GitHub');
    expect(diceSimilarity(wordTrigrams('striked through text on git hub'), title)).toBeGreaterThan(0.4);
    expect(diceSimilarity(wordTrigrams('opening hours of the office'), title)).toBe(0);
    expect(diceSimilarity(title, title)).toBe(1);
    expect(diceSimilarity(new Set(), new Set())).toBe(0);
  });
});

describe('re-ordering by the closest phrasing', () => {
  const articles: MatchArticle[] = [
    { id: 'copy', title: 'Copy text', questions: [], tags: [], text: 'Select the text and copy it with the editor.', related: [] },
    { id: 'strike', title: 'Strikethrough text', questions: [], tags: [], text: 'Wrap the words in tildes.', related: [] },
  ];

  it('puts first the article whose title looks like the question when BM25F alone cannot tell', () => {
    const withTitles = createMatcher(articles);
    const withoutTitles = createMatcher(articles, { options: { phrasingSimilarityWeight: 0 } });
    expect(withoutTitles.match('striked through text').results[0]?.id).toBe('copy');
    expect(withTitles.match('striked through text').results[0]?.id).toBe('strike');
  });

  it('gives no confident answer when it overturned a higher score: the visitor gets a choice', () => {
    const result = createMatcher(articles).match('striked through text');
    expect(result.answer).toBeNull();
    expect(result.related).toEqual(['strike', 'copy']);
  });
});
