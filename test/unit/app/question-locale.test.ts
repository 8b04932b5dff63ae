import { describe, expect, it } from 'vitest';
import { otherQuestionLocale } from '../../../widget/app/question-locale';

const BOTH = ['en', 'ja'];

describe('otherQuestionLocale', () => {
  it('hears Japanese in any kana or kanji, and English in two Latin words', () => {
    expect(otherQuestionLocale('共有アドレスは使えますか', 'en', BOTH)).toBe('ja');
    expect(otherQuestionLocale('ﾒｰﾙ', 'en', BOTH)).toBe('ja');
    expect(otherQuestionLocale('Can I use a shared address?', 'ja', BOTH)).toBe('en');
  });

  it('hears English typed in full-width letters, as a Japanese input method types them (a stranger on the Japanese panel)', () => {
    expect(otherQuestionLocale('ｓｈａｒｅｄ　ｅｍａｉｌ', 'ja', BOTH)).toBe('en');
    expect(otherQuestionLocale('ｍａｉｌ ａｄｄｒｅｓｓ？', 'ja', BOTH)).toBe('en');
    expect(otherQuestionLocale('ｓｈａｒｅｄ　ｅｍａｉｌ', 'en', BOTH)).toBeNull();
    expect(otherQuestionLocale('ＮＫ－ＳＨＩＰＳ', 'ja', BOTH)).toBeNull();
  });

  it('lets a lone Latin word, and product names and codes in capitals, stay in the panel language', () => {
    expect(otherQuestionLocale('NK-SHIPS', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('NK-SHIPS NK-PASS', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('NK-SHIPS ID', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('ID', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('NK-SHIPSの申込み', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('123 456', 'ja', BOTH)).toBeNull();
  });

  it('takes names and codes typed in lower case for names too, not for English (a stranger on the Japanese panel)', () => {
    expect(otherQuestionLocale('nk-ships nk-pass', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('nk-ships 2fa', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('how do I log in to nk-ships', 'ja', BOTH)).toBe('en');
  });

  it.each([
    'jizen touroku',
    'kyouyuu adoresu wa tsukaemasu ka',
    'kojin no meado ni suru to security wa dou kawaru?',
    'shin system wa kojin login hissu desuka',
    'kojin mail address security naze yoku naru',
    'login dekinai',
    'password wo wasureta',
    'mail address touroku shitai',
    'gmail wa tsukaeru?',
  ])("leaves a question in romaji to the Japanese panel, English loanwords and all: %s (strangers' tries as visitors)", (question) => {
    expect(otherQuestionLocale(question, 'ja', BOTH)).toBeNull();
  });

  it.each([
    'can we use one shared mailbox for the whole team?',
    'is the site open on sunday?',
    'are you open on sunday?',
    'same time?',
    'can we use one?',
    'can i take more time?',
    'use same login?',
    'can we share one login?',
  ])('takes English whose short words spell romaji too ("are", "use", "one", "same", "time", "share") for English: %s', (question) => {
    expect(otherQuestionLocale(question, 'ja', BOTH)).toBe('en');
  });

  it('reads only the first 500 characters, as the widget does (a pattern that backtracked over a megabyte of letters hung here)', () => {
    expect(otherQuestionLocale(`${'x'.repeat(499)} shared address`, 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale(`shared address ${'x'.repeat(1_000_000)}`, 'ja', BOTH)).toBe('en');
    expect(otherQuestionLocale('x'.repeat(1_000_000), 'ja', BOTH)).toBeNull();
  });

  it('switches only to a language the site has, and never to the one already shown', () => {
    expect(otherQuestionLocale('共有アドレス', 'en', ['en'])).toBeNull();
    expect(otherQuestionLocale('共有アドレス', 'ja', BOTH)).toBeNull();
    expect(otherQuestionLocale('shared address', 'en', BOTH)).toBeNull();
  });
});
