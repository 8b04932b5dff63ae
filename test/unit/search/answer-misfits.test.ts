import { afterEach, describe, expect, it } from 'vitest';
import { questionMisfits } from '../../../widget/search/answer-misfits';
import { answerMisfits, installMisfitRule } from '../../../widget/search/misfit-rule';

const RULE_ARTICLE = ['Can I register my email address at any time during the pre-registration period?', 'Is the site open at night?'];
const words = (...present: string[]) => (word: string) => present.includes(word);

describe('questionMisfits: a confident answer that does not fit the question', () => {
  it('a visitor stating a problem, against an article asking whether one can', () => {
    expect(questionMisfits("I can't register my email address", { phrasings: RULE_ARTICLE, hasWord: words() })).toBe(true);
    expect(questionMisfits('Can I register my email address at night?', { phrasings: RULE_ARTICLE, hasWord: words() })).toBe(false);
  });

  it('a question asking until when or how many, against an article that never asks it', () => {
    expect(questionMisfits('until when can I pre-register?', { phrasings: RULE_ARTICLE, hasWord: words() })).toBe(true);
  });

  it('a question asking the reason for a requirement, against an article that never asks why', () => {
    const question = 'Why do I have to register on both sites?';
    expect(questionMisfits(question, { phrasings: RULE_ARTICLE, hasWord: words() })).toBe(true);
    expect(questionMisfits(question, { phrasings: ['Why is an individual log-in safer?'], hasWord: words() })).toBe(false);
  });

  it('a question asking how to change something, against an article that never uses the verb, in any of its forms', () => {
    const question = 'How do I change my registered email address?';
    expect(questionMisfits(question, { phrasings: RULE_ARTICLE, hasWord: words('email', 'address') })).toBe(true);
    // "Reset a forgotten password", "Changing your e-mail": an article that uses the verb says how.
    expect(questionMisfits(question, { phrasings: ['Changing the registered e-mail'], hasWord: words('change') })).toBe(false);
  });
});

describe('answerMisfits: the installed rule, read when called', () => {
  // test/setup.ts installs the rules for every test file, as every Node use of the matcher does.
  afterEach(() => installMisfitRule(questionMisfits));

  it('follows the rule installed after it was handed over (the sharded reader gets it before any question)', () => {
    const handedOver = answerMisfits;
    const article = { phrasings: RULE_ARTICLE, hasWord: words() };
    installMisfitRule(() => false);
    expect(handedOver("I can't register my email address", article)).toBe(false);
    installMisfitRule(questionMisfits);
    expect(handedOver("I can't register my email address", article)).toBe(true);
  });
});
