import { termOf } from './analyze';
import { gatherEvidence, type AnswerEvidence } from './answer-evidence';
import { answerProbability, decideOutcome, type MatchOutcome } from './confidence';
import { answerMisfits } from './misfit-rule';
import { ENGLISH_SYNONYMS } from './english-synonyms';
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
import { analyzeQuery } from './query';
import { scoreArticles } from './rank';
import { createRelatedLookup, type RelatedLookup } from './related';
import { prepareCorpus, type MatchArticle, type SearchCorpus } from './search-corpus';
import { articleHasTerm, buildSearchIndex, type SearchIndex } from './search-index';
import { distinctCandidates } from './choices';
import { boundedQuestion } from './question-length';
import { buildSynonymMap, synonymTermGroups, withReadingsSpelt } from './synonyms';
import { ENGLISH_STOPWORDS } from './stopwords';
import { phrasingGrams, phrasingTerms } from './phrasing-cache';
import { rerankByPhrasing, wordTrigrams, type Candidate } from './phrasing-similarity';
import { createTypoCorrector, type TypoCorrector } from './typo';

/**
 * "4 times", "each time": a count, not the clock. An FAQ's editor may put "time" with "hours" and "anytime" (the
 * log-in FAQ does), and "I have 4 IDs, do I need to register 4 times?" went to the opening hours with confidence
 * (a visitor's try, 2026-11-28); so "time" after a count is left out of the question. "What time", "at any time"
 * and "how many times" (the fact rule reads "how many") keep or lose nothing they need.
 */
const COUNTED_TIMES = /\b(\d+|each|every|two|three|four|five|several|many|multiple) times?\b/gi;

/** One article in a ranking, with its BM25F score, the share of the question it covers and the words it has. */
export interface RankedArticle {
  id: string;
  score: number;
  coverage: number;
  matchedWords: number;
}

export interface MatchResult {
  /** Whether the visitor gets the answer, a choice of articles ("did you mean"), or the no-answer message. */
  outcome: MatchOutcome;
  /** The id of the article that answers the question (outcome `answer`), else null. */
  answer: string | null;
  /** The estimated probability, 0 to 1, that the top result answers the question (see `answerProbability`). */
  confidence: number;
  /**
   * The closest articles that are not near-duplicates of each other, best first, at most `maxChoices`: what
   * "did you mean" offers when the outcome is `choice`.
   */
  choices: string[];
  /** Articles with any match, best first, at most `maxResults`. */
  results: RankedArticle[];
  /** Under an answer: its related articles. Without one: the closest articles. */
  related: string[];
  /** What the confidence was estimated from, for the CLI, the evaluation and fitting the model. */
  evidence: AnswerEvidence;
}

export interface MatchRequest {
  /**
   * Articles to leave out, as if the FAQ did not have them: how the evaluation asks, in the FAQ's own words,
   * questions that the FAQ does not answer.
   */
  without?: ReadonlySet<string>;
}

export interface Matcher {
  /**
   * Any string is safe: only its first `MAX_QUESTION_LENGTH` characters are read, and it never throws (a sharded
   * pack's `LiveContent.matcher` throws on purpose, to say what to wait for: see `FilesPending`).
   */
  match(question: string, request?: MatchRequest): MatchResult;
  /** Related articles of one article, as shown under it when opened from a link. */
  relatedTo(id: string): string[];
  /**
   * Does a small part of the work a first question would, and says whether there is more (a pack's matcher:
   * `createPackMatcher`). The widget calls it a task at a time while the visitor reaches for the launcher, so
   * that the first question is no long task.
   */
  warm?(): boolean;
}

export interface MatcherSetup {
  /**
   * The synonym groups. Raw articles (`createMatcher`) get `ENGLISH_SYNONYMS` added; a content pack carries the
   * groups it needs, the built-in English ones included in English packs (`compile-pack.ts`).
   */
  synonyms?: readonly (readonly string[])[];
  /** The same groups as index terms, as a content pack carries them (`synonymTermGroups`); used instead of `synonyms`. */
  synonymTerms?: readonly (readonly string[])[];
  /** With raw articles, leave out the built-in English groups (to measure them, or for a site where they mislead). */
  withoutEnglishSynonyms?: boolean;
  /**
   * The articles to show under each article, by its position. A content pack has them worked out already, so the
   * widget carries no code to compute them; without it they are computed from the index (`createRelatedLookup`).
   */
  relatedOf?: RelatedLookup;
  /** Typo correction, when the vocabulary is not all at hand (a sharded pack); otherwise made from `vocabulary`. */
  correct?: TypoCorrector;
  /** Scores every article (`scoreArticles`): a sharded pack's passes over one question keep the scores of the first. */
  score?: typeof scoreArticles;
  options?: Partial<MatchOptions>;
}

/**
 * The matcher the widget, the CLI and the evaluation all use. Pure: articles and a question in, a ranking out;
 * no DOM, no I/O, so it runs in a page, a worker or Node alike.
 */
export function createMatcher(articles: readonly MatchArticle[], setup: MatcherSetup = {}): Matcher {
  return createCorpusMatcher(prepareCorpus(articles), setup);
}

/** The matcher over articles already analysed. */
export function createCorpusMatcher(corpus: SearchCorpus, setup: MatcherSetup = {}): Matcher {
  const index = buildSearchIndex(corpus.documents);
  const options: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, ...setup.options };
  const synonyms = [...(setup.withoutEnglishSynonyms ? [] : ENGLISH_SYNONYMS), ...(setup.synonyms ?? [])];
  return createIndexMatcher(index, corpus.vocabulary, { relatedOf: createRelatedLookup(index, options), ...setup, synonyms });
}

/**
 * The matcher over a built index, as the content pack ships it. `vocabulary` is every written form of the
 * articles' meaningful words, among which typo correction chooses.
 */
export function createIndexMatcher(index: SearchIndex, vocabulary: readonly string[], setup: MatcherSetup = {}): Matcher {
  const options: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, ...setup.options };
  const { documents } = index;
  const synonyms = buildSynonymMap(setup.synonymTerms ?? synonymTermGroups(setup.synonyms ?? []));
  const correct = setup.correct ?? createTypoCorrector(vocabulary, ENGLISH_STOPWORDS, options);
  // Made when first asked for: a sharded pack's documents are not all at hand.
  let docById: Map<string, number> | null = null;
  const relatedOf = setup.relatedOf ?? ((doc: number) => (documents[doc]?.related ?? []).slice(0, options.maxRelated));

  const phrasingGramsOf = (doc: number): Set<string>[] => phrasingGrams(documents[doc]!);
  const phrasingTermsOf = (doc: number): string[][] => phrasingTerms(documents[doc]!);
  const titleGramsOf = (doc: number): Set<string> => phrasingGramsOf(doc)[0] ?? new Set();

  function match(text: string, { without }: MatchRequest = {}): MatchResult {
    const question = withReadingsSpelt(boundedQuestion(String(text)), synonyms).replace(COUNTED_TIMES, '$1');
    const concepts = analyzeQuery(question, index, synonyms, correct, options);
    const { scores, coverage, matchedWords } = (setup.score ?? scoreArticles)(index, concepts, options);
    const candidates: Candidate[] = [];
    scores.forEach((score, doc) => {
      if (score <= 0 || without?.has(documents[doc]?.id ?? '')) return;
      candidates.push({ doc, score, order: score, coverage: coverage[doc] ?? 0, matchedWords: matchedWords[doc] ?? 0, similarity: 0 });
    });
    candidates.sort((a, b) => b.order - a.order);
    rerankByPhrasing(candidates, wordTrigrams(question), phrasingGramsOf, options);

    const results = candidates.slice(0, options.maxResults).map(({ doc, score, coverage: covered, matchedWords: words }) => ({
      id: documents[doc]?.id ?? '',
      score,
      coverage: covered,
      matchedWords: words,
    }));
    // Found once: its runner-up is the evidence's distinct runner-up, its head the "did you mean" choices.
    const distinct = distinctCandidates(candidates, titleGramsOf, Math.max(2, options.maxChoices), options.nearDuplicateSimilarity);
    const evidence = gatherEvidence({ index, concepts, ranking: candidates, phrasingTermsOf, distinctRunnerUp: distinct[1], k1: options.k1 });
    const confidence = answerProbability(evidence, options.confidenceModel);
    const decided = decideOutcome(confidence, evidence, options);
    // A confident answer that does not fit the question, by the installed rules (`answer-misfits.ts`): a choice,
    // with the contact link.
    const top = candidates[0];
    const misfit =
      decided === 'answer' &&
      top !== undefined &&
      answerMisfits(question, {
        phrasings: documents[top.doc]?.phrasings ?? [],
        // By the word's term, not as written: a question keeps one concept per term, spelt as first written
        // ("I changed jobs, how do I change …" has "changed").
        hasWord: (word) => {
          const asked = termOf(word);
          return concepts.some(({ alternatives }) => alternatives.some(({ term }) => term === asked) && alternatives.some(({ term }) => articleHasTerm(index, term, top.doc)));
        },
      });
    const outcome = misfit ? 'choice' : decided;
    const answer = outcome === 'answer' ? (results[0]?.id ?? null) : null;
    const choices = distinct.slice(0, options.maxChoices).map((candidate) => documents[candidate.doc]?.id ?? '');
    // By position, not id: a sharded pack's articles are not all at hand to look an id up in.
    const related = answer !== null ? relatedOf(top!.doc) : results.slice(0, options.maxRelated).map((r) => r.id);
    return { outcome, answer, confidence, choices, results, related, evidence };
  }

  function relatedTo(id: string): string[] {
    docById ??= new Map(documents.map((document, doc) => [document.id, doc]));
    const doc = docById.get(id);
    return doc === undefined ? [] : relatedOf(doc);
  }

  return { match, relatedTo };
}
