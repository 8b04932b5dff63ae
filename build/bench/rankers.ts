import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createMatcher } from '../../widget/search';
import { querySetArticle } from '../cli/eval-queries';

/** A benchmark article, as in `../shared/eval`. */
export interface BenchArticle {
  id: string;
  question: string;
  answer: string;
}

/** Anything that ranks article ids for a query; the answer is only ours to give. */
export interface Ranker {
  rank(query: string): { ranking: string[]; answer: string | null };
}

export type RankerFactory = (articles: readonly BenchArticle[]) => Ranker;

/** Askdown's matcher, as `npm run eval` runs it. */
export const askdownRanker: RankerFactory = (articles) => {
  const matcher = createMatcher(articles.map(querySetArticle), { options: { maxResults: 100 } });
  return {
    rank(query) {
      const result = matcher.match(query);
      return { ranking: result.results.map((r) => r.id), answer: result.answer };
    },
  };
};

/** Fuse.js with its defaults over question and answer: what a widget gets by dropping Fuse.js in. */
export const fuseRanker: RankerFactory = (articles) => {
  const fuse = new Fuse(articles, { keys: ['question', 'answer'] });
  return { rank: (query) => ({ ranking: fuse.search(query, { limit: 100 }).map((r) => r.item.id), answer: null }) };
};

/** MiniSearch with its defaults over question and answer. */
export const miniSearchRanker: RankerFactory = (articles) => {
  const search = new MiniSearch<BenchArticle>({ fields: ['question', 'answer'] });
  search.addAll(articles);
  return {
    rank: (query) => ({ ranking: search.search(query).slice(0, 100).map((r) => String(r.id)), answer: null }),
  };
};

/** Plain BM25's tokens: NFKC, lowercased words, and character bigrams of Japanese and Chinese runs. */
function plainTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[\p{L}\p{N}]+/gu)) {
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) tokens.push(run);
    else if (run.length < 2) tokens.push(run);
    else for (let i = 0; i < run.length - 1; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

/**
 * Textbook BM25 (k1 1.2, b 0.75) over question and answer as one text, words and character bigrams: the baseline
 * LocalgovFAQ's figures are quoted against, written here so every ranker runs in one bench.
 */
export const bigramBm25Ranker: RankerFactory = (articles) => {
  const k1 = 1.2;
  const b = 0.75;
  const documents = articles.map((a) => plainTokens(`${a.question} ${a.answer}`));
  const postings = new Map<string, Map<number, number>>();
  documents.forEach((tokens, doc) => {
    for (const token of tokens) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = new Map()));
      list.set(doc, (list.get(doc) ?? 0) + 1);
    }
  });
  const average = documents.reduce((sum, tokens) => sum + tokens.length, 0) / Math.max(documents.length, 1);
  return {
    rank(query) {
      const scores = new Map<number, number>();
      for (const token of new Set(plainTokens(query))) {
        const list = postings.get(token);
        if (!list) continue;
        const idf = Math.log(1 + (documents.length - list.size + 0.5) / (list.size + 0.5));
        for (const [doc, tf] of list) {
          const norm = tf + k1 * (1 - b + (b * (documents[doc]?.length ?? 0)) / average);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / norm);
        }
      }
      const ranking = [...scores].sort((x, y) => y[1] - x[1]).slice(0, 100).map(([doc]) => articles[doc]?.id ?? '');
      return { ranking, answer: null };
    },
  };
};
