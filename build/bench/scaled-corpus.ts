import type { BenchArticle } from './rankers';

/**
 * A corpus of `size` articles made from a benchmark's articles: the originals, then copies in which every copy
 * drops a different word and gains a copy number, so no two articles are identical and the vocabulary grows
 * with the corpus as a real help centre's does.
 */
export function scaledCorpus(source: readonly BenchArticle[], size: number): BenchArticle[] {
  const corpus: BenchArticle[] = [];
  for (let i = 0; corpus.length < size; i++) {
    const original = source[i % source.length];
    if (!original) break;
    const copy = Math.floor(i / source.length);
    if (copy === 0) {
      corpus.push(original);
      continue;
    }
    const words = original.question.split(' ');
    words.splice(copy % words.length, 1);
    corpus.push({
      id: `${original.id}-c${copy}`,
      question: `${words.join(' ')} (v${copy})`,
      answer: `${original.answer} Revision ${copy}${i}.`,
    });
  }
  return corpus;
}
