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
