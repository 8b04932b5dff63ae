/**
 * The matcher's API for Node: the content build, the CLI, the benches and the tests. Loading it installs the
 * Japanese analysis, so every index Node builds and every question it asks analyses Japanese the same way,
 * Fuse.js for typo correction (`fuzzy-search.ts`) and the rules for an answer that does not fit
 * (`misfit-rule.ts`). The widget does not load this file: it imports the modules it needs and installs the
 * Japanese analysis only with a Japanese pack (`askdown-ja.js`, see `cjk-analysis.ts`).
 */
import Fuse from 'fuse.js/basic';
import { installCjkAnalysis } from './cjk-analysis';
import { installFuzzySearch } from './fuzzy-search';
import { JAPANESE_MATCHING } from './japanese-sentences';
import { questionMisfits } from './answer-misfits';
import { installMisfitRule } from './misfit-rule';

installCjkAnalysis(JAPANESE_MATCHING);
installFuzzySearch(Fuse);
installMisfitRule(questionMisfits);

export { createCorpusMatcher, createIndexMatcher, createMatcher, type Matcher, type MatchRequest, type MatchResult, type RankedArticle, type MatcherSetup } from './matcher';
export { type AnswerEvidence } from './answer-evidence';
export { answerProbability, EVIDENCE_FEATURES, evidenceFeatures, type ConfidenceModel, type EvidenceFeature, type MatchOutcome } from './confidence';
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
export { boundedQuestion, MAX_QUESTION_LENGTH } from './question-length';
export { analyze, analyzeWords } from './analyze';
export { packSearchIndex, restoreSearchIndex, type PackedIndex } from './packed-index';
export { buildSearchIndex, type SearchIndex } from './search-index';
export {
  prepareCorpus,
  type AnalysedDocument,
  type MatchArticle,
  type SearchCorpus,
  type SearchDocument,
} from './search-corpus';
