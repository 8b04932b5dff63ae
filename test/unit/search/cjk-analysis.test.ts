import { afterEach, describe, expect, it } from 'vitest';
import { cjk, cjkBigrams, installCjkAnalysis } from '../../../widget/search/cjk-analysis';
import { JAPANESE_MATCHING } from '../../../widget/search/japanese-sentences';

describe('cjk: the installed analysis, read when called', () => {
  // test/setup.ts installs the Japanese analysis for every test file, as every Node use of the matcher does.
  afterEach(() => installCjkAnalysis(JAPANESE_MATCHING));

  it('follows an analysis installed after it was handed over, as the sharded reader needs (the app installs Japanese later)', () => {
    const handedOver = cjk;
    installCjkAnalysis({ terms: cjkBigrams, wordTerm: (word) => word });
    expect(handedOver.terms('登録する')).toEqual(['登録', '録す', 'する']);
    expect(handedOver.asksFact('利用履歴はどこで確認できますか')).toBe(false);
    installCjkAnalysis(JAPANESE_MATCHING);
    expect(handedOver.asksFact('利用履歴はどこで確認できますか')).toBe(true);
    expect(handedOver.statesProblem('ログインできません')).toBe(true);
    expect(handedOver.asksWhetherPossible('登録できますか')).toBe(true);
  });

  it('says no for a reading the analysis lacks (the bigrams alone, before any language script)', () => {
    installCjkAnalysis({ terms: cjkBigrams, wordTerm: (word) => word });
    expect([cjk.statesProblem('ログインできません'), cjk.asksWhetherPossible('登録できますか'), cjk.asksFact('どこ')]).toEqual([false, false, false]);
  });
});

describe('the run-time Markdown compiler, loaded after the Japanese script (the npm package shares the analysis)', () => {
  it("installs the Japanese terms and leaves the readings of questions the app's Japanese script installed", async () => {
    installCjkAnalysis(JAPANESE_MATCHING);
    await import('../../../widget/markdown/markdown-support');
    expect([cjk.statesProblem('ログインできません'), cjk.asksFact('利用履歴はどこで確認できますか')]).toEqual([true, true]);
    expect(cjk.terms('事前登録')).toEqual(JAPANESE_MATCHING.terms('事前登録', cjkBigrams));
  });
});
