import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Published from 'fuse.js/basic';
import { beforeAll, describe, expect, it } from 'vitest';
import { installFuzzySearch } from '../../../widget/search/fuzzy-search';
import { bundledFuse } from '../../helpers/bundled-fuse';
import { createPackMatcher } from '../../../widget/pack-matcher';
import { MAX_QUESTION_LENGTH, type Matcher, type MatchResult } from '../../../widget/search';
import { loadLoginFaqPack } from '../../helpers/login-faq';

let matcher: Matcher;
let ids: Set<string>;

beforeAll(async () => {
  const pack = await loadLoginFaqPack();
  matcher = createPackMatcher(pack);
  ids = new Set(pack.articles.map((a) => a.id));
});

/** Everything a caller relies on in a result, whatever the question was. */
function expectWellFormed(result: MatchResult): void {
  expect(['answer', 'choice', 'none']).toContain(result.outcome);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.answer === null).toBe(result.outcome !== 'answer');
  if (result.answer !== null) expect(result.answer).toBe(result.results[0]?.id);
  for (const r of result.results) {
    expect(ids.has(r.id)).toBe(true);
    expect(Number.isFinite(r.score) && r.score > 0).toBe(true);
  }
  for (const id of [...result.choices, ...result.related]) expect(ids.has(id)).toBe(true);
  expect(new Set(result.choices).size).toBe(result.choices.length);
  for (const value of Object.values(result.evidence)) expect(Number.isFinite(value)).toBe(true);
}

const CJK = fc.constantFrom('申', '込', 'み', 'メ', 'ー', 'ル', '登', '録', 'ア', 'ド', 'レ', 'ス', '共', '有', '𠮷');
const WORDS = fc.constantFrom('email', 'log-in', 'pre-registration', 'NK-SHIPS', 'share', 'group', 'ｍａｉｌ', 'ﾒｰﾙ', '24', 'id');

describe('the matcher on any string', () => {
  it('returns a well-formed result for arbitrary Unicode, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (question) => expectWellFormed(matcher.match(question))),
      { numRuns: 300 },
    );
  });

  it('returns a well-formed result for questions mixing FAQ words, CJK, digits and punctuation', () => {
    const part = fc.oneof(WORDS, CJK, fc.constantFrom(' ', '-', '?', '\u0000', '\u200b', '\ud800', '\n'));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 80 }), (parts) => expectWellFormed(matcher.match(parts.join('')))),
      { numRuns: 300 },
    );
  });

  it('does not overflow the stack on a long run of CJK characters, and reads only the first characters', () => {
    fc.assert(
      fc.property(fc.array(CJK, { minLength: 150_000, maxLength: 200_000 }), (chars) => {
        const question = chars.join('');
        const result = matcher.match(question);
        expectWellFormed(result);
        expect(result).toEqual(matcher.match(question.slice(0, MAX_QUESTION_LENGTH).replace(/[\ud800-\udbff]$/, '')));
      }),
      { numRuns: 3 },
    );
  });
});

describe("the matcher on any string, with typo correction on the typo script's own Fuse.js", () => {
  it('returns a well-formed result for any words, of any length (found by a stranger\'s try: a long word threw)', async () => {
    const dir = await mkdtemp(join(os.tmpdir(), 'askdown-fuse-'));
    // A matcher of its own: its typo searchers are made on the first correction, with the Fuse.js installed then.
    const bundledMatcher = createPackMatcher(await loadLoginFaqPack());
    installFuzzySearch(await bundledFuse(dir));
    try {
      // Lengths drawn evenly: fast-check's own bias to short strings would seldom reach the long words.
      const word = fc.integer({ min: 1, max: 40 }).chain((length) => fc.stringMatching(new RegExp(`^[a-z]{${length}}$`)));
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => expectWellFormed(bundledMatcher.match(words.join(' ')))),
        { numRuns: 300 },
      );
    } finally {
      installFuzzySearch(Published);
      await rm(dir, { recursive: true, force: true });
    }
    // Bundling the typo script's Fuse.js and 300 runs take about 10 s alone on a 2-core VM; the suite's 20 s limit
    // was reached once with the other test files in parallel and a build beside it (2026-11-29).
  }, 60_000);
});
