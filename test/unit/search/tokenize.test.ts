import { describe, expect, it } from 'vitest';
import { analyze } from '../../../widget/search/analyze';
import { cjkBigrams, tokenize, tokenizeCompounds } from '../../../widget/search/tokenize';

describe('tokenize', () => {
  it('lowercases and splits on punctuation', () => {
    expect(tokenize('Can I register, my E-MAIL?')).toEqual(['can', 'i', 'register', 'my', 'e', 'mail', 'email']);
  });

  it('keeps a hyphenated compound as its parts plus the joined form', () => {
    expect(tokenizeCompounds('log-in')).toEqual([{ word: 'login', parts: ['log', 'in'] }]);
    expect(tokenize('pre-registration')).toEqual(['pre', 'registration', 'preregistration']);
  });

  it('folds full-width letters and curly apostrophes', () => {
    expect(tokenize('ＮＫ－ＳＨＩＰＳ user’s')).toEqual(['nk', 'ships', 'nkships', 'user']);
  });

  it('gives Japanese its words and their marked bigrams, and keeps the Latin words around it', () => {
    expect(tokenize('NK-SHIPSのログイン')).toEqual(['nk', 'ships', 'nkships', 'ろぐいん', 'ろぐ~', 'ぐい~', 'いん~']);
    expect(cjkBigrams('字')).toEqual(['字']);
  });
});

describe('analyze', () => {
  it('drops stop words and stems the rest', () => {
    expect(analyze('How do I register my shared email addresses?')).toEqual(['regist', 'share', 'email', 'address']);
  });

  it('drops the forms of a stop word that stem to a term of their own', () => {
    // "need" is a stop word, so "needed" must not become the rare term "need" that only some articles' phrasings have.
    expect(analyze('Is pre-registration needed? It needs a login. Needing one?')).toEqual(analyze('Is pre-registration? It a login. one?'));
  });
});
