/** A link to a Markdown file next to the index, as index.md lists its articles: `[Title](file.md)`. */
const ARTICLE_LINK = /\]\(\s*<?([^\s()<>]+\.md)[\s>)]/gi;

type ArticleFetches = Promise<ReadonlyMap<string, Promise<Response>>>;

/** One set of fetches per fetch of the index: the app starts them as it mounts and the compiler takes them later. */
const fetchesByIndex = new WeakMap<Promise<Response>, ArticleFetches>();

/**
 * The articles the index links to, fetched as soon as its text is here, while `askdown-markdown.js` still
 * downloads and starts: the compiler otherwise asks for them only once it has read the index with marked, and
 * their round trip would come after all of that. A pattern, not Markdown: the compiler still decides which
 * articles it reads (a link this misses is fetched then; one it reads wrongly is one wasted request). By
 * address, as the compiler asks for them (`new URL(file, indexUrl)`); empty when the index did not come.
 */
export function earlyArticleFetches(indexUrl: string, index: Promise<Response>): ArticleFetches {
  let fetches = fetchesByIndex.get(index);
  if (!fetches) {
    fetches = index
      .then((response) => (response.ok ? response.clone().text() : ''))
      .then(
        (text) => {
          const urls = new Set(Array.from(text.matchAll(ARTICLE_LINK), ([, file]) => new URL(file!, indexUrl).href));
          return new Map([...urls].map((url) => [url, fetch(url, { credentials: 'omit' })]));
        },
        () => new Map(),
      );
    fetchesByIndex.set(index, fetches);
  }
  return fetches;
}
