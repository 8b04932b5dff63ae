import { CONTENT_PACK_FORMAT, type ContentPack } from '../content-pack';
import { installCjkAnalysis } from '../search/cjk-analysis';
import { openShardedPack } from '../search/sharded-matcher';
import { shardFiles, type ShardedManifest } from '../sharded-pack';
import type { OpenShardedContent } from './shards-contract';

/**
 * A sharded pack as the app reads a pack: its site settings from the manifest, and everything else through
 * `live` (`LiveContent`), which fetches the files each question, answer and link needs. It lists no articles up
 * front: the page's suggestions by article (`pages:`, `suggest(ids)`) need the whole pack, and find none here.
 */
export const openShardedContent: OpenShardedContent = async (manifest, url, { loadFuzzySearch, cjk }) => {
  // Japanese questions are read as the app reads them, with the analysis its language script gave it.
  installCjkAnalysis(cjk);
  const files = new URL((manifest as Partial<ShardedManifest>).files ?? '', url);
  const fetchFile = async (path: string): Promise<unknown> => {
    if (path === shardFiles.manifest) return manifest;
    const response = await fetch(new URL(path, files), { credentials: 'omit' });
    if (!response.ok) throw new Error(`${url}: ${path} answered HTTP ${response.status}`);
    return response.json();
  };
  const sharded = await openShardedPack(fetchFile, {}, loadFuzzySearch);
  const { locale, site, synonymTerms } = sharded.manifest;
  const pack: ContentPack = {
    format: CONTENT_PACK_FORMAT,
    locale,
    site,
    synonymTerms,
    articles: [],
    index: { terms: '', postings: [], fieldLengths: [] },
    vocabulary: '',
    live: sharded.live,
  };
  return pack;
};
