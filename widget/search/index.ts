export { createMatcher, type Matcher, type MatchResult, type RankedArticle, type MatcherSetup } from './matcher';
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
export type { MatchArticle } from './search-index';
