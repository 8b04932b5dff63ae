import { describe, expect, it } from 'vitest';
import { asksWhetherPossible, statesProblem } from '../../../widget/search/problem-statement';

describe('statesProblem: a visitor telling of a problem they have, not asking about a rule', () => {
  it.each([
    "I can't register my email address",
    'I cannot log in to NK-PASS',
    'we are unable to pre-register',
    "I'm not able to log in",
    'I am unable to register',
    "I still can’t sign in",
    'the pre-registration site does not work',
    'メールアドレスを登録できません',
    'NK-PASSにログインできない',
    'ＮＫ－ＰＡＳＳにログインできません。',
    'ログインできないのですが',
    '登録できなくなりました',
    'ログインできません。どうすればいいですか？',
    'What should I do if I can\'t register?',
    'ログインできない場合はどうすればいいですか？',
    '登録出来ません',
    'ログインできず困っています',
    'forgot my current NK-SHIPS login ID',
    'I forgot which email I registered',
    'how do I find my NK-PASS login ID, I forgot it',
    'I always forget my password',
  ])('"%s" states one', (question) => expect(statesProblem(question)).toBe(true));

  it.each([
    "Can't I register a shared email address?",
    "Why can't we share IDs any more?",
    'Can I register at night?',
    'Is it not possible to use a group address?',
    '登録できないんでしょうか',
    '日本時間の業務時間内にしか登録できないんでしょうか？',
    '共有アドレスは登録できないの？',
    'ログインできないか',
    'ＩＤごとに事前登録しないといけないの？',
    'いつでも登録できますか',
    'Is it true that I cannot register a shared email address?',
    'Can I register a shared email address if I cannot get a personal one?',
    'Can I register a new address if I forgot my password?',
    // Forgetting as the condition of a rule, or something not done (found by a review).
    'If I forgot my password, can I register a shared email address?',
    'I forgot to register during the day, can I register at night?',
  ])('"%s" asks', (question) => expect(statesProblem(question)).toBe(false));
});

describe('asksWhetherPossible: an article title asking whether something can be done', () => {
  it.each([
    'Can I register a group or shared email address?',
    'We are currently using both NK-SHIPS and NK-PASS, and have multiple login IDs for each system. Is it possible to register the same email address for each of these login IDs?',
    'グループアドレス・共有アドレスを登録することはできますか？',
    '事前登録期間中であれば、いつでもメールアドレスを登録できますか？',
    'Can a group address be registered?',
    '共有アドレスは登録できるでしょうか',
  ])('"%s" does', (title) => expect(asksWhetherPossible(title)).toBe(true));

  it.each([
    'How can I add multiple destinations in new Google Maps?',
    'What kind of email address should I prepare for pre-registration?',
    'How does using a personal email address enhance security?',
    'Can I register? Here is how to do it.',
    '事前登録にはどのようなメールアドレスを用意すればよいですか？',
  ])('"%s" does not', (title) => expect(asksWhetherPossible(title)).toBe(false));
});
