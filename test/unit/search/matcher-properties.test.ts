import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
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
