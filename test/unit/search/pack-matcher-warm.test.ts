import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../../widget/content-pack';
import type * as PackMatcher from '../../../widget/pack-matcher';
import type * as Analyze from '../../../widget/search/analyze';
import type * as Confidence from '../../../widget/search/confidence';
import type * as PhrasingSimilarity from '../../../widget/search/phrasing-similarity';
import { loadLoginFaqPack } from '../../helpers/login-faq';

// Counted, to see which phrasings a question still has to read once the matcher is warm.
vi.mock('../../../widget/search/phrasing-similarity', async (original) => {
  const actual = await original<typeof PhrasingSimilarity>();
  return { ...actual, wordTrigrams: vi.fn(actual.wordTrigrams) };
});

vi.mock('../../../widget/search/analyze', async (original) => {
  const actual = await original<typeof Analyze>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});

// Counted, to see the warm-up's question run to its end: the confidence is the last thing a match works out.
vi.mock('../../../widget/search/confidence', async (original) => {
  const actual = await original<typeof Confidence>();
  return { ...actual, answerProbability: vi.fn(actual.answerProbability) };
});

const QUESTION = 'Can I register a shared email address for my team?';
let pack: ContentPack;
let createPackMatcher: typeof PackMatcher.createPackMatcher;
let wordTrigrams: typeof PhrasingSimilarity.wordTrigrams;
let analyze: typeof Analyze.analyze;
let answerProbability: typeof Confidence.answerProbability;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
  // The setup file loaded the matcher before the mock: loaded afresh, it reads phrasings through the counted copy.
  vi.resetModules();
  await import('../../../widget/search');
  ({ createPackMatcher } = await import('../../../widget/pack-matcher'));
  ({ wordTrigrams } = await import('../../../widget/search/phrasing-similarity'));
  ({ analyze } = await import('../../../widget/search/analyze'));
  ({ answerProbability } = await import('../../../widget/search/confidence'));
});

/** How many times `warm` says there is more, until it says there is not (at most `limit` calls). */
function warmAll(warm: () => boolean, limit = 1000): number {
  let more = 0;
  while (more < limit && warm()) more++;
  return more;
}

describe("a pack matcher's warm-up", () => {
  it("takes one step per article (its trigrams), then asks the first article's title, then says it is done, and stays done", () => {
    const matcher = createPackMatcher(pack);
    vi.mocked(answerProbability).mockClear();
    expect(warmAll(matcher.warm!)).toBe(pack.articles.length);
    // The last step, which said there was no more, asked the title: read like any question's words, and weighed to
    // the end.
    expect(vi.mocked(wordTrigrams).mock.calls.at(-1)).toEqual([pack.articles[0]!.title]);
    expect(answerProbability).toHaveBeenCalledOnce();
    vi.mocked(wordTrigrams).mockClear();
    expect(matcher.warm!()).toBe(false);
    expect(wordTrigrams).not.toHaveBeenCalled();
  });

  it("reads the first article's terms in its first step, and no other article's", () => {
    const matcher = createPackMatcher(pack);
    vi.mocked(analyze).mockClear();
    matcher.warm!();
    const first = pack.articles[0]!;
    expect(vi.mocked(analyze).mock.calls.map(([text]) => text)).toEqual([first.title, ...first.questions]);
    vi.mocked(analyze).mockClear();
    for (let i = 1; i < pack.articles.length; i++) matcher.warm!();
    expect(analyze).not.toHaveBeenCalled();
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

  it('ends quietly when its question waits for the typo script, and on a pack without articles', async () => {
    const { installFuzzySearch } = await import('../../../widget/search/fuzzy-search');
    const first = { ...pack.articles[0]!, title: 'Zqxwv plorbeth?' };
    const waiting = createPackMatcher({ ...pack, articles: [first, ...pack.articles.slice(1)] });
    installFuzzySearch(undefined);
    try {
      expect(() => waiting.match(first.title)).toThrow('typo correction is not loaded yet');
      expect(warmAll(waiting.warm!)).toBe(pack.articles.length);
    } finally {
      installFuzzySearch((await import('fuse.js/basic')).default);
    }
    expect(warmAll(createPackMatcher({ ...pack, articles: [] }).warm!)).toBe(0);
  });

  it('reads no more than the first hundred articles of a large pack', () => {
    const articles = Array.from({ length: 150 }, (_, i) => ({ ...pack.articles[i % pack.articles.length]!, id: `article-${i}` }));
    const matcher = createPackMatcher({ ...pack, articles });
    expect(warmAll(matcher.warm!)).toBe(100);
  });
});
