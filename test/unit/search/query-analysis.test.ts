import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS } from '../../../widget/search/defaults';
import { analyzeQuery } from '../../../widget/search/query';
import { prepareCorpus, type MatchArticle } from '../../../widget/search/search-corpus';
import { buildSearchIndex } from '../../../widget/search/search-index';
import { buildSynonymMap, synonymTermGroups } from '../../../widget/search/synonyms';
import type { TypoCorrection, TypoCorrector } from '../../../widget/search/typo';
import { cjkBigrams, isCjkToken, tokenize } from '../../../widget/search/tokenize';

const articles: MatchArticle[] = [
  { id: 'upload', title: 'Picture upload', questions: [], tags: [], text: 'Upload a picture or an image from your phone.', related: [] },
  { id: 'formats', title: 'Image formats', questions: [], tags: [], text: 'Accepted formats.', related: [] },
  { id: 'signup', title: 'Signup steps', questions: [], tags: [], text: 'Signup for an account.', related: [] },
  { id: 'disable', title: 'Disable alerts', questions: [], tags: [], text: 'Disable them in settings.', related: [] },
];
const index = buildSearchIndex(prepareCorpus(articles).documents);
const synonyms = buildSynonymMap(
  synonymTermGroups([
    ['picture', 'photo', 'image'],
    ['stop', 'disable', 'turn-off'],
  ]),
);
const ARTICLES = articles.length;

/** BM25's IDF for a term in `frequency` of the four articles, written out. */
const idf = (frequency: number): number => Math.log(1 + (ARTICLES - frequency + 0.5) / (frequency + 0.5));

/** A corrector that knows a fixed list of misspellings and records what it was asked. */
function correctorOf(known: Record<string, TypoCorrection>): TypoCorrector & { asked: string[] } {
  const asked: string[] = [];
  const correct = (surface: string): TypoCorrection => {
    asked.push(surface);
    return known[surface] ?? null;
  };
  return Object.assign(correct, { asked });
}

const analyse = (question: string, correct: TypoCorrector = correctorOf({})) =>
  analyzeQuery(question, index, synonyms, correct, DEFAULT_MATCH_OPTIONS);

describe('query concepts', () => {
  it('gives a word the articles use its own term alone, weighted by its IDF', () => {
    expect(analyse('upload')).toEqual([{ surface: 'upload', alternatives: [{ term: 'upload', weight: 1 }], importance: idf(1) }]);
  });

  it('adds synonyms at synonymWeight, and keeps the word’s own IDF even when a synonym is rarer', () => {
    // "image" is in two articles, "picture" in one: "image" keeps the lower IDF of its own.
    expect(analyse('image')).toEqual([
      {
        surface: 'image',
        alternatives: [
          { term: 'imag', weight: 1 },
          { term: 'pictur', weight: 0.7 },
          { term: 'photo', weight: 0.7 },
        ],
        importance: idf(2),
      },
    ]);
  });

  it('gives a word no article uses the best weighted IDF of its known synonyms, without asking for a correction', () => {
    const correct = correctorOf({ photo: { term: 'phone' } });
    expect(analyse('photo', correct)).toEqual([
      {
        surface: 'photo',
        alternatives: [
          { term: 'photo', weight: 1 },
          { term: 'pictur', weight: 0.7 },
          { term: 'imag', weight: 0.7 },
        ],
        importance: 0.7 * idf(1),
      },
    ]);
    expect(correct.asked).toEqual([]);
  });

  it('weighs a corrected word at correctedWeight, its synonyms at both weights, by the best known form', () => {
    const correct = correctorOf({ uplod: { term: 'upload' }, pictre: { term: 'pictur' } });
    expect(analyse('uplod pictre', correct)).toEqual([
      { surface: 'uplod', alternatives: [{ term: 'upload', weight: 0.8 }], importance: 0.8 * idf(1) },
      {
        surface: 'pictre',
        alternatives: [
          { term: 'pictur', weight: 0.8 },
          { term: 'photo', weight: 0.8 * 0.7 },
          { term: 'imag', weight: 0.8 * 0.7 },
        ],
        importance: 0.8 * idf(1),
      },
    ]);
    expect(correct.asked).toEqual(['uplod', 'pictre']);
  });

  it('keeps a word nothing matches, at unknownWordWeight of the IDF of a word in no article', () => {
    expect(analyse('weather')).toEqual([{ surface: 'weather', alternatives: [{ term: 'weather', weight: 1 }], importance: 0.45 * idf(0) }]);
    expect(idf(0)).toBeCloseTo(Math.log(10), 12);
  });

  it('drops a word whose correction is a stop word', () => {
    const correct = correctorOf({ wich: { stopword: true } });
    expect(analyse('wich upload', correct)).toEqual(analyse('upload'));
    expect(correct.asked).toEqual(['wich']);
  });

  it('counts a word once, however often or in whatever form it is written', () => {
    expect(analyse('upload uploads Upload').map((concept) => concept.surface)).toEqual(['upload']);
  });
});

describe('written forms of the query words', () => {
  it('joins two words when the articles use the joined form ("sign up" to "signup")', () => {
    expect(analyse('sign up now')).toEqual([{ surface: 'signup', alternatives: [{ term: 'signup', weight: 1 }], importance: idf(1) }]);
  });

  it('joins two words when only the synonyms know the joined form ("turn off")', () => {
    const concepts = analyse('turn off alerts');
    expect(concepts.map((concept) => concept.surface)).toEqual(['turnoff', 'alerts']);
    expect(concepts[0]?.alternatives).toEqual([
      { term: 'turnoff', weight: 1 },
      { term: 'stop', weight: 0.7 },
      { term: 'disabl', weight: 0.7 },
    ]);
  });

  it('leaves two words apart when nothing knows them joined', () => {
    expect(analyse('phone upload').map((concept) => concept.surface)).toEqual(['phone', 'upload']);
    expect(analyse('upload sign').map((concept) => concept.surface)).toEqual(['upload', 'sign']);
  });

  it('reads an e-mail address, whole or begun, as "email" and the name of its domain', () => {
    const surfaces = (question: string) => analyse(question).map((concept) => concept.surface);
    expect(surfaces('upload from tech.team@photo-lab.example.com')).toEqual(['upload', 'email', 'photo', 'lab']);
    expect(surfaces('ops@ upload')).toEqual(['email', 'upload']);
    // Only the address: text without spaces around it (as Japanese is written) stays the question's.
    expect(surfaces('upload（info@～）image')).toEqual(['upload', 'email', 'image']);
    // Not an address: an "@" with no name before it, or a word that only holds a dot.
    expect(surfaces('upload @home')).toEqual(['upload', 'home']);
    expect(surfaces('image.upload')).toEqual(['image', 'upload']);
  });

  it('reads a time of day written as a clock reads it as "time"; other numbers stay as they are', () => {
    const surfaces = (question: string) => analyse(question).map((concept) => concept.surface);
    for (const question of ['upload at 3am', 'upload at 11 pm', 'upload at 3 a.m.', 'upload 24H', 'upload at 23:00', 'upload at 9:30', 'upload 2 hrs']) {
      expect(surfaces(question), question).toEqual(['upload', 'time']);
    }
    expect(surfaces('upload 3 images')).toEqual(['upload', '3', 'images']);
    expect(surfaces('upload 16:9 image')).toEqual(['upload', '16', '9', 'image']);
    expect(surfaces('i am uploading 2 photos')).not.toContain('time');
  });

  it('keeps a hyphenated word whole when its joined form is known, and splits it when not', () => {
    expect(analyse('sign-up').map((concept) => concept.surface)).toEqual(['signup']);
    expect(analyse('phone-picture').map((concept) => concept.surface)).toEqual(['phone', 'picture']);
  });
});

describe('written forms of words', () => {
  it('keeps hyphenated compounds whole, with letters or digits after each hyphen', () => {
    expect(tokenize('log-in now')).toEqual(['log', 'in', 'login', 'now']);
    expect(tokenize('e-mail')).toEqual(['e', 'mail', 'email']);
    expect(tokenize('covid-19 rules')).toEqual(['covid', '19', 'covid19', 'rules']);
    expect(tokenize('well - known')).toEqual(['well', 'known']);
  });

  it("drops a final 's and the apostrophes inside a word", () => {
    expect(tokenize("the user's don't o'sullivan")).toEqual(['the', 'user', 'dont', 'osullivan']);
  });
});

describe('Japanese and Chinese', () => {
  it('makes overlapping bigrams of a run, and a two-character run is one bigram', () => {
    expect(cjkBigrams('ログイン')).toEqual(['ログ', 'グイ', 'イン']);
    expect(cjkBigrams('ログ')).toEqual(['ログ']);
  });

  it('makes no token of a run of prolonged-sound marks alone', () => {
    expect(tokenize('ーー')).toEqual([]);
    expect(tokenize('a ー b')).toEqual(['a', 'b']);
  });

  it('tells CJK tokens from Latin ones', () => {
    expect(isCjkToken('ログ')).toBe(true);
    expect(isCjkToken('login')).toBe(false);
  });
});
