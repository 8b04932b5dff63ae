import { describe, expect, it } from 'vitest';
import { analyze } from '../../../widget/search/analyze';
import { cjkBigrams, tokenize, tokenizeCompounds } from '../../../widget/search/tokenize';

describe('tokenize', () => {
  it('lowercases and splits on punctuation', () => {
    expect(tokenize('Can I register, my e-mail?')).toEqual(['can', 'i', 'register', 'my', 'e', 'mail', 'email']);
  });

  it('takes a compound written in capitals for a name, whose parts are not its words (found by a stranger\'s try: "ship" found NK-SHIPS)', () => {
    expect(tokenizeCompounds('NK-SHIPS')).toEqual([{ word: 'nkships', parts: ['nk', 'ships'], name: true }]);
    expect(tokenize('NK-SHIPS and NK-PASS')).toEqual(['nkships', 'and', 'nkpass']);
    // Not in capitals, a compound is words: visitors type names so too, and "nk-ships" still finds the whole.
    expect(tokenize('nk-ships')).toEqual(['nk', 'ships', 'nkships']);
    expect(tokenize('Log-in')).toEqual(['log', 'in', 'login']);
  });

  it('keeps a hyphenated compound as its parts plus the joined form', () => {
    expect(tokenizeCompounds('log-in')).toEqual([{ word: 'login', parts: ['log', 'in'], name: false }]);
    expect(tokenize('pre-registration')).toEqual(['pre', 'registration', 'preregistration']);
  });

  it('folds full-width letters and curly apostrophes', () => {
    expect(tokenize('ＮＫ－ＳＨＩＰＳ user’s')).toEqual(['nkships', 'user']);
  });

  it('gives Japanese its words and their marked bigrams, and keeps the Latin words around it', () => {
    expect(tokenize('NK-SHIPSのログイン')).toEqual(['nkships', 'ろぐいん', 'ろぐ~', 'ぐい~', 'いん~']);
    expect(cjkBigrams('字')).toEqual(['字']);
  });
});

describe('analyze', () => {
  it('drops stop words and stems the rest', () => {
    expect(analyze('How do I register my shared email addresses?')).toEqual(['regist', 'share', 'email', 'address']);
  });
});
