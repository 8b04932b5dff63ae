import { describe, expect, it } from 'vitest';
import { createPackMatcher } from '../../../widget/pack-matcher';
import '../../../widget/search';
import type { Matcher } from '../../../widget/search/matcher';
import { readingRomaji, romajiAsKana } from '../../../widget/search/romaji';
import { loadJapaneseLoginFaqPack, loadLoginFaqPack } from '../../helpers/login-faq';

describe('romajiAsKana: a word typed in romaji, in hiragana', () => {
  it.each([
    ['touroku', 'とうろく'],
    ['jizen', 'じぜん'],
    ['kyouyuu', 'きょうゆう'],
    ['shinsei', 'しんせい'],
    ['chotto', 'ちょっと'],
    ['tsukau', 'つかう'],
    ['fukusuu', 'ふくすう'],
    ['nyuuryoku', 'にゅうりょく'],
    ['konnichiwa', 'こんにちわ'],
    ['wo', 'を'],
    ['meado', 'めあど'],
    ['TOUROKU', 'とうろく'],
    // Kunrei's spellings too, and every row's voiced kana.
    ['si', 'し'],
    ['tu', 'つ'],
    ['zya', 'じゃ'],
    ['gazou', 'がぞう'],
    ['dedo', 'でど'],
    ['bupo', 'ぶぽ'],
    ['hiragana', 'ひらがな'],
  ])('"%s" is %s', (word, kana) => expect(romajiAsKana(word)).toBe(kana));

  it.each(['security', 'mail', 'shared', 'team', 'id', 'group', 'x'])('"%s" is no romaji', (word) => expect(romajiAsKana(word)).toBeNull());
});

describe('readingRomaji: a matcher that reads romaji where the content lists readings', () => {
  const asked = (synonymTerms: string[][], question: string): string => readingRomaji({ match: (q: string) => q } as unknown as Matcher, synonymTerms).match(question) as unknown as string;

  it('asks a Japanese pack in kana, but a synonym listed as written stays', () => {
    expect(asked([['共有', 'share'], ['登録', 'とうろく']], 'share adoresu touroku OK?')).toBe('share あどれすとうろくOK?');
  });

  it('reads romaji words typed apart as one run of kana, as Japanese is typed', async () => {
    expect(asked([['登録', 'とうろく']], 'itsu demo  touroku dekimasu ka')).toBe('いつでも とうろくできますか');
    // いつ and でも apart are grammar alone; いつでも ("any time") is the registration-hours article's word.
    const matcher = createPackMatcher(await loadJapaneseLoginFaqPack());
    const apart = matcher.match('itsu demo touroku dekimasu ka');
    expect(apart.outcome).toBe('answer');
    expect(apart.answer).toBe('registration-hours');
  });

  it('wraps without changing the matcher it is given, so wrapping it twice reads a question once', () => {
    const inner = { match: (q: string) => q, warm: () => false } as unknown as Matcher;
    const once = readingRomaji(inner, [['登録', 'とうろく']]);
    expect(inner.match('touroku')).toBe('touroku');
    expect(once.warm).toBe(inner.warm);
    expect(readingRomaji(inner, [['登録', 'とうろく']]).match('touroku')).toBe('とうろく');
  });

  it('leaves a question to content without readings (English) as typed', () => {
    expect(asked([['delete', 'remov']], 'no time to register a name')).toBe('no time to register a name');
  });

  it('answers a question typed in romaji as the same question typed in kana', async () => {
    const matcher = createPackMatcher(await loadJapaneseLoginFaqPack());
    const romaji = matcher.match('kyouyuu adoresu wo touroku dekimasu ka');
    expect(romaji.results[0]?.id).toBe('shared-email');
    expect(romaji).toEqual(matcher.match('きょうゆうあどれすをとうろくできますか'));
  });

  it('leaves every question to the English pack as typed: its synonyms list no readings', async () => {
    const pack = await loadLoginFaqPack();
    const question = 'no, I do not want to use a group mailbox, can I register my own?';
    expect(asked(pack.synonymTerms, question)).toBe(question);
  });
});
