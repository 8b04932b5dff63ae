import { describe, expect, it } from 'vitest';
import { createCorpusMatcher, createMatcher, decodeFieldTerms, encodeFieldTerms, prepareCorpus } from '../../../widget/search';

describe('search corpus', () => {
  it('holds each field as index terms: stop words dropped, words stemmed, compounds in both forms', () => {
    const [document] = prepareCorpus([
      { id: 'a', title: 'How do I share a log-in?', questions: ['Shared mailboxes'], tags: ['team'], text: 'Yes.', related: ['b'] },
    ]).documents;
    expect(document).toEqual({
      id: 'a',
      phrasings: ['How do I share a log-in?', 'Shared mailboxes'],
      related: ['b'],
      fields: [['share', 'log', 'login'], ['share', 'mailbox'], ['team'], []],
    });
  });

  it('keeps the written forms, for typo correction', () => {
    const { vocabulary } = prepareCorpus([
      { id: 'a', title: 'Registering addresses', questions: [], tags: [], text: '', related: [] },
    ]);
    expect(vocabulary).toEqual(['registering', 'addresses']);
  });

  it('survives the trip through the content pack string', () => {
    const fields = [['share', 'login'], [], ['team'], ['ye', 'email']];
    expect(decodeFieldTerms(encodeFieldTerms(fields))).toEqual(fields);
    expect(decodeFieldTerms('')).toEqual([[], [], [], []]);
  });

  it('gives the same answers from an encoded corpus as from the articles', () => {
    const articles = [
      { id: 'group', title: 'Can I register a group email address?', questions: ['Can my team share a mailbox?'], tags: ['group'], text: 'Yes, a group address is allowed.', related: [] },
      { id: 'hours', title: 'When can I register?', questions: ['Is registration open at night?'], tags: ['hours'], text: 'Registration is open 24 hours a day.', related: ['group'] },
    ];
    const corpus = prepareCorpus(articles);
    const shipped = {
      documents: corpus.documents.map((d) => ({ ...d, fields: decodeFieldTerms(encodeFieldTerms(d.fields)) })),
      vocabulary: corpus.vocabulary,
    };
    const direct = createMatcher(articles);
    const fromPack = createCorpusMatcher(shipped);
    for (const question of ['can i regiser a grup email adress', 'registration hours', 'tell me a joke']) {
      expect(fromPack.match(question)).toEqual(direct.match(question));
    }
  });
});
