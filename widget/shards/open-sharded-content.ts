import { CONTENT_PACK_FORMAT, CONTENT_TIMEOUT_MS, type ContentPack } from '../content-pack';
import { installCjkAnalysis } from '../search/cjk-analysis';
import { installMisfitRule } from '../search/misfit-rule';
import { openShardedPack } from '../search/sharded-matcher';
import { shardFiles, type ShardedManifest } from '../sharded-pack';
import type { OpenShardedContent } from './shards-contract';

/**
 * A sharded pack as the app reads a pack: its site settings from the manifest, and everything else through
 * `live` (`LiveContent`), which fetches the files each question, answer and link needs. It lists no articles up
 * front: the app fetches the articles a page names before it takes the command (App.tsx), and the suggestions led
 * by `pages:`, which need every article at hand, find none here.
 */
export const openShardedContent: OpenShardedContent = async (manifest, url, { loadFuzzySearch, cjk, misfit }) => {
  // Japanese questions are read as the app reads them, with the analysis its language script gave it, and every
  // question with the app's rules for an answer that does not fit.
  installCjkAnalysis(cjk);
  installMisfitRule(misfit);
  const files = new URL((manifest as Partial<ShardedManifest>).files ?? '', url);
  const fetchFile = async (path: string): Promise<unknown> => {
    if (path === shardFiles.manifest) return manifest;
    const address = new URL(path, files).href;
    const response = await fetch(address, { credentials: 'omit', signal: AbortSignal.timeout(CONTENT_TIMEOUT_MS) }).catch((error: unknown) => {
      throw new Error(`${address} ${(error as Error).name === 'TimeoutError' ? `did not answer in ${CONTENT_TIMEOUT_MS / 1000} s` : 'could not be fetched'}`);
    });
    if (!response.ok) throw new Error(`${address} answered HTTP ${response.status}`);
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
