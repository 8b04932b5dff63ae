import { isStopword, termOf, type AnalyzedWord } from './analyze';
import type { MatchOptions } from './defaults';
import { inverseDocumentFrequency, type SearchIndex } from './search-index';
import type { SynonymMap } from './synonyms';
import { isBigramTerm } from './cjk-analysis';
import { tokenizeCompounds } from './tokenize';
import type { TypoCorrector } from './typo';

/** One way of matching a query word: the term to look up and how much a hit on it counts. */
export interface Alternative {
  term: string;
  weight: number;
}

/**
 * One meaningful word of the question with every term that may stand for it (itself, its synonyms, its
 * spelling correction). A concept scores once, by its best alternative, so synonyms never count twice.
 */
export interface QueryConcept {
  surface: string;
  alternatives: Alternative[];
  /**
   * How much this word says about the question, and what a hit on any alternative is worth: the word's own IDF.
   * A synonym expresses the same idea, so being rarer must not make it count more than the word itself. A word
   * no article uses takes its best alternative's weighted IDF, or, with none, `unknownWordWeight` times the IDF
   * of a word in no article, which pulls the question's coverage down as it should.
   */
  importance: number;
}

function withSynonyms(term: string, weight: number, synonyms: SynonymMap, options: MatchOptions): Alternative[] {
  const alternatives: Alternative[] = [{ term, weight }];
  for (const synonym of synonyms.get(term) ?? []) {
    alternatives.push({ term: synonym, weight: weight * options.synonymWeight });
  }
  return alternatives;
}

function alternativesFor(
  surface: string,
  term: string,
  index: SearchIndex,
  synonyms: SynonymMap,
  correct: TypoCorrector,
  options: MatchOptions,
): Alternative[] {
  const known = (alternative: Alternative): boolean => index.postings.has(alternative.term);
  const direct = withSynonyms(term, 1, synonyms, options);
  if (direct.some(known)) return direct;
  const corrected = correct(surface);
  if (corrected === null) return direct;
  if ('stopword' in corrected) return [];
  return withSynonyms(corrected.term, options.correctedWeight, synonyms, options);
}

function conceptImportance(
  term: string,
  alternatives: readonly Alternative[],
  index: SearchIndex,
  options: MatchOptions,
): number {
  if (index.postings.has(term)) return inverseDocumentFrequency(index, term);
  const weighted = alternatives
    .filter((alternative) => index.postings.has(alternative.term))
    .map((alternative) => alternative.weight * inverseDocumentFrequency(index, alternative.term));
  return weighted.length > 0 ? weighted.reduce((a, b) => Math.max(a, b)) : options.unknownWordWeight * inverseDocumentFrequency(index, term);
}

/**
 * An e-mail address, or the start of one ("ops@", "tech@company.com"): visitors name the address they mean
 * rather than write "email address", and its parts are words no article uses. Read as "email" and the domain's
 * name ("company", "gmail"), which says whose address it is. Address characters only: Japanese runs on without
 * spaces (代表アドレス（info@～）を使っても…), and must not be taken for part of the address.
 */
const EMAIL_ADDRESS = /[\w.%+-]+@([\w-]*)[\w.-]*/g;

/**
 * A time of day written as a clock reads it ("3am", "11 pm", "24h", "23:00"): read as the word "time", which the
 * articles about when something can be done use; as digits and letters it matched nothing, and such questions got
 * no answer (2026-11-27, development sets).
 */
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?|h(?:rs?)?\b)|\b\d{1,2}:\d{2}\b/gi;

/** The same in Japanese ("3時", "２３時半", "午前3時15分"; not "24時間", which is the word itself): read as 時間. */
const CLOCK_TIME_JA = /(?<![0-9０-９])[0-9０-９]{1,2}\s*時(?!間)(?:[0-9０-９]{1,2}分|半)?/g;

/**
 * The query's words, choosing between written forms the way the articles do: "pre-registration" stays whole when
 * the articles use "preregistration", and two words such as "sign up" or "log in" join when the joined form is
 * known to the index or the synonyms.
 */
function queryWords(question: string, isKnown: (term: string) => boolean): AnalyzedWord[] {
  const tokens = tokenizeCompounds(question.replace(EMAIL_ADDRESS, ' email $1 ').replace(CLOCK_TIME, ' time ').replace(CLOCK_TIME_JA, '時間'));
  const surfaces: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token) continue;
    if (token.parts) {
      for (const surface of isKnown(termOf(token.word)) ? [token.word] : token.parts) surfaces.push(surface);
    } else if (next && !next.parts && isKnown(termOf(token.word + next.word))) {
      surfaces.push(token.word + next.word);
      i++;
    } else {
      surfaces.push(token.word);
    }
  }
  return surfaces.filter((surface) => !isStopword(surface)).map((surface) => ({ surface, term: termOf(surface) }));
}

/** Turns a visitor's question into weighted concepts, correcting misspelt words against the index. */
export function analyzeQuery(
  question: string,
  index: SearchIndex,
  synonyms: SynonymMap,
  correct: TypoCorrector,
  options: MatchOptions,
): QueryConcept[] {
  const concepts: QueryConcept[] = [];
  const seen = new Set<string>();
  const isKnown = (term: string): boolean => index.postings.has(term) || synonyms.has(term);
  for (const { surface, term } of queryWords(question, isKnown)) {
    if (seen.has(term)) continue;
    seen.add(term);
    const alternatives = alternativesFor(surface, term, index, synonyms, correct, options);
    if (alternatives.length === 0) continue;
    const importance = conceptImportance(term, alternatives, index, options);
    concepts.push({ surface, alternatives, importance: isBigramTerm(term) ? importance * options.bigramWeight : importance });
  }
  return concepts;
}
