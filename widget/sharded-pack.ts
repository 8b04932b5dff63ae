/**
 * A content pack split into files fetched on demand, for help centres too large to download whole (Pagefind's
 * design): a small manifest, the search index split by term, the vocabulary split by word length, and the
 * articles in chunks by position. `build/content/shard-pack.ts` writes it from a built pack;
 * `widget/search/sharded-matcher.ts` reads it and ranks exactly as the single pack does. Plain data, as the
 * single pack is.
 *
 * Files, relative to the manifest's folder and its `files` (the content build writes the manifest as
 * `<locale>.json`, where a single pack would be, and the rest under `<locale>.<hash of the files>/`):
 * - `manifest.json` (`ShardedManifest`), with every article's field lengths, which BM25F needs for any term;
 * - `terms/<n>.json` (`TermShard`): the posting lists of the terms whose `shardOf(term, termShards)` is n;
 * - `words/<length>.json`: the vocabulary's words of that length, in vocabulary order, for typo correction (less
 *   the words with a digit, which it never uses);
 * - `docs/<n>.json` (`DocRecord[]`): articles `n * docChunk` onwards, without their answers;
 * - `html/<n>.json` (`string[]`): their answers' sanitised HTML, `n * htmlChunk` onwards;
 * - `ids/<n>.json` (`Record<id, position>`): where the articles whose `shardOf(id, idShards)` is n are.
 *
 * The folder's name carries the build (a hash of its files), so a visitor whose panel opened on one build reads
 * that build's files to the end, however often the site deploys another.
 */
import type { ContentPack, PackArticle } from './content-pack';

export const SHARDED_PACK_FORMAT = 1;

export interface ShardedManifest {
  format: typeof SHARDED_PACK_FORMAT;
  locale: string;
  site: ContentPack['site'];
  synonymTerms: ContentPack['synonymTerms'];
  /** The folder of the other files, relative to the manifest, ending in `/` ('' for the manifest's own). */
  files: string;
  articleCount: number;
  termShards: number;
  idShards: number;
  docChunk: number;
  htmlChunk: number;
  /** The word lengths that have a `words/<length>.json`, so a length with no words costs no request. */
  wordLengths: number[];
  /**
   * Every article's length in terms per field (`PackedIndex.fieldLengths`): BM25F needs them for any term, so
   * they come with the manifest rather than as a second request before the first question.
   */
  fieldLengths: number[];
}

/** Some of the index's terms, space-separated, and their posting lists as the single pack writes them (gaps). */
export interface TermShard {
  terms: string;
  postings: number[][];
}

/** An article as the matcher and the panel need it before it is shown: everything but its answer. */
export type DocRecord = Omit<PackArticle, 'html'>;

/**
 * Which of `count` shards a term or an id is in: FNV-1a over its UTF-16 code units. The build and the reader
 * must agree on it exactly, so both call this.
 */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

export const shardFiles = {
  manifest: 'manifest.json',
  terms: (shard: number) => `terms/${shard}.json`,
  words: (length: number) => `words/${length}.json`,
  docs: (chunk: number) => `docs/${chunk}.json`,
  html: (chunk: number) => `html/${chunk}.json`,
  ids: (shard: number) => `ids/${shard}.json`,
};
