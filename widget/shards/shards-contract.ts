import type { ContentPack } from '../content-pack';
import type { CjkAnalysis } from '../search/cjk-analysis';
import type { FuzzySearch } from '../search/fuzzy-search';
import type { MisfitRule } from '../search/misfit-rule';

/**
 * What the reader borrows from the app, whose own copies of the search modules hold them: this script's copies
 * start without them.
 */
export interface AppSearch {
  /** The typo script's search, which the app fetches anyway. */
  loadFuzzySearch: () => Promise<FuzzySearch | null>;
  /** The app's analysis of Japanese runs, as its language script installed it (read at each call). */
  cjk: CjkAnalysis;
  /** The app's rules for a confident answer that does not fit the question (`misfit-rule.ts`). */
  misfit: MisfitRule;
}

/**
 * The sharded pack (`widget/sharded-pack.ts`), which the content build writes for a large help centre: the
 * content address serves its manifest where a single pack would be, and the app loads `askdown-shards.js`, which
 * reads the rest of its files as questions need them. Only such sites download it.
 */
export type OpenShardedContent = (
  manifest: unknown,
  /** The manifest's address: its files are beside it. */
  url: string,
  app: AppSearch,
) => Promise<ContentPack>;

/** The script's file, next to the facade's, and its hash, which the build writes into the app. */
export const SHARDS_SCRIPT = { file: 'askdown-shards.js', integrity: __ASKDOWN_SHARDS_INTEGRITY__ };

/** Whether fetched content is a sharded pack's manifest rather than a single pack (which has no `termShards`). */
export const isShardedManifest = (data: unknown): boolean => typeof data === 'object' && data !== null && 'termShards' in data;
