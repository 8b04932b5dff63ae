export { createCorpusMatcher, createIndexMatcher, createMatcher, type Matcher, type MatchRequest, type MatchResult, type RankedArticle, type MatcherSetup } from './matcher';
export { type AnswerEvidence } from './answer-evidence';
export { answerProbability, EVIDENCE_FEATURES, evidenceFeatures, type ConfidenceModel, type EvidenceFeature, type MatchOutcome } from './confidence';
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
export { boundedQuestion, MAX_QUESTION_LENGTH } from './question-length';
export { packSearchIndex, restoreSearchIndex, type PackedIndex } from './packed-index';
export { buildSearchIndex, type SearchIndex } from './search-index';
export {
  prepareCorpus,
  type AnalysedDocument,
  type MatchArticle,
  type SearchCorpus,
  type SearchDocument,
} from './search-corpus';
