import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../../widget/content-pack';
import type * as PackMatcher from '../../../widget/pack-matcher';
import type * as PhrasingSimilarity from '../../../widget/search/phrasing-similarity';
import { loadLoginFaqPack } from '../../helpers/login-faq';

// Counted, to see which phrasings a question still has to read once the matcher is warm.
vi.mock('../../../widget/search/phrasing-similarity', async (original) => {
  const actual = await original<typeof PhrasingSimilarity>();
  return { ...actual, wordTrigrams: vi.fn(actual.wordTrigrams) };
});

const QUESTION = 'Can I register a shared email address for my team?';
let pack: ContentPack;
let createPackMatcher: typeof PackMatcher.createPackMatcher;
let wordTrigrams: typeof PhrasingSimilarity.wordTrigrams;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
  // The setup file loaded the matcher before the mock: loaded afresh, it reads phrasings through the counted copy.
  vi.resetModules();
  await import('../../../widget/search');
  ({ createPackMatcher } = await import('../../../widget/pack-matcher'));
  ({ wordTrigrams } = await import('../../../widget/search/phrasing-similarity'));
});

/** How many times `warm` says there is more, until it says there is not (at most `limit` calls). */
function warmAll(warm: () => boolean, limit = 1000): number {
  let more = 0;
  while (more < limit && warm()) more++;
  return more;
}

describe("a pack matcher's warm-up", () => {
  it('takes two steps per article (its trigrams, then its terms), then says it is done, and stays done', () => {
    const matcher = createPackMatcher(pack);
    expect(warmAll(matcher.warm!)).toBe(2 * pack.articles.length - 1);
    expect(matcher.warm!()).toBe(false);
  });

  it('leaves the first question only its own words to read', () => {
    const warmed = createPackMatcher(pack);
    warmAll(warmed.warm!);
    vi.mocked(wordTrigrams).mockClear();
    const answer = warmed.match(QUESTION);
    expect(vi.mocked(wordTrigrams).mock.calls).toEqual([[QUESTION]]);

    // A matcher of its own (a fresh copy of the pack, so nothing read is shared) reads the phrasings as it answers.
    const cold = createPackMatcher(structuredClone(pack));
    vi.mocked(wordTrigrams).mockClear();
    expect(cold.match(QUESTION)).toEqual(answer);
    expect(vi.mocked(wordTrigrams).mock.calls.length).toBeGreaterThan(pack.articles.length);
  });

  it('reads no more than the first hundred articles of a large pack', () => {
    const articles = Array.from({ length: 150 }, (_, i) => ({ ...pack.articles[i % pack.articles.length]!, id: `article-${i}` }));
    const matcher = createPackMatcher({ ...pack, articles });
    expect(warmAll(matcher.warm!)).toBe(2 * 100 - 1);
  });
});
