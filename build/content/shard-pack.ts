import type { ContentPack } from '../../widget/content-pack';
import { shardFiles, shardOf, SHARDED_PACK_FORMAT, type DocRecord, type ShardedManifest, type TermShard } from '../../widget/sharded-pack';

/** How finely a pack is split: smaller files mean fewer bytes per question and more requests. */
export interface ShardLayout {
  /** About this many bytes of posting lists per term shard. */
  termShardBytes: number;
  /** Articles per `docs/` file. */
  docChunk: number;
  /** Answers per `html/` file: an answer is shown alone, and answers are long. */
  htmlChunk: number;
  /** Articles per `ids/` file, which only a link to an article by its id needs. */
  idsPerShard: number;
}

export const DEFAULT_SHARD_LAYOUT: ShardLayout = { termShardBytes: 4_000, docChunk: 16, htmlChunk: 8, idsPerShard: 500 };

/**
 * A built pack as the files of a sharded pack (`widget/sharded-pack.ts`), by path, as JSON values. Made from the
 * pack itself, not from the articles again, so the two cannot disagree: the same terms, the same posting lists,
 * the same vocabulary in the same order.
 */
export function shardPack(pack: ContentPack, layout: ShardLayout = DEFAULT_SHARD_LAYOUT): Map<string, unknown> {
  for (const [name, value] of Object.entries(layout)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`shard layout ${name} must be a whole number of at least 1, not ${value}`);
  }
  const files = new Map<string, unknown>();
  const count = pack.articles.length;

  const terms = pack.index.terms === '' ? [] : pack.index.terms.split(' ');
  const indexBytes = pack.index.terms.length + JSON.stringify(pack.index.postings).length;
  const termShards = Math.max(1, Math.ceil(indexBytes / layout.termShardBytes));
  const shards = Array.from({ length: termShards }, () => ({ terms: [] as string[], postings: [] as number[][] }));
  terms.forEach((term, i) => {
    const shard = shards[shardOf(term, termShards)];
    shard?.terms.push(term);
    shard?.postings.push(pack.index.postings[i] ?? []);
  });
  shards.forEach((shard, n) => files.set(shardFiles.terms(n), { terms: shard.terms.join(' '), postings: shard.postings } satisfies TermShard));

  // Typo correction compares a word only with words of about its length, so it needs only those lengths' files;
  // and never with a word that has a digit in it (`createTypoCorrector`), so those are left out.
  const wordsByLength = new Map<number, string[]>();
  for (const word of pack.vocabulary.split(' ')) {
    if (word === '' || /\d/.test(word)) continue;
    let words = wordsByLength.get(word.length);
    if (!words) wordsByLength.set(word.length, (words = []));
    words.push(word);
  }
  for (const [length, words] of wordsByLength) files.set(shardFiles.words(length), words);

  for (let start = 0; start < count; start += layout.docChunk) {
    const records: DocRecord[] = pack.articles.slice(start, start + layout.docChunk).map(({ html: _html, ...record }) => record);
    files.set(shardFiles.docs(start / layout.docChunk), records);
  }
  for (let start = 0; start < count; start += layout.htmlChunk) {
    files.set(shardFiles.html(start / layout.htmlChunk), pack.articles.slice(start, start + layout.htmlChunk).map((article) => article.html));
  }

  const idShards = Math.max(1, Math.ceil(count / layout.idsPerShard));
  // Without a prototype, so that an id such as "__proto__" is an entry like any other.
  const ids = Array.from({ length: idShards }, () => Object.create(null) as Record<string, number>);
  pack.articles.forEach((article, position) => {
    const shard = ids[shardOf(article.id, idShards)];
    if (shard) shard[article.id] = position;
  });
  ids.forEach((shard, n) => files.set(shardFiles.ids(n), shard));

  const manifest: ShardedManifest = {
    format: SHARDED_PACK_FORMAT,
    locale: pack.locale,
    site: pack.site,
    synonymTerms: pack.synonymTerms,
    files: '',
    articleCount: count,
    termShards,
    idShards,
    docChunk: layout.docChunk,
    htmlChunk: layout.htmlChunk,
    wordLengths: [...wordsByLength.keys()].sort((a, b) => a - b),
    fieldLengths: pack.index.fieldLengths,
  };
  files.set(shardFiles.manifest, manifest);
  return files;
}
