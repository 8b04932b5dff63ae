import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../widget/content-pack';
import { createMatcher, DEFAULT_MATCH_OPTIONS, type Matcher } from '../../../widget/search';
import { createPackMatcher } from '../../../widget/pack-matcher';
import { loadJapaneseLoginFaqPack, loadLoginFaqPack, loadLoginFaqQueries } from '../../helpers/login-faq';

let pack: ContentPack;
let matcher: Matcher;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
  matcher = createPackMatcher(pack);
});

/** Per article: three paraphrases in other words, then one with typos. */
const PARAPHRASES: Record<string, string[]> = {
  'shared-email': [
    'can several people share one login?',
    'Can our team use a group mailbox for the log-in?',
    'we all use one common email, can we register it?',
    'can i regiser a grup email adress',
    // Individual log-ins (the thirty-third session's development set): multiple-login-ids (its title's "login IDs")
    // or personal-email-security, as this one, until two phrasings of the article's own (not the set's words; none
    // with "the new system", which a review found pulling every "… in the new system?" here).
    'individual log-in for everyone now?',
  ],
  'which-email': [
    'which email address should I prepare?',
    'corporate email or private email?',
    'Should I prepare my work email address before registering?',
    'wich email adress to prepare',
  ],
  'registration-hours': [
    'is registration available 24 hours a day',
    'are there time restrictions?',
    'is the registration open all day',
    'regstration anytime',
    // Issue 11's own example of an apology where an answer was due; a choice, a tie with which-email, until
    // a second "register my email address" phrasing of the article (2026-11-28).
    'When can I register my email address?',
    // A stranger's try, 2026-11-30: multiple-login-ids with confidence until a phrasing of its own ("when" is a
    // stop word: the question's time rides on its phrasing alone).
    'When can I register?',
    // Another stranger's try, 2026-11-30: which-email with confidence ("Which email do I use to register?" has the
    // same meaningful words) until the question words of a time, a place, a person and a reason counted in the
    // phrasing similarity.
    'When can I register my email?',
  ],
  'new-service-application': [
    'If I apply for a service now must I also pre-register my email?',
    'do I have to register on both the current service site and the pre-registration site?',
    'new application for NK services during the pre-registration period',
    'applyng for nk services while pre-registration is open',
  ],
  'multiple-login-ids': [
    'Can I use the same email for my NK-SHIPS and NK-PASS login IDs?',
    'same email for multiple IDs',
    'is pre-registration required for each ID individually',
    'mulitple login ids same adress',
  ],
  'personal-email-security': [
    'is a personal login more secure?',
    'will you track usage history?',
    'why not share IDs and passwords like before',
    'securty of personal emial',
  ],
};

describe('matching the log-in FAQ', () => {
  it("finds each article by its own title and each of its questions:, in English and in Japanese", async () => {
    // The FAQ's own phrasings are what visitors see and copy: the suggested questions, the titles under a
    // "did you mean". A stranger found four English ones answered with another article (2026-11-27).
    for (const content of [pack, await loadJapaneseLoginFaqPack()]) {
      const own = createPackMatcher(content);
      const astray = content.articles.flatMap((article) =>
        [article.title, ...article.questions].filter((phrasing) => own.match(phrasing).results[0]?.id !== article.id).map((phrasing) => `${article.id}: ${phrasing}`),
      );
      expect(astray, content.locale).toEqual([]);
    }
  });

  it('finds the Japanese article for a Japanese question with English words in it, through the Japanese groups (found by a stranger\'s try)', async () => {
    const matcher = createPackMatcher(await loadJapaneseLoginFaqPack());
    for (const question of ['shared emailは使えますか', 'shared メール ok?']) {
      const result = matcher.match(question);
      expect(result.results[0]?.id, question).toBe('shared-email');
      expect(result.outcome, question).not.toBe('none');
    }
  });

  it('answers いつでも ("any time"), which the segmenter leaves as grammar, through the editor\'s reading of it as 何時', async () => {
    const matcher = createPackMatcher(await loadJapaneseLoginFaqPack());
    for (const question of ['登録 いつでも', '事前登録はいつでもできますか']) {
      expect(matcher.match(question).answer, question).toBe('registration-hours');
    }
  });

  it("offers a choice, not \"yes, you can\", to a visitor who says they can't (found by a stranger's try)", async () => {
    const japanese = createPackMatcher(await loadJapaneseLoginFaqPack());
    for (const [own, question] of [
      [matcher, "I can't register my email address"],
      [matcher, "We can't use a shared mailbox any more?"],
      [japanese, 'メールアドレスを登録できません'],
      [japanese, 'NK-PASSにログインできない'],
    ] as const) {
      const result = own.match(question);
      // Confident on the words alone: the right article would be given as the answer but for what the visitor says.
      expect(result.confidence, question).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
      expect(result.outcome, question).toBe('choice');
      expect(result.choices[0], question).toBe(result.results[0]?.id);
    }
    // Asked as a question, the rule is answered as before.
    expect(matcher.match("Can't I register a shared email address?").answer).toBe('shared-email');
    expect(japanese.match('共有アドレスは登録できないの？').answer).toBe('shared-email');
  });

  it('offers a choice, not the rule, to a visitor who asks how many or until when, unless the article asks it too', () => {
    for (const question of ['How many login IDs can one email address be registered to?', 'how many people can use one shared address', 'when does pre-registration close']) {
      const result = matcher.match(question);
      // Confident on the words alone: the FAQ's yes-or-no rule would be given as the answer to "how many".
      expect(result.confidence, question).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
      expect(result.outcome, question).toBe('choice');
      expect(result.choices[0], question).toBe(result.results[0]?.id);
    }
    // Asked whether, the rule is the answer.
    expect(matcher.match('Can I register the same email address for several login IDs?').answer).toBe('multiple-login-ids');
    // An article that asks how many itself, in its title or its questions, gives the number: it answers.
    const limits = createMatcher([
      { id: 'id-limit', title: 'Is there a limit to login IDs?', questions: ['How many login IDs can one person have?'], tags: [], text: 'Up to five login IDs per person.', related: [] },
      { id: 'shared', title: 'Can several people share one login ID?', questions: [], tags: [], text: 'Yes, with care.', related: [] },
    ]);
    expect(limits.match('how many login IDs can one person have').answer).toBe('id-limit');
  });

  it('reads "4 times" and "each time" as a count, not as the opening hours (found by a visitor\'s try)', () => {
    for (const question of ['I have 4 IDs, do I need to register 4 times?', 'must I pre-register each time for every ID?', 'do I register two times for ships and pass?']) {
      expect(matcher.match(question).answer, question).toBe('multiple-login-ids');
    }
    expect(matcher.match('my boss have 3 id, he must register 3 time?').answer).not.toBe('registration-hours');
    expect(matcher.match('what time can I register?').answer).toBe('registration-hours');
  });

  it('offers a choice to a visitor asking how to change something no article speaks of changing', () => {
    for (const question of ['how do I change the email address I already registered', 'how to delete a login id after pre-registration']) {
      const result = matcher.match(question);
      expect(result.confidence, question).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
      expect(result.outcome, question).toBe('choice');
    }
    // An article that uses the verb, or a synonym of it, says how: it answers.
    const passwords = createMatcher([
      { id: 'forgotten', title: 'Forgotten password', questions: [], tags: [], text: 'Use the link on the log-in page to set a new one.', related: [] },
      { id: 'erase', title: 'Closing an account', questions: [], tags: [], text: 'Erase your account from the settings page.', related: [] },
    ], { synonyms: [['delete', 'erase']] });
    expect(passwords.match('how do I delete my account').answer).toBe('erase');
    // The verb read by its term, however the question first wrote it (found by a review).
    const addresses = createMatcher([
      { id: 'change-address', title: 'Changing your registered e-mail address', questions: [], tags: [], text: 'Open your profile and enter the new address.', related: [] },
      { id: 'register', title: 'Registering an e-mail address', questions: [], tags: [], text: 'Register on the pre-registration site.', related: [] },
    ]);
    for (const question of ['I changed jobs, how do I change my registered e-mail address?', 'how do I edit my registered e-mail address']) {
      expect(addresses.match(question).answer, question).toBe('change-address');
    }
  });

  it('offers no answer to what the FAQ never says: who sees the usage history, what happens if one does not register, a forgotten ID', () => {
    for (const question of [
      'Who can see the usage history of our accounts?',
      'where can i see the usage history of our account',
      "What happens if I don't register my email address during the pre-registration period?",
      'forgot my current NK-SHIPS login ID',
    ]) {
      expect(matcher.match(question).answer, question).toBeNull();
    }
    // Tracked, which the article says, is still answered.
    expect(matcher.match('Will my usage history be tracked?').answer).toBe('personal-email-security');
  });

  it('offers a choice to a Japanese visitor who asks where or for a link, which no Japanese article says', async () => {
    const japanese = createPackMatcher(await loadJapaneseLoginFaqPack());
    for (const question of ['利用履歴はどこで確認できますか', 'メールアドレス事前登録サイトのアドレス(URL)はどこ？']) {
      const result = japanese.match(question);
      expect(result.confidence, question).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
      expect(result.outcome, question).toBe('choice');
    }
    expect(japanese.match('ログインIDが何個もある場合、事前登録はIDごとに必要ですか').answer).toBe('multiple-login-ids');
  });

  for (const [id, questions] of Object.entries(PARAPHRASES)) {
    it.each(questions)(`answers "%s" with ${id}`, (question) => {
      const result = matcher.match(question);
      expect(result.answer).toBe(id);
      expect(result.results[0]?.id).toBe(id);
    });
  }

  it.each([
    "what's the weather in Tokyo today?",
    'how do I reset my password',
    'how much does a ship classification survey cost',
    'asdfghjkl',
    'hello',
    'email',
  ])('gives no answer to "%s", which the FAQ does not answer', (question) => {
    expect(matcher.match(question).answer).toBeNull();
  });

  it('offers the closest articles when it has no answer', () => {
    const result = matcher.match('how do I reset my password');
    expect(result.answer).toBeNull();
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related).toEqual(result.results.slice(0, result.related.length).map((r) => r.id));
  });

  it('ranks results by descending score and answers only with confidence at the answer threshold', () => {
    const result = matcher.match('group address allowed');
    const scores = result.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.outcome).toBe('answer');
    expect(result.confidence).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.answerThreshold);
    expect(matcher.match('tell me a joke')).toMatchObject({ outcome: 'none', confidence: 0 });
  });

  it('asks "did you mean" for a word every article shares, offering three different articles', () => {
    const result = matcher.match('email');
    expect(result.outcome).toBe('choice');
    expect(result.confidence).toBeLessThan(DEFAULT_MATCH_OPTIONS.answerThreshold);
    expect(new Set(result.choices).size).toBe(3);
  });

  it('keeps its quality on the whole paraphrase set', async () => {
    const queries = await loadLoginFaqQueries();
    const answerable = queries.filter((q) => q.expected.length > 0);
    const unanswerable = queries.filter((q) => q.expected.length === 0);
    const correct = answerable.filter((q) => q.expected.includes(matcher.match(q.query).answer ?? '')).length;
    const declined = unanswerable.filter((q) => matcher.match(q.query).answer === null).length;
    // The targets of issue 4 (measured 0.95 and 1.00 when this test was written): a drop is a regression.
    expect(correct / answerable.length).toBeGreaterThanOrEqual(0.95);
    expect(declined / unanswerable.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('related articles', () => {
  it("lists the answer's own related articles first, in the editor's order", () => {
    const own = pack.articles.find((a) => a.id === 'shared-email')?.related ?? [];
    expect(matcher.match('can several people share one login?').related.slice(0, own.length)).toEqual(own);
  });

  it('fills up with the most similar articles and never lists the answer itself', () => {
    const articles = [
      { id: 'a', title: 'Reset a password', questions: [], tags: [], text: 'Reset your password.', related: [] },
      { id: 'b', title: 'Reset a forgotten password', questions: [], tags: [], text: 'Reset your password if you forgot it.', related: [] },
      { id: 'c', title: 'Opening hours', questions: [], tags: [], text: 'We are open every day.', related: [] },
      { id: 'd', title: 'Log-in page', questions: [], tags: [], text: 'The log-in page asks for a password.', related: ['c'] },
    ];
    const small = createMatcher(articles, { options: { maxRelated: 2 } });
    expect(small.relatedTo('a')).toEqual(['b', 'd']);
    expect(small.relatedTo('d')[0]).toBe('c');
    expect(small.relatedTo('d')).not.toContain('d');
  });
});
