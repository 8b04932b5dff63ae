/**
 * `npm run bench:stress` (also the last part of `npm run bench`): 100,000 generated questions, many of them
 * hostile (random Unicode, lone surrogates, control characters, 200,000-character CJK runs, a megabyte of
 * text), through the matcher the widget uses, over the log-in FAQ. Prints p50/p99/max time per question and heap
 * growth; nothing passes or fails here (the property tests in `npm test` check the results are well formed).
 */
import { createPackMatcher } from '../../widget/pack-matcher';
import { loadPackFromDir } from '../cli/load-pack';

const QUERIES = 100_000;
const WORDS = ['email', 'log-in', 'pre-registration', 'NK-SHIPS', 'NK-PASS', 'shared', 'group', 'password', 'id', 'register', 'ｍａｉｌ', 'ﾒｰﾙ', '申込み', 'メール'];
const CJK = 'メールアドレス登録申込共有個人会社船舶検査';

/** A small seeded generator (mulberry32), so every run asks the same questions. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function question(random: () => number, i: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (i % 20_000 === 0) return 'x'.repeat(1_000_000);
  if (i % 5_000 === 1) return Array.from({ length: 200_000 }, () => pick([...CJK])).join('');
  switch (i % 4) {
    case 0:
      return Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(WORDS)).join(' ');
    case 1:
      return Array.from({ length: Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    case 2:
      return Array.from({ length: Math.floor(random() * 60) }, () => pick([...CJK])).join('');
    default:
      return Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 0x80))).join('');
  }
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
  const matcher = createPackMatcher(await loadPackFromDir('content/en'));
  const random = seeded(20261126);
  for (let i = 0; i < 200; i++) matcher.match(question(random, i + 2)); // warm-up: typo searchers, JIT
  const before = heapMb();
  const times = new Float64Array(QUERIES);
  let answered = 0;
  for (let i = 0; i < QUERIES; i++) {
    const text = question(random, i);
    const started = performance.now();
    const result = matcher.match(text);
    times[i] = performance.now() - started;
    if (result.outcome === 'answer') answered++;
  }
  const after = heapMb();
  times.sort();
  const at = (share: number) => (times[Math.min(QUERIES - 1, Math.floor(share * QUERIES))] ?? 0).toFixed(3);
  console.log(`${QUERIES.toLocaleString('en')} generated questions over the log-in FAQ (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}):`);
  console.log(`  ms per question: p50 ${at(0.5)}, p99 ${at(0.99)}, max ${(times[QUERIES - 1] ?? 0).toFixed(3)}`);
  console.log(`  heap: ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after (${(after - before).toFixed(1)} MB growth${globalThis.gc ? '' : '; run with --expose-gc for a settled figure'})`);
  console.log(`  answered: ${answered} (of the FAQ-word questions, the rest being noise)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
