import { describe, expect, it, vi } from 'vitest';
import { readSynonyms } from '../../../build/content/synonyms-file';
import { createMatcher, type MatchArticle } from '../../../widget/search';
import { analyze } from '../../../widget/search/analyze';
import { cjkBigrams } from '../../../widget/search/cjk-analysis';
import { foldKana, isJapaneseStopword, japaneseTerms, japaneseWordTerm, segmentJapanese } from '../../../widget/search/japanese';
import { buildSynonymMap, synonymTerm, synonymTermGroups, withReadingsSpelt } from '../../../widget/search/synonyms';
import { tokenize } from '../../../widget/search/tokenize';

const words = (text: string) => analyze(text).filter((term) => !term.endsWith('~'));

describe('Japanese normalisation', () => {
  it('folds katakana into hiragana, long-vowel mark kept', () => {
    expect(foldKana('メールアドレス')).toBe('めーるあどれす');
    expect(foldKana('めーる')).toBe('めーる');
    expect(foldKana('NK登録')).toBe('NK登録');
  });

  it('drops the okurigana of kanji words only (and folds katakana)', () => {
    expect(japaneseWordTerm('申し込み')).toBe('申込');
    expect(japaneseWordTerm('申込み')).toBe('申込');
    expect(japaneseWordTerm('申込')).toBe('申込');
    expect(japaneseWordTerm('いつでも')).toBe('いつでも');
    expect(japaneseWordTerm('メール')).toBe('めーる');
  });

  it('reads full-width and half-width forms as the ordinary ones', () => {
    expect(analyze('ＮＫ－ＳＨＩＰＳ')).toEqual(analyze('NK-SHIPS'));
    expect(analyze('ﾒｰﾙｱﾄﾞﾚｽ')).toEqual(analyze('メールアドレス'));
    // Typed in hiragana and not converted, the word is letters to the segmenter: its bigrams still meet.
    expect(analyze('めーるあどれす').length).toBeGreaterThan(0);
    expect(analyze('メールアドレス')).toEqual(expect.arrayContaining(analyze('めーるあどれす')));
  });

  it('treats the spellings of one verb as one word', () => {
    expect(words('申し込み')).toEqual(words('申込み'));
    expect(words('申込み')).toEqual(words('申込'));
  });
});

describe('Japanese segmentation', () => {
  it('splits a sentence into words with Intl.Segmenter', () => {
    expect(segmentJapanese('共有メールアドレスを登録できますか')).toEqual(['共有', 'メールアドレス', 'を', '登録', 'でき', 'ます', 'か']);
  });

  it('keeps a run whole where the runtime has no Intl.Segmenter (older browsers)', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      const { segmentJapanese: withoutSegmenter } = await import('../../../widget/search/japanese');
      expect(withoutSegmenter('共有メールアドレスを登録できますか')).toEqual(['共有メールアドレスを登録できますか']);
      expect(withoutSegmenter('登録')).toEqual(['登録']);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('drops particles and polite endings but keeps the words that say what is asked', () => {
    for (const particle of ['の', 'を', 'は', 'か', 'です', 'ます', 'ください', 'でしょう']) expect(isJapaneseStopword(particle)).toBe(true);
    for (const word of ['登録', 'メール', 'いつでも', 'パスワード']) expect(isJapaneseStopword(word)).toBe(false);
    expect(words('共有メールアドレスを登録できますか')).toEqual(['共有', 'めーるあどれす', '登録']);
  });

  it('drops every stop word of the list, written in japanese.ts one ASCII character a kana, and only hiragana words of three or more letters by it', () => {
    // The list as read, for whoever changes it (each kana there is this one minus 0x3020).
    const list =
      'ござい ござる ください くださ でしょう ですか ますか ません でした しまう できる られる ところ ですが しょう ありま したら ' +
      'について ほしい やけど だけど けれど くれる もらえる もらう いただく として なので しない みたい これから ばかり もっと すると ' +
      'という ながら まずは かなり こちら ことに ところが によって にあたって';
    for (const word of list.split(' ')) expect(isJapaneseStopword(word), word).toBe(true);
    // One letter changed, the word no longer listed: the list is read exactly, not by shape.
    for (const word of list.split(' ')) expect(isJapaneseStopword(word.slice(0, -1) + 'ぬ'), word).toBe(false);
    for (const word of ['どれだけ', 'おすすめ', 'いつでも', 'ところで']) expect(isJapaneseStopword(word), word).toBe(false);
  });

  it('drops the longer function words of casual questions too, but not those that say what is asked for', () => {
    // "…ですが", "…したら", "…について" carry no topic; each counted as a word the FAQ lacks, lowering the confidence.
    for (const word of ['ですが', 'したら', 'について', 'みたい', 'だけど', 'もらえる', 'なので']) expect(isJapaneseStopword(word), word).toBe(true);
    // くらい (about how much) and question words stay: they say what kind of answer is wanted.
    for (const word of ['くらい', 'いくら', 'どんな', 'どっち', 'おすすめ', 'みんな']) expect(isJapaneseStopword(word), word).toBe(false);
    expect(words('NK-SHIPSを申し込んだんですが、事前登録について教えて')).not.toEqual(expect.arrayContaining(['ですが']));
  });

  it('adds marked bigrams of the meaningful words, hiragana-only words left out', () => {
    expect(japaneseTerms('共有メールを登録', cjkBigrams)).toEqual(['共有', 'めーる', '登録', '共有~', '有め~', 'めー~', 'ーる~', 'る登~', '登録~']);
  });

  it('reads a hiragana run of particles and endings as one word, and one with a word in it or cut into letters by its bigrams', () => {
    // いつ|まで is grammar alone: one word, without the bigram (まで~) it shares with これ|まで|の|よう|に.
    expect(japaneseTerms('いつまで', cjkBigrams)).toEqual(['いつまで']);
    expect(japaneseTerms('これまでのように', cjkBigrams)).toEqual(expect.arrayContaining(['これまで', 'まで~']));
    // An ending typed apart from its words is no term: no article has it, and it would only lower the confidence.
    expect(japaneseTerms('ください', cjkBigrams)).toEqual([]);
    // め|ー|る|あ|どれ|す is an unconverted メールアドレス, あか|うんと an unconverted アカウント read as other
    // words: their bigrams are what finds the word.
    expect(japaneseTerms('めーるあどれす', cjkBigrams)).toContain('めー~');
    expect(japaneseTerms('あかうんと', cjkBigrams)).toEqual(expect.arrayContaining(['あか~', 'かう~', 'うん~', 'んと~']));
  });

  it('does not answer a spaced "until when" from the grammar of an article that says これまで', () => {
    const matcher = createMatcher([
      { id: 'security', title: 'メールアドレスの登録で安全になりますか', questions: [], tags: [], text: 'これまでのようにIDを共有する必要がなくなります。', related: [] },
      { id: 'hours', title: 'メールアドレスの登録は24時間できますか', questions: [], tags: [], text: '時間の制限はありません。', related: [] },
    ]);
    const { outcome, results } = matcher.match('メールアドレス 登録 いつまで');
    const score = (id: string) => results.find((r) => r.id === id)?.score ?? 0;
    expect(score('security')).toBeLessThanOrEqual(score('hours'));
    expect(outcome).not.toBe('answer');
  });

  it('keeps the Latin words of a mixed question', () => {
    expect(tokenize('NK-SHIPSの申込み')).toEqual(['nk', 'ships', 'nkships', '申込', '申込~']);
  });

  it('matches a compound the segmenter splits one way in the article and another in the question', () => {
    const matcher = createMatcher([
      { id: 'group', title: 'グループアドレスは登録できますか', questions: [], tags: [], text: '共有のメールアドレスも登録できます。', related: [] },
      { id: 'hours', title: '登録は24時間できますか', questions: [], tags: [], text: '時間の制限はありません。', related: [] },
    ]);
    expect(matcher.match('ｸﾞﾙｰﾌﾟのｱﾄﾞﾚｽ').results[0]?.id).toBe('group');
    expect(matcher.match('じかんの制限').results[0]?.id).toBe('hours');
  });
});

describe('Japanese synonyms', () => {
  it('fold an entry the way a question word is folded', () => {
    expect(synonymTerm('申し込み')).toBe('申込');
    expect(synonymTerm('メール')).toBe('めーる');
    expect(synonymTerm('ﾒｰﾙ')).toBe('めーる');
  });

  it('lets a Japanese synonym find an article that uses the other word', () => {
    const articles = [
      { id: 'apply', title: '申請について', questions: [], tags: [], text: 'サービスの申請は現在のサイトで行います。', related: [] },
      { id: 'other', title: 'パスワードについて', questions: [], tags: [], text: 'パスワードは安全に管理してください。', related: [] },
    ];
    expect(createMatcher(articles).match('申し込み').results).toEqual([]);
    expect(createMatcher(articles, { synonyms: [['申請', '申し込み']] }).match('申し込み').results[0]?.id).toBe('apply');
  });

  it('reads a time of day (3時, ２３時半, 午前3時15分) as 時間, as the English "3am" is read as "time"', () => {
    const articles = [
      { id: 'hours', title: '登録できる時間', questions: [], tags: [], text: '24時間いつでも登録できます。', related: [] },
      { id: 'other', title: 'パスワードについて', questions: [], tags: [], text: 'パスワードは安全に管理してください。', related: [] },
    ];
    for (const question of ['夜中の3時に登録できますか', '２３時半でも登録できますか', '午前3時15分に登録']) {
      expect(createMatcher(articles).match(question).results[0]?.id, question).toBe('hours');
    }
    // A number that is not a time stays a number: nothing here finds the article about hours.
    expect(createMatcher(articles).match('3人です').results).toEqual([]);
    expect(createMatcher(articles).match('3時です').results[0]?.id).toBe('hours');
    // Three digits are no time of day: not "1時間" from "123時".
    expect(createMatcher(articles).match('123時です').results).toEqual([]);
  });

  it('refuse, with the fix, an entry the matcher would see as two words', () => {
    const { errors } = readSynonyms('content/ja/index.md', [['事前登録', '登録']], 20, [21]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('事前 | 登録');
    expect(errors[0]?.hint).toMatch(/group of its own/);
    expect(readSynonyms('content/ja/index.md', [['登録', '申込み']], 20, [21]).errors).toEqual([]);
  });

  it('take a reading beside its kanji word, and refuse one with no kanji word to stand for', () => {
    // The segmenter cuts じぜんとうろく into letters; as a reading it is no word to the matcher, and may be listed.
    expect(readSynonyms('content/ja/index.md', [['事前', 'じぜん'], ['登録', 'とうろく'], ['メール', 'メアド']], 20, [21, 22, 23]).errors).toEqual([]);
    const { errors } = readSynonyms('content/ja/index.md', [['とうろく', 'もうしこみ']], 20, [21]);
    expect(errors).toEqual([expect.objectContaining({ line: 21, message: expect.stringContaining('"とうろく" is a reading') })]);
    expect(errors[0]?.hint).toContain('[登録, とうろく]');
  });
});

describe('readings listed as synonyms', () => {
  const articles: MatchArticle[] = [
    { id: 'hours', title: '事前登録の受付時間', questions: [], tags: [], text: '事前登録期間中はいつでも登録できます。', related: [] },
    { id: 'apply', title: 'サービスの申込み', questions: [], tags: [], text: 'サービスの申込みは現在のサイトで行います。', related: [] },
  ];
  const synonyms = [['事前', 'じぜん'], ['登録', 'とうろく'], ['申込', 'もうしこみ']];

  it('let a question typed in hiragana meet the kanji of the articles', () => {
    expect(createMatcher(articles).match('じぜんとうろく いつ').results).toEqual([]);
    const matcher = createMatcher(articles, { synonyms });
    expect(matcher.match('じぜんとうろく いつ').results[0]?.id).toBe('hours');
    expect(matcher.match('もうしこみ したい').results[0]?.id).toBe('apply');
  });

  it('are spelt longest first, each as the first kanji word of its group, and leave other text alone', () => {
    const map = buildSynonymMap(synonymTermGroups([['登録', 'とうろく'], ['事前登録', 'じぜんとうろく'], ['メール', 'メールアドレス']]));
    expect(withReadingsSpelt('じぜんとうろくのとうろく', map)).toBe('事前登録の登録');
    // Katakana in the question is left as typed; a katakana entry typed in hiragana, in a group with no kanji
    // word, is written back in katakana.
    expect(withReadingsSpelt('トウロク', map)).toBe('トウロク');
    expect(withReadingsSpelt('どのめーるあどれすをつかう', map)).toBe('どのメールアドレスをつかう');
    // Three letters make a reading, two do not (they would be found inside too many words).
    const short = buildSynonymMap(synonymTermGroups([['事前', 'じぜん'], ['登録', 'とうろく'], ['名', 'な', 'なま']]));
    expect(withReadingsSpelt('じぜんとうろく なまえ', short)).toBe('事前登録 なまえ');
  });

  it('let a katakana word typed in hiragana in the middle of a sentence meet the articles (a stranger\'s finding)', () => {
    const mail: MatchArticle[] = [
      { id: 'which', title: 'どのメールアドレスを使えばよいですか', questions: [], tags: [], text: '個人のメールアドレスをご用意ください。', related: [] },
      { id: 'hours', title: '受付時間', questions: [], tags: [], text: 'いつでも登録できます。', related: [] },
      { id: 'shared', title: '共有アドレスは使えますか', questions: [], tags: [], text: '共有のアドレスは登録できません。', related: [] },
    ];
    const question = 'どのめーるあどれすをつかえばいい';
    // Cut into letters, the word meets the article through a few bigrams only: "did you mean".
    expect(createMatcher(mail).match(question)).toMatchObject({ outcome: 'choice', results: [{ id: 'which' }, { id: 'shared' }] });
    const listed = createMatcher(mail, { synonyms: [['メールアドレス', 'メアド']] }).match(question);
    expect(listed).toMatchObject({ outcome: 'answer', answer: 'which' });
  });
});
