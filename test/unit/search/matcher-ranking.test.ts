import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS } from '../../../widget/search/defaults';
import { diceSimilarity, rerankByPhrasing, wordTrigrams, type Candidate } from '../../../widget/search/phrasing-similarity';
import { analyze } from '../../../widget/search/analyze';
import { gatherEvidence, NO_EVIDENCE, type EvidenceInput } from '../../../widget/search/answer-evidence';
import { distinctCandidates } from '../../../widget/search/choices';
import type { QueryConcept } from '../../../widget/search/query';
import { prepareCorpus } from '../../../widget/search/search-corpus';
import { buildSearchIndex, inverseDocumentFrequency } from '../../../widget/search/search-index';
import { createMatcher, type MatchArticle } from '../../../widget/search';

const candidate = (doc: number, score: number): Candidate => ({ doc, score, order: score, coverage: 0, matchedWords: 0, similarity: 0 });

/** Article 0 is titled "Opening hours", 1 "Reset password", 2 "Password reset link". */
const PHRASINGS = [['Opening hours'], ['Reset password', 'Forgot it'], ['Password reset link']].map((titles) => titles.map(wordTrigrams));
const gramsOf = (doc: number): Set<string>[] => PHRASINGS[doc] ?? [];

describe('trigrams of a question', () => {
  it('splits on any run of other characters and skips stop words', () => {
    expect([...wordTrigrams('the  ab--cd')].sort()).toEqual([' ab', ' cd', 'ab ', 'cd ']);
  });
});

describe('re-ordering the head of a ranking', () => {
  it('orders by score relative to the top plus the weighted similarity of the closest phrasing', () => {
    const question = wordTrigrams('reset password');
    const ranking = [candidate(0, 4), candidate(2, 3), candidate(1, 2)];
    rerankByPhrasing(ranking, question, gramsOf, { ...DEFAULT_MATCH_OPTIONS, phrasingSimilarityWeight: 0.2 });
    const similarityTo = (doc: number) => Math.max(...gramsOf(doc).map((grams) => diceSimilarity(question, grams)));
    expect(ranking.map((c) => c.doc)).toEqual([0, 2, 1]);
    expect(ranking.map((c) => c.similarity)).toEqual([0, similarityTo(2), 1]);
    expect(ranking.map((c) => c.order)).toEqual([1, 3 / 4 + 0.2 * similarityTo(2), 2 / 4 + 0.2]);
  });

  it('re-orders only the first rerankDepth articles and leaves the rest, without similarity', () => {
    const question = wordTrigrams('reset password');
    const ranking = [candidate(0, 10), candidate(2, 9.9), candidate(1, 9.8)];
    rerankByPhrasing(ranking, question, gramsOf, { ...DEFAULT_MATCH_OPTIONS, rerankDepth: 2 });
    expect(ranking.map((c) => c.doc)).toEqual([2, 0, 1]);
    expect(ranking[2]?.similarity).toBe(0);
    expect(ranking[2]?.order).toBeCloseTo(0.98, 12);
  });

  it('leaves a ranking whose top score is zero as it is', () => {
    const ranking = [candidate(0, 0), candidate(1, 0)];
    rerankByPhrasing(ranking, wordTrigrams('reset password'), gramsOf, DEFAULT_MATCH_OPTIONS);
    expect(ranking).toEqual([candidate(0, 0), candidate(1, 0)]);
  });
});

const index = buildSearchIndex(
  prepareCorpus([
    { id: 'reset', title: 'Reset password', questions: [], tags: [], text: 'Use the reset link.', related: [] },
    { id: 'hours', title: 'Opening hours', questions: [], tags: [], text: 'We open at nine.', related: [] },
  ]).documents,
);
const TITLES = ['Reset password', 'Opening hours'];

const ranked = (doc: number, order: number, score = order): Candidate => ({ doc, score, order, coverage: 0.5, matchedWords: 1, similarity: 0.25 });
const concept = (term: string): QueryConcept => ({ surface: term, alternatives: [{ term, weight: 1 }], importance: 1 });

function input(concepts: QueryConcept[], ranking: Candidate[], phrasings: string[][] = [['reset', 'password']]): EvidenceInput {
  return {
    index,
    concepts,
    ranking,
    phrasingTermsOf: () => phrasings,
    distinctRunnerUp: distinctCandidates(ranking, (doc) => wordTrigrams(TITLES[doc] ?? ''), 2, 0.8)[1],
    k1: 3,
  };
}

describe('evidence at the edges', () => {
  it('is no evidence at all when nothing ranks, counting only the question’s words', () => {
    expect(NO_EVIDENCE).toEqual({
      coverage: 0,
      reverseCoverage: 0,
      margin: 0,
      distinctMargin: 0,
      strength: 0,
      phrasingSimilarity: 0,
      matchedWords: 0,
      matchedShare: 0,
      queryWords: 0,
      unknownShare: 1,
    });
    expect(gatherEvidence(input([concept('reset'), concept('weather')], []))).toEqual({ ...NO_EVIDENCE, queryWords: 2 });
  });

  it('gives shares of 0 matched and 1 unknown, not NaN, when the question has no meaningful word', () => {
    const evidence = gatherEvidence(input([], [ranked(0, 1)]));
    expect(evidence.matchedShare).toBe(0);
    expect(evidence.unknownShare).toBe(1);
    expect(evidence.queryWords).toBe(0);
  });

  it('gives the top a full lead when its order is zero, rather than dividing by it', () => {
    const evidence = gatherEvidence(input([concept('reset')], [ranked(0, 0), ranked(1, 0)]));
    expect(evidence.margin).toBe(1);
    expect(evidence.distinctMargin).toBe(1);
  });

  it('skips a phrasing with no meaningful word when measuring reverse coverage', () => {
    const evidence = gatherEvidence(input([concept('reset')], [ranked(0, 2), ranked(1, 1)], [[], ['reset', 'password']]));
    const reset = inverseDocumentFrequency(index, 'reset');
    expect(evidence.reverseCoverage).toBeCloseTo(reset / (reset + inverseDocumentFrequency(index, 'password')), 12);
    expect(evidence.margin).toBe(0.5);
  });
});

describe('phrasing terms', () => {
  it('are the analysed terms of the phrasing, as the index holds them', () => {
    expect(analyze('How do I reset my passwords?')).toEqual(['reset', 'password']);
  });
});

/** Four articles that all mention "invoice", later ones more often, so BM25F ranks them against index order. */
const articles: MatchArticle[] = [
  { id: 'one', title: 'Billing address', questions: [], tags: [], text: 'An invoice goes to the billing address.', related: [] },
  { id: 'two', title: 'Payment methods', questions: [], tags: [], text: 'Pay an invoice by card. Invoice payment.', related: [] },
  { id: 'three', title: 'Invoice copies', questions: [], tags: [], text: 'Download an invoice copy.', related: [] },
  { id: 'four', title: 'Invoice', questions: ['Where is my invoice?'], tags: ['invoice'], text: 'Every invoice is in your account.', related: [] },
];

describe('what a match returns', () => {
  it('ranks by score even beyond the re-ordered head', () => {
    const result = createMatcher(articles, { options: { rerankDepth: 1 } }).match('invoice');
    const scores = result.results.map((r) => r.score);
    expect(result.results).toHaveLength(4);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.results[0]?.id).toBe('four');
  });

  it('returns at most maxResults results', () => {
    const result = createMatcher(articles, { options: { maxResults: 2 } }).match('invoice');
    expect(result.results.map((r) => r.id)).toEqual(createMatcher(articles).match('invoice').results.slice(0, 2).map((r) => r.id));
  });

  it('without an answer, offers the closest maxRelated articles as related', () => {
    const matcher = createMatcher(articles, { options: { answerThreshold: 1.01 } });
    const result = matcher.match('invoice');
    expect(result.answer).toBeNull();
    expect(result.related).toEqual(result.results.slice(0, 3).map((r) => r.id));
  });

  it("measures how much of the top article's closest phrasing the question covers", () => {
    // "Invoice", the title of "four", is all in the question; "Where is my invoice?" too.
    const result = createMatcher(articles).match('invoice');
    expect(result.results[0]?.id).toBe('four');
    expect(result.evidence.reverseCoverage).toBe(1);
    expect(createMatcher(articles).match('invoice for billing').evidence.reverseCoverage).toBeLessThan(1);
  });

  it('reads "needed" as it reads "need": a word that says nothing about the topic', () => {
    const faq: MatchArticle[] = [
      { id: 'ids', title: 'Several login IDs', questions: ['Do I need to register each ID?'], tags: [], text: 'Register each login ID.', related: [] },
      { id: 'new', title: 'New login', questions: ['Registration needed for a new login?'], tags: [], text: 'Register as well.', related: [] },
    ];
    expect(createMatcher(faq).match('Is registration needed for each login ID?').results[0]?.id).toBe('ids');
  });

  it('has no related articles for an id it does not know', () => {
    expect(createMatcher(articles).relatedTo('missing')).toEqual([]);
  });
});
