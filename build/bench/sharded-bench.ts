import { performance } from 'node:perf_hooks';
import { shardPack } from '../content/shard-pack';
import type { ContentPack } from '../../widget/content-pack';
// The matcher's Node entry: it installs Fuse.js, which typo correction needs, as the widget's typo script does.
import '../../widget/search';
import { openShardedPack } from '../../widget/search/sharded-matcher';
import { gzipSize } from '../size/measure';
import { median } from './page-metrics';

/** What a first answer from a sharded pack fetched, medians over the questions asked. */
export interface ShardedFirstAnswers {
  files: number;
  /** The pack's files; a question fetches a few of them. */
  filesInPack: number;
  gzipBytes: number;
  gzipBytesMax: number;
  /** The single pack, gzip, for comparison. */
  singlePackGzip: number;
  /** Node, files served from memory: the matcher's passes and the JSON parsing, not the network. */
  ms: number;
}

/**
 * Each question asked of a freshly opened sharded pack, as a visitor's first question: the manifest, the files
 * the question touches, and the answer (or top article) as the panel would show it.
 */
export async function measureShardedFirstAnswers(pack: ContentPack, questions: readonly string[]): Promise<ShardedFirstAnswers> {
  const texts = new Map([...shardPack(pack)].map(([path, json]) => [path, JSON.stringify(json)]));
  const gzip = new Map<string, number>();
  const gzipOf = (path: string): number => {
    let size = gzip.get(path);
    if (size === undefined) gzip.set(path, (size = gzipSize(texts.get(path) ?? '')));
    return size;
  };
  const bytes: number[] = [];
  const files: number[] = [];
  const times: number[] = [];
  for (const question of questions) {
    const fetched: string[] = [];
    const started = performance.now();
    const matcher = await openShardedPack(async (path) => {
      fetched.push(path);
      const text = texts.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return JSON.parse(text) as unknown;
    });
    const result = await matcher.match(question);
    const shown = result.answer ?? result.results[0]?.id;
    if (shown) await matcher.article(shown);
    times.push(performance.now() - started);
    bytes.push(fetched.reduce((sum, path) => sum + gzipOf(path), 0));
    files.push(fetched.length);
  }
  return {
    files: median(files),
    filesInPack: texts.size,
    gzipBytes: median(bytes),
    gzipBytesMax: Math.max(...bytes),
    singlePackGzip: gzipSize(JSON.stringify(pack)),
    ms: median(times),
  };
}
