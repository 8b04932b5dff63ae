import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from '../../../widget/search/defaults';
import { createRelatedLookup } from '../../../widget/search/related';
import { FIELDS, type AnalysedDocument } from '../../../widget/search/search-corpus';
import { buildSearchIndex } from '../../../widget/search/search-index';

/**
 * The reference the lookup is checked against: BM25F term weights and their cosine written out the plain way,
 * from the articles' fields rather than from the index, one dense vector per article.
 */
function referenceVectors(documents: readonly AnalysedDocument[], options: MatchOptions): Map<string, number>[] {
  const count = documents.length;
  const average = FIELDS.map((_, field) =>
    Math.max(documents.reduce((sum, document) => sum + (document.fields[field]?.length ?? 0), 0) / Math.max(count, 1), 1),
  );
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document.fields.flat())) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return documents.map((document) => {
    const vector = new Map<string, number>();
    for (const term of new Set(document.fields.flat())) {
      let pooled = 0;
      FIELDS.forEach((name, field) => {
        const terms = document.fields[field] ?? [];
        const occurrences = terms.filter((t) => t === term).length;
        if (occurrences === 0) return;
        const b = options.fieldB[name];
        pooled += (options.fieldWeights[name] * occurrences) / (1 - b + (b * terms.length) / (average[field] ?? 1));
      });
      const df = documentFrequency.get(term) ?? 0;
      vector.set(term, Math.log(1 + (count - df + 0.5) / (df + 0.5)) * pooled);
    }
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): { dot: number; similarity: number } {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return { dot, similarity: dot / (norm(a) * norm(b)) };
}

/** Every other article sharing a term with `doc`, most similar first (ties in article order), with the scores. */
function referenceRanking(
  documents: readonly AnalysedDocument[],
  doc: number,
  options: MatchOptions,
  vectors = referenceVectors(documents, options),
): { id: string; similarity: number }[] {
  const own = vectors[doc] ?? new Map<string, number>();
  return documents
    .map((document, other) => ({ id: document.id, other, ...cosine(own, vectors[other] ?? new Map<string, number>()) }))
    .filter(({ other, dot }) => other !== doc && dot > 0)
    .sort((x, y) => y.similarity - x.similarity || x.other - y.other)
    .map(({ id, similarity }) => ({ id, similarity }));
}

/** A small deterministic generator, so each "random" corpus is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = ['login', 'email', 'password', 'group', 'regist', 'hour', 'servic', 'applic', 'address', 'share', 'phone', 'cancel'];

/** Articles whose fields draw on a small vocabulary, common terms more often, with uneven field lengths. */
function randomCorpus(seed: number, size: number): AnalysedDocument[] {
  const random = seeded(seed);
  const pick = () => TERMS[Math.floor(TERMS.length * random() * random())] ?? 'login';
  const field = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, pick);
  return Array.from({ length: size }, (_, doc) => ({
    id: `a${doc}`,
    phrasings: [],
    related: [],
    fields: [field(3), field(5), field(2), field(12)],
  }));
}

function article(id: string, fields: string[][], related: string[] = []): AnalysedDocument {
  return { id, phrasings: [], related, fields };
}

const everything: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, maxRelated: 100 };

describe('related articles by content similarity', () => {
  it.each([1, 2, 3, 4, 5, 6])('orders every article that shares a term by the cosine of BM25F weights (corpus %i)', (seed) => {
    const documents = randomCorpus(seed, 24);
    const related = createRelatedLookup(buildSearchIndex(documents), everything);
    const vectors = referenceVectors(documents, everything);
    for (let doc = 0; doc < documents.length; doc++) {
      const expected = referenceRanking(documents, doc, everything, vectors);
      // Two similarities this close could swap on rounding alone; the corpora are chosen so none are.
      for (let i = 1; i < expected.length; i++) {
        const gap = (expected[i - 1]?.similarity ?? 0) - (expected[i]?.similarity ?? 0);
        expect(gap === 0 || gap > 1e-9).toBe(true);
      }
      expect(related(doc)).toEqual(expected.map(({ id }) => id));
    }
  });

  it.each([
    [7, 1],
    [8, 2],
    [9, 3],
    [10, 5],
  ])('keeps only the best maxRelated, wherever they sit in the index (corpus %i, %i related)', (seed, maxRelated) => {
    const documents = randomCorpus(seed, 30);
    const options = { ...DEFAULT_MATCH_OPTIONS, maxRelated };
    const related = createRelatedLookup(buildSearchIndex(documents), options);
    const vectors = referenceVectors(documents, options);
    for (let doc = 0; doc < documents.length; doc++) {
      const expected = referenceRanking(documents, doc, options, vectors).map(({ id }) => id);
      expect(related(doc)).toEqual(expected.slice(0, maxRelated));
    }
  });

  it('is the same when an article shares terms with only a few of many (ties still in article order)', () => {
    // 400 articles in 100 families of four that share rare terms among themselves, some of them word for word
    // (ties), so each article touches a few others out of hundreds.
    const documents = Array.from({ length: 400 }, (_, doc) => {
      const family = `family${doc % 100}`;
      const twin = doc % 3 === 0 ? `twin${doc % 100}` : `solo${doc}`;
      return article(`a${doc}`, [[family], [twin], [], [family, `own${doc}`, twin]]);
    });
    // Article 200 is as close to 5, 10, 300 and 350; it meets them through "early" (5, 350) and then "later"
    // (10, 300), so in the order they are met, 350 would come before 10.
    const body = (doc: number, term: string) => article(`a${doc}`, [[], [], [], [term, `own${doc}`]]);
    documents[200] = article('a200', [[], [], [], ['early', 'later']]);
    [documents[5], documents[350], documents[10], documents[300]] = [body(5, 'early'), body(350, 'early'), body(10, 'later'), body(300, 'later')];
    const related = createRelatedLookup(buildSearchIndex(documents), everything);
    const vectors = referenceVectors(documents, everything);
    expect(referenceRanking(documents, 200, everything, vectors).map(({ id }) => id)).toEqual(['a5', 'a10', 'a300', 'a350']);
    for (const doc of [0, 1, 3, 150, 200, 399]) {
      const expected = referenceRanking(documents, doc, everything, vectors).map(({ id }) => id);
      expect(expected.length).toBeLessThan(400 / 16);
      expect(related(doc)).toEqual(expected);
    }
  });

  it('weighs a term by its own field counts in each article, not by where it sits in the posting list', () => {
    // "login" is in every article; how strongly each has it decides which of the two is closer to the last.
    const documents = [
      article('title-login', [['login'], [], [], ['phone']]),
      article('body-login', [['email'], [], [], ['login', 'phone']]),
      article('body-email', [[], [], [], ['email', 'login', 'login', 'login']]),
      article('question', [['login'], ['login', 'email'], [], ['phone', 'phone']]),
    ];
    const related = createRelatedLookup(buildSearchIndex(documents), everything);
    for (let doc = 0; doc < documents.length; doc++) {
      expect(related(doc)).toEqual(referenceRanking(documents, doc, everything).map(({ id }) => id));
    }
  });

  it('ranks by cosine, not by the raw dot product: a long article does not win by length alone', () => {
    const documents = [
      article('reset', [['password', 'reset'], [], [], []]),
      article('reset-too', [['password', 'reset'], [], [], ['email']]),
      article('long', [['password', 'reset', 'email', 'phone', 'group'], ['password', 'reset'], ['password'], ['password', 'reset', 'reset']]),
      article('other', [['hour'], [], [], []]),
    ];
    const related = createRelatedLookup(buildSearchIndex(documents), everything);
    const expected = referenceRanking(documents, 0, everything);
    expect(expected.map(({ id }) => id)).toEqual(['reset-too', 'long']);
    expect(related(0)).toEqual(['reset-too', 'long']);
  });

  it('never offers an article that shares no term, even when the list has room', () => {
    const documents = [
      article('a', [['login'], [], [], []]),
      article('b', [['hour'], [], [], []]),
      article('c', [['login', 'email'], [], [], []]),
    ];
    const related = createRelatedLookup(buildSearchIndex(documents), everything);
    expect(related(0)).toEqual(['c']);
    expect(related(1)).toEqual([]);
  });

  it('keeps article order between articles equally similar', () => {
    const twin = [['email'], [], [], ['login']];
    const documents = [
      article('asked', [['email'], [], [], ['login', 'phone']]),
      article('first-twin', twin),
      article('second-twin', twin),
      article('far', [[], [], [], ['phone', 'hour', 'group', 'cancel']]),
    ];
    expect(createRelatedLookup(buildSearchIndex(documents), everything)(0)).toEqual(['first-twin', 'second-twin', 'far']);
    expect(createRelatedLookup(buildSearchIndex(documents), { ...DEFAULT_MATCH_OPTIONS, maxRelated: 1 })(0)).toEqual(['first-twin']);
  });
});

describe("the editor's related list", () => {
  const content = [
    article('login', [['login'], [], [], ['email', 'password']], ['password', 'missing', 'login', 'password', 'hours']),
    article('password', [['password'], [], [], ['login']]),
    article('email', [['email'], [], [], ['login', 'password']]),
    article('hours', [['hour'], [], [], []]),
    article('group', [['group', 'email'], [], [], ['login']], ['hours']),
  ];

  it('comes first, in its order, without the article itself, unknown ids or repeats, then the most similar', () => {
    const related = createRelatedLookup(buildSearchIndex(content), { ...DEFAULT_MATCH_OPTIONS, maxRelated: 4 });
    const similar = referenceRanking(content, 0, DEFAULT_MATCH_OPTIONS)
      .map(({ id }) => id)
      .filter((id) => id !== 'password' && id !== 'hours');
    expect(related(0)).toEqual(['password', 'hours', ...similar.slice(0, 2)]);
  });

  it('is cut at maxRelated, with no similar article added after it', () => {
    expect(createRelatedLookup(buildSearchIndex(content), { ...DEFAULT_MATCH_OPTIONS, maxRelated: 1 })(0)).toEqual(['password']);
    expect(createRelatedLookup(buildSearchIndex(content), { ...DEFAULT_MATCH_OPTIONS, maxRelated: 2 })(0)).toEqual(['password', 'hours']);
    // "hours" shares no word with "group": a full list is the editor's alone, however similar the others are.
    expect(referenceRanking(content, 4, DEFAULT_MATCH_OPTIONS).length).toBeGreaterThan(0);
    expect(createRelatedLookup(buildSearchIndex(content), { ...DEFAULT_MATCH_OPTIONS, maxRelated: 1 })(4)).toEqual(['hours']);
  });

  it('still leaves a full list when its choices are also the most similar articles', () => {
    const documents = [
      article('asked', [['login', 'email'], [], [], ['password']], ['close', 'closer']),
      article('close', [['login', 'email'], [], [], ['password']]),
      article('closer', [['login', 'email'], [], [], ['password', 'phone']]),
      article('third', [['login'], [], [], ['hour']]),
      article('fourth', [[], [], [], ['email', 'group', 'cancel', 'hour']]),
    ];
    const related = createRelatedLookup(buildSearchIndex(documents), DEFAULT_MATCH_OPTIONS);
    const similar = referenceRanking(documents, 0, DEFAULT_MATCH_OPTIONS).map(({ id }) => id);
    expect(similar.slice(0, 2).sort()).toEqual(['close', 'closer']);
    expect(related(0)).toEqual(['close', 'closer', similar[2]]);
    expect(similar[2]).toBe('third');
  });
});

describe('the lookup itself', () => {
  const documents = randomCorpus(11, 8);

  it('gives nothing for a position outside the index', () => {
    const related = createRelatedLookup(buildSearchIndex(documents), DEFAULT_MATCH_OPTIONS);
    expect(related(8)).toEqual([]);
    expect(related(-1)).toEqual([]);
  });

  it("remembers each article's list", () => {
    const related = createRelatedLookup(buildSearchIndex(documents), DEFAULT_MATCH_OPTIONS);
    const first = related(2);
    expect(first.length).toBeGreaterThan(0);
    expect(related(2)).toBe(first);
  });
});
