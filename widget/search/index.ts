export { createCorpusMatcher, createMatcher, type Matcher, type MatchResult, type RankedArticle, type MatcherSetup } from './matcher';
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
export {
  decodeFieldTerms,
  encodeFieldTerms,
  prepareCorpus,
  type MatchArticle,
  type SearchCorpus,
  type SearchDocument,
} from './search-corpus';
