/**
 * `npm run bench:match`: ranking quality and speed of Askdown's matcher against Fuse.js and MiniSearch defaults
 * and textbook BM25 (words and character bigrams) on the public StackFAQ sets and LocalgovFAQ (Japanese), then index build time and memory at 1,000 and 10,000 articles. Prints measured
 * figures only; nothing here passes or fails.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { summarize, type QueryOutcome } from '../cli/eval-queries';
import { askdownRanker, bigramBm25Ranker, fuseRanker, miniSearchRanker, type BenchArticle, type RankerFactory } from './rankers';
import { scaledCorpus } from './scaled-corpus';

const EVAL_DIR = new URL('../../../shared/eval/', import.meta.url);
const SETS = ['stackfaq.json', 'stackfaq-threads.json', 'localgovfaq-ja.json'];
const RANKERS: [string, RankerFactory][] = [
  ['Askdown', askdownRanker],
  ['MiniSearch 7 defaults', miniSearchRanker],
  ['Fuse.js 7 defaults', fuseRanker],
  ['plain BM25, words and CJK bigrams', bigramBm25Ranker],
];

interface BenchSet {
  articles: BenchArticle[];
  queries: { query: string; expected: string[] }[];
}

async function readSet(name: string): Promise<BenchSet> {
  try {
    return JSON.parse(await readFile(new URL(name, EVAL_DIR), 'utf8')) as BenchSet;
  } catch (error) {
    throw new Error(`Cannot read ../shared/eval/${name} (the public benchmarks beside the project): ${String(error)}`);
  }
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function qualityRow(set: BenchSet, name: string, factory: RankerFactory): string {
  const ranker = factory(set.articles);
  const started = performance.now();
  const outcomes: QueryOutcome[] = set.queries.map(({ query, expected }) => {
    const { ranking, answer } = ranker.rank(query);
    // Only ranking quality is compared here; `npm run eval` measures Askdown's answers.
    return { query, expected, ranking, answer, outcome: answer === null ? 'none' : 'answer', confidence: 0, choices: [] };
  });
  const ms = (performance.now() - started) / set.queries.length;
  const s = summarize(outcomes, ms);
  return row([name, s.p1.toFixed(3), s.mrr10.toFixed(3), s.map100.toFixed(3), ms.toFixed(2)]);
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function scaleRow(source: BenchSet, size: number): string {
  const corpus = scaledCorpus(source.articles, size);
  const before = heapMb();
  const started = performance.now();
  const ranker = askdownRanker(corpus);
  const buildMs = performance.now() - started;
  const after = heapMb();
  const queries = source.queries.slice(0, 200);
  const queryStarted = performance.now();
  for (const { query } of queries) ranker.rank(query);
  const queryMs = (performance.now() - queryStarted) / queries.length;
  // Keep the index alive until after the second heap reading.
  ranker.rank('keep');
  return row([size.toLocaleString('en'), buildMs.toFixed(0), (after - before).toFixed(1), queryMs.toFixed(2)]);
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Askdown match bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}`);
  if (!globalThis.gc) console.log('(run with node --expose-gc for steady memory figures)');
  const sets = await Promise.all(SETS.map(readSet));
  sets.forEach((set, i) => {
    console.log(`\n${SETS[i]}: ${set.articles.length} articles, ${set.queries.length} queries`);
    console.log(row(['ranker', 'P@1', 'MRR@10', 'MAP@100', 'ms/query']));
    console.log(row(['---', '---', '---', '---', '---']));
    for (const [name, factory] of RANKERS) console.log(qualityRow(set, name, factory));
  });
  const [pairs] = sets;
  if (!pairs) return;
  console.log('\nScale (StackFAQ articles repeated and varied; ms/query over 200 StackFAQ queries)');
  console.log(row(['articles', 'index build ms', 'index heap MB', 'ms/query']));
  console.log(row(['---', '---', '---', '---']));
  for (const size of [1_000, 10_000]) console.log(scaleRow(pairs, size));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
