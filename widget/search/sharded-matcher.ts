import type { PackArticle } from '../content-pack';
import { shardFiles, shardOf, SHARDED_PACK_FORMAT, type DocRecord, type ShardedManifest, type TermShard } from '../sharded-pack';
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from './defaults';
import { FuzzySearchPending, installFuzzySearch, type FuzzySearch } from './fuzzy-search';
import { createIndexMatcher, type Matcher, type MatcherSetup, type MatchRequest, type MatchResult } from './matcher';
import { restoreSearchIndex } from './packed-index';
import { termOf } from './analyze';
import { analyzeQuery, type QueryConcept } from './query';
import { scoreArticles } from './rank';
import { boundedQuestion } from './question-length';
import { FIELDS, type SearchDocument } from './search-corpus';
import { averageFieldLengths, type PostingList, type SearchIndex } from './search-index';
import { ENGLISH_STOPWORDS } from './stopwords';
import { buildSynonymMap, withReadingsSpelt } from './synonyms';
import { isCjkToken } from './tokenize';
import { allowedEdits, createTypoCorrector, type TypoCorrector } from './typo';

/** Fetches one of a sharded pack's files, by its path relative to the manifest, and resolves with its JSON. */
export type LoadShard = (path: string) => Promise<unknown>;

/** The matcher over a sharded pack: the single pack's matcher, with the files each question needs fetched first. */
export interface ShardedMatcher {
  manifest: ShardedManifest;
  match(question: string, request?: MatchRequest): Promise<MatchResult>;
  /** An article with its answer, or null when the pack has no such id. */
  article(id: string): Promise<PackArticle | null>;
  /** The articles shown under one article, as `Matcher.relatedTo` gives them. */
  relatedTo(id: string): Promise<string[]>;
  /** The same, answered at once from the files here, as the widget's conversation asks (`LiveContent`). */
  live: LiveContent;
}

/**
 * What the widget's conversation reads of a sharded pack, synchronously, as it reads a single pack: whatever is
 * not here yet is fetched, and the caller asks again once it is.
 */
export interface LiveContent {
  /**
   * The single pack's matcher over the files fetched so far. A question that needs files not here throws an error
   * whose `wait` settles once they are (it never rejects: a failed fetch is thrown by the next `match`), after
   * which the same question is asked again. The result then shown has its answer's text and its Related list's
   * titles here.
   */
  matcher: Matcher;
  /** An article fetched so far (its `html` only once its answer's file is here), else undefined. */
  articles: { get(id: string): PackArticle | undefined };
  /** Fetches article `id` with its answer and its Related list's titles; false when the pack has none. Rejects with `FilesUnreachable`. */
  fetchArticle(id: string): Promise<boolean>;
}

/** What `LiveContent.matcher` throws while a question's files are on their way. */
export type FilesPending = Error & { wait: Promise<void> };

/**
 * What `LiveContent` throws (or `fetchArticle` rejects with) when files it needed could not be fetched: the
 * content is out of reach, as a pack that does not load is, not a question without an answer.
 */
export type FilesUnreachable = Error & { unreachable: true };

const unreachable = (error: unknown): FilesUnreachable =>
  Object.assign(new Error(`the sharded pack's files could not be fetched: ${error instanceof Error ? error.message : String(error)}`), { unreachable: true as const });

/**
 * The files fetched so far, decoded, and the ones a pass over them asked for that are not here yet. A file is
 * fetched once, however many questions want it at the same time; a failed fetch is forgotten, so asking again
 * retries it.
 */
class ShardFiles {
  private readonly decoded = new Map<string, unknown>();
  private readonly fetching = new Map<string, Promise<void>>();
  readonly missing = new Set<string>();

  constructor(private readonly load: LoadShard) {}

  /** The file, decoded, or undefined, and then noted as missing. */
  get<T>(path: string): T | undefined {
    if (this.decoded.has(path)) return this.decoded.get(path) as T;
    this.missing.add(path);
    return undefined;
  }

  /** The file, decoded, or undefined without noting it: for a look-up that has another way to its answer. */
  peek<T>(path: string): T | undefined {
    return this.decoded.get(path) as T | undefined;
  }

  /** Fetches and decodes (`decode`) each of `paths` not fetched yet; one already here or on its way is waited for. */
  async fetch(paths: Iterable<string>, decode: (path: string, json: unknown) => unknown): Promise<void> {
    await Promise.all(
      [...paths].map((path) => {
        let fetching = this.fetching.get(path);
        if (!fetching) {
          fetching = this.load(path).then((json) => void this.decoded.set(path, decode(path, json)));
          fetching.catch(() => this.fetching.delete(path));
          this.fetching.set(path, fetching);
        }
        return fetching;
      }),
    );
  }
}

const isNumberLists = (value: unknown): value is number[][] => Array.isArray(value) && value.every((list) => Array.isArray(list));

/**
 * A fetched file as the matcher reads it; a file whose shape is not what its path says stops the question with
 * why. (Its numbers are the build's: a posting that names a wrong article is not caught here.)
 */
function decodeShardFile(path: string, json: unknown): unknown {
  const wrong = (what: string) => new Error(`sharded pack file ${path} is not ${what}`);
  if (path.startsWith('terms/')) {
    const shard = json as TermShard;
    if (typeof shard?.terms !== 'string' || !isNumberLists(shard.postings)) throw wrong('a term shard');
    return restoreSearchIndex([], { terms: shard.terms, postings: shard.postings, fieldLengths: [] }).postings;
  }
  if (path.startsWith('docs/')) {
    const isRecord = (record: Partial<DocRecord> | null) =>
      typeof record?.id === 'string' && typeof record.title === 'string' && Array.isArray(record.questions) && Array.isArray(record.related);
    if (!Array.isArray(json) || !json.every(isRecord)) throw wrong('a list of articles');
    return (json as DocRecord[]).map((record) => ({ record, document: { id: record.id, phrasings: [record.title, ...record.questions], related: record.related } }));
  }
  if (path.startsWith('ids/')) {
    if (typeof json !== 'object' || json === null) throw wrong('a map of ids');
    return new Map(Object.entries(json as Record<string, number>));
  }
  if (!Array.isArray(json) || !json.every((item) => typeof item === 'string')) throw wrong('a list of text');
  return json;
}

type DocEntry = { record: DocRecord; document: SearchDocument };

/** What listing or counting a sharded index does: some of it is not fetched, and an index seen part-empty would answer wrong. */
function unlisted(): never {
  throw new Error('a sharded index cannot be listed');
}

const isWholeNumbers = (value: unknown, least: number): boolean =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && (n as number) >= least);

/** What is wrong with a manifest, or null: a wrong count would otherwise give wrong answers without a word. */
function manifestProblem(manifest: Partial<ShardedManifest>): string | null {
  if (manifest.format !== SHARDED_PACK_FORMAT) return `its format is ${String(manifest.format)}, not ${SHARDED_PACK_FORMAT}`;
  const { articleCount, termShards, idShards, docChunk, htmlChunk } = manifest;
  if (!isWholeNumbers([articleCount], 0) || !isWholeNumbers([termShards, idShards, docChunk, htmlChunk], 1)) return 'its counts are not whole numbers (shards and chunks: at least 1)';
  if (!isWholeNumbers(manifest.wordLengths, 1)) return 'its wordLengths are not whole numbers';
  if (!Array.isArray(manifest.synonymTerms)) return 'it has no synonymTerms';
  // Relative, so the files come from where the manifest did.
  if (typeof manifest.files !== 'string' || !/^([\w-][\w.-]*\/)?$/.test(manifest.files)) return 'its files is not a folder beside it';
  const lengths = manifest.fieldLengths;
  if (!isWholeNumbers(lengths, 0) || lengths?.length !== (articleCount ?? 0) * FIELDS.length) return 'its fieldLengths do not fit its articles';
  return null;
}

/**
 * Opens a sharded pack: its manifest, the one file every question needs. `loadFuzzySearch`: where typo
 * correction's search comes from when it is not installed in this bundle (the widget's typo script).
 */
export async function openShardedPack(load: LoadShard, options: Partial<MatchOptions> = {}, loadFuzzySearch?: () => Promise<FuzzySearch | null>): Promise<ShardedMatcher> {
  const manifest = ((await load(shardFiles.manifest)) ?? {}) as Partial<ShardedManifest>;
  const problem = manifestProblem(manifest);
  if (problem) throw new Error(`sharded pack manifest: ${problem}`);
  return createShardedMatcher(manifest as ShardedManifest, load, options, loadFuzzySearch);
}

/**
 * Each question runs the single pack's matcher over what has been fetched, with every look-up of a file not yet
 * here noted (a term's shard, an article's chunk, a word length's words); the noted files are fetched and the
 * question run again, until a pass needs nothing it lacks. That last pass read exactly the data the single pack
 * would have given it, so the ranking, the confidence and the outcome are the single pack's, with only the files
 * this question touches fetched. A pass walks every article's score (at 50,000 articles, tens of ms in Node), so
 * the question's terms are gathered first by the query analysis alone, which costs next to nothing; whole passes
 * then fetch the articles the ranking reaches.
 */
export function createShardedMatcher(
  manifest: ShardedManifest,
  load: LoadShard,
  options: Partial<MatchOptions> = {},
  loadFuzzySearch: () => Promise<FuzzySearch | null> = async () => null,
): ShardedMatcher {
  const settings: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, ...options };
  const files = new ShardFiles(load);
  const count = manifest.articleCount;

  const termsOf = (term: string) => files.get<Map<string, PostingList>>(shardFiles.terms(shardOf(term, manifest.termShards)));
  // Only looked up, never listed: what is not fetched would be missing without a word, so listing it throws.
  const postings = new (class extends Map<string, PostingList> {
    override get(term: string) {
      return termsOf(term)?.get(term);
    }
    override has(term: string) {
      return termsOf(term)?.has(term) ?? false;
    }
    override get size(): number {
      throw new Error('a sharded index cannot be counted');
    }
    override [Symbol.iterator](): MapIterator<[string, PostingList]> {
      return unlisted();
    }
    override entries(): MapIterator<[string, PostingList]> {
      return unlisted();
    }
    override keys(): MapIterator<string> {
      return unlisted();
    }
    override values(): MapIterator<PostingList> {
      return unlisted();
    }
    override forEach(): void {
      unlisted();
    }
  })();

  /** The `docs/` file that holds the article at `doc`. */
  const docsFileOf = (doc: number): string => shardFiles.docs(Math.floor(doc / manifest.docChunk));
  const entryAt = (doc: number): DocEntry | undefined => files.get<DocEntry[]>(docsFileOf(doc))?.[doc % manifest.docChunk];
  // What a pass sees of an article not fetched yet: enough to go on, so every missing chunk is noted in one pass.
  const unknownDocument: SearchDocument = { id: '', phrasings: [], related: [] };
  const documents = new Proxy([] as SearchDocument[], {
    get(target, key, receiver) {
      if (key === 'length') return count;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        const doc = Number(key);
        return doc < count ? (entryAt(doc)?.document ?? unknownDocument) : undefined;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });

  const fieldLengths = Uint32Array.from(manifest.fieldLengths);
  const index: SearchIndex = { documents, postings, fieldLengths, averageFieldLengths: averageFieldLengths(fieldLengths, count) };

  // Typo correction compares a word only with words of about its length (`allowedEdits`): it waits for those
  // lengths' files (a correction before then would be thrown away with its pass), then runs over every word
  // fetched so far, remade whenever more come.
  const wordLengths = new Set(manifest.wordLengths);
  const fetchedWords = new Map<number, string[]>();
  let corrector: TypoCorrector | null = null;
  const correct: TypoCorrector = (surface) => {
    if (surface.length < settings.minTypoLength || /\d/.test(surface) || isCjkToken(surface)) return null;
    // Not before the word's own shard is here: a word the index knows is asked of no correction, and the words of
    // its lengths would be fetched for nothing (a stranger's try, 2026-11-27: six such files before a first answer).
    if (!termsOf(termOf(surface))) return null;
    const reach = allowedEdits(surface.length);
    let complete = true;
    for (let length = surface.length - reach; length <= surface.length + reach; length++) {
      if (!wordLengths.has(length) || fetchedWords.has(length)) continue;
      const words = files.get<string[]>(shardFiles.words(length));
      if (words) {
        fetchedWords.set(length, words);
        corrector = null;
      } else complete = false;
    }
    if (!complete) return null;
    corrector ??= createTypoCorrector([...fetchedWords.values()].flat(), ENGLISH_STOPWORDS, settings);
    return corrector(surface);
  };
  // Every article's scores for the question's concepts, kept for the next pass over the same question while no
  // term shard has come since: they read only the term shards and the field lengths, so the passes that follow (for
  // the ranking's head, the articles it reaches, the answer's text) would each walk every article again for nothing.
  let termShardsFetched = 0;
  let lastScores: { key: string; scores: ReturnType<typeof scoreArticles> } | null = null;
  const score: typeof scoreArticles = (scored, concepts, scoreOptions) => {
    const key = `${termShardsFetched} ${JSON.stringify(concepts)}`;
    if (lastScores?.key === key) return lastScores.scores;
    const scores = scoreArticles(scored, concepts, scoreOptions);
    // Only scores read from every term shard they needed: a synonym's shard may still be missing where the word's
    // own is here (the query's analysis looks no further than a known word), and such scores are a pass's to redo.
    lastScores = [...files.missing].some((path) => path.startsWith('terms/')) ? null : { key, scores };
    return scores;
  };
  const setup: MatcherSetup = { synonymTerms: manifest.synonymTerms, correct, options, score };

  const synonyms = buildSynonymMap(manifest.synonymTerms);

  // Where the articles of the chunks fetched so far are: the answer's own chunk came with its question, so showing
  // it needs no `ids/` file.
  const positions = new Map<string, number>();
  const decode = (path: string, json: unknown): unknown => {
    const decoded = decodeShardFile(path, json);
    if (path.startsWith('terms/')) termShardsFetched++;
    const chunk = /^docs\/(\d+)\.json$/.exec(path)?.[1];
    if (chunk !== undefined) (decoded as DocEntry[]).forEach((entry, i) => positions.set(entry.record.id, Number(chunk) * manifest.docChunk + i));
    return decoded;
  };

  /** Runs `pass` until it asks for no file that is not here, fetching what it asked for in between. */
  async function untilComplete<T>(pass: () => T): Promise<T> {
    for (;;) {
      files.missing.clear();
      const result = pass();
      if (files.missing.size === 0) return result;
      await files.fetch([...files.missing], decode);
    }
  }

  /**
   * The chunks of the best-scored articles, fetched together before any whole pass: the reranking reads the first
   * `rerankDepth` and the "did you mean" choices walk past their near-duplicates, which a pass only finds one
   * chunk after another, each a round trip. Four times the rerank depth took a first answer at 10,000 articles from
   * a median of 9 rounds of requests to 5 (most: 26 to 19) for 2.5 KB gzip more (100 StackFAQ questions,
   * 2026-11-27; twice as many saved no more rounds).
   */
  function fetchRankingHead(concepts: QueryConcept[]): Promise<void> {
    const { scores } = score(index, concepts, settings);
    const scored: number[] = [];
    scores.forEach((score, doc) => {
      if (score > 0) scored.push(doc);
    });
    scored.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    const head = scored.slice(0, 4 * settings.rerankDepth);
    // With the term shards the scoring found missing (a known word's synonyms'), which the passes need too.
    const lackingTerms = [...files.missing].filter((path) => path.startsWith('terms/'));
    return files.fetch(new Set([...head.map(docsFileOf), ...lackingTerms]), decode);
  }

  async function match(question: string, request?: MatchRequest): Promise<MatchResult> {
    // The question's terms first, as the matcher reads them (synonyms and typo corrections included): a pass of
    // the whole matcher costs a walk over every article, which at 50,000 articles is worth sparing.
    const read = withReadingsSpelt(boundedQuestion(String(question)), synonyms);
    const concepts = await untilComplete(() => analyzeQuery(read, index, synonyms, correct, settings));
    await fetchRankingHead(concepts);
    // A fresh matcher each pass: the single pack's keeps what it works out per article, which a pass over an
    // article not fetched yet would get wrong. The typo correction keeps only what it had all the words for.
    return untilComplete(() => createIndexMatcher(index, [], setup).match(question, request));
  }

  // An article's look-ups over the files here, each noting what it lacks, as a pass does: the async ones below run
  // them until complete, and `LiveContent` answers from them at once.
  // From the id's own shard when it is here, which belongs to the manifest's build; else from the chunks fetched so
  // far (a question's answer needs no id shard), which a chunk of another build could mislead.
  function positionNow(id: string): number | undefined {
    const idsFile = shardFiles.ids(shardOf(id, manifest.idShards));
    const ids = files.peek<Map<string, number>>(idsFile);
    if (ids) return ids.get(id);
    return positions.get(id) ?? files.get<Map<string, number>>(idsFile)?.get(id);
  }
  function placeNow(id: string): { doc: number; entry: DocEntry } | undefined {
    const doc = positionNow(id);
    const entry = doc === undefined ? undefined : entryAt(doc);
    return doc !== undefined && entry?.record.id === id ? { doc, entry } : undefined;
  }
  const entryNow = (id: string): DocEntry | undefined => placeNow(id)?.entry;
  const relatedNow = (id: string): string[] => entryNow(id)?.document.related.slice(0, settings.maxRelated) ?? [];
  /** The article with its answer's text, `html` undefined while that file is not here. */
  function articleNow(id: string): PackArticle | undefined {
    const place = placeNow(id);
    if (!place) return undefined;
    const { doc, entry } = place;
    const html = files.get<string[]>(shardFiles.html(Math.floor(doc / manifest.htmlChunk)))?.[doc % manifest.htmlChunk];
    return { ...entry.record, html: html as string };
  }

  async function article(id: string): Promise<PackArticle | null> {
    const found = await untilComplete(() => articleNow(id));
    return typeof found?.html === 'string' ? found : null;
  }

  function relatedTo(id: string): Promise<string[]> {
    return untilComplete(() => relatedNow(id));
  }

  return { manifest, match, article, relatedTo, live: liveContent() };

  /** `LiveContent` over these files: each look-up notes what it lacks, as the passes above do. */
  function liveContent(): LiveContent {
    let failure: unknown = null;
    const pending = (fetching: Promise<unknown>): FilesPending =>
      Object.assign(new Error('Askdown: fetching what the question needs'), { wait: fetching.then(() => {}, (error: unknown) => void (failure = error)) });
    /** Runs `pass` over the files here; throws `pending` with a fetch of those it lacked. */
    function now<T>(pass: () => T): T {
      files.missing.clear();
      let result: T;
      try {
        result = pass();
      } catch (error) {
        if (error instanceof FuzzySearchPending) throw pending(loadFuzzySearch().then(installFuzzySearch, () => installFuzzySearch(null)));
        throw error;
      }
      if (files.missing.size > 0) throw pending(files.fetch([...files.missing], decode));
      return result;
    }
    /** Notes what showing `id` as an answer needs: its answer's text and its Related list's titles. */
    const showable = (id: string): void => {
      articleNow(id);
      for (const other of relatedNow(id)) entryNow(other);
    };
    // The questions whose ranking's head has been fetched (`fetchRankingHead`), so that happens once each.
    const headFetched = new Set<string>();

    const matcher: Matcher = {
      match(question, request) {
        if (failure !== null) {
          const error = failure;
          failure = null;
          throw unreachable(error);
        }
        const read = withReadingsSpelt(boundedQuestion(String(question)), synonyms);
        const concepts = now(() => analyzeQuery(read, index, synonyms, correct, settings));
        if (!headFetched.has(read)) {
          headFetched.add(read);
          throw pending(fetchRankingHead(concepts));
        }
        return now(() => {
          const result = createIndexMatcher(index, [], setup).match(question, request);
          if (result.answer !== null) showable(result.answer);
          return result;
        });
      },
      relatedTo: relatedNow,
    };

    function fetchArticle(id: string): Promise<boolean> {
      return untilComplete(() => {
        showable(id);
        return articleNow(id)?.html !== undefined;
      }).catch((error: unknown) => {
        throw unreachable(error);
      });
    }

    return { matcher, articles: { get: articleNow }, fetchArticle };
  }
}
