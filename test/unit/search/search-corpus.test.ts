import { describe, expect, it } from 'vitest';
import { packArticles } from '../../../build/content/pack-articles';
import { ENGLISH_SYNONYMS } from '../../../widget/search/english-synonyms';
import type { PackArticle } from '../../../widget/content-pack';
import { buildSearchIndex, createIndexMatcher, createMatcher, packSearchIndex, prepareCorpus, restoreSearchIndex } from '../../../widget/search';
import { POSTING_STRIDE } from '../../../widget/search/search-index';

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

  it('survives the trip through the content pack as the index it was built as', () => {
    const corpus = prepareCorpus([
      { id: 'a', title: 'Share a log-in', questions: ['Team mailbox'], tags: ['team'], text: 'Share it. Share it again.', related: [] },
      { id: 'b', title: 'Opening hours', questions: [], tags: [], text: 'Open every day to share.', related: ['a'] },
      { id: 'c', title: 'Log-in page', questions: [], tags: [], text: '', related: [] },
      { id: 'd', title: 'Share', questions: [], tags: [], text: '', related: [] },
    ]);
    const built = buildSearchIndex(corpus.documents);
    const shipped = JSON.parse(JSON.stringify(packSearchIndex(built))) as ReturnType<typeof packSearchIndex>;
    const restored = restoreSearchIndex(corpus.documents, shipped);
    expect(restored.postings).toEqual(built.postings);
    expect([...restored.fieldLengths]).toEqual([...built.fieldLengths]);
    expect(restored.averageFieldLengths).toEqual(built.averageFieldLengths);
    // Article positions travel as gaps: "share" is in a, b and d (0, 1, 3: gaps 0, 1, 2).
    expect(shipped.postings[shipped.terms.split(' ').indexOf('share')]?.filter((_, i) => i % POSTING_STRIDE === 0)).toEqual([0, 1, 2]);
    expect(built.postings.get('share')?.filter((_, i) => i % POSTING_STRIDE === 0)).toEqual([0, 1, 3]);
    // Restoring leaves the pack as it was, so one pack can serve several matchers.
    expect(restoreSearchIndex(corpus.documents, shipped).postings).toEqual(built.postings);
  });

  it('gives the same answers from a shipped index as from the articles', () => {
    const articles = [
      { id: 'group', title: 'Can I register a group email address?', questions: ['Can my team share a mailbox?'], tags: ['group'], text: 'Yes, a group address is allowed.', related: [] },
      { id: 'hours', title: 'When can I register?', questions: ['Is registration open at night?'], tags: ['hours'], text: 'Registration is open 24 hours a day.', related: ['group'] },
    ];
    // Through the content build's own packing, whose `related` lists are final, and a trip through JSON.
    const packed = JSON.parse(JSON.stringify(packArticles(articles.map((a) => ({ ...a, html: `<p>${a.text}</p>`, cta: false, pages: [] })))));
    const documents = packed.articles.map((a: PackArticle) => ({ id: a.id, phrasings: [a.title, ...a.questions], related: a.related }));
    const direct = createMatcher(articles);
    // An English pack carries the built-in synonym groups (compile-pack.ts); this one is made by hand.
    const fromPack = createIndexMatcher(restoreSearchIndex(documents, packed.index), packed.vocabulary.split(' '), { synonyms: ENGLISH_SYNONYMS });
    for (const question of ['can i regiser a grup email adress', 'registration hours', 'tell me a joke']) {
      expect(fromPack.match(question)).toEqual(direct.match(question));
    }
    expect(fromPack.relatedTo('hours')).toEqual(direct.relatedTo('hours'));
  });
});
