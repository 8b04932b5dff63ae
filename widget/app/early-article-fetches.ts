/**
 * A link to an article as index.md lists them, `[Title](file.md)`: a file next to the index, named alone (no
 * folder, no scheme), as the compiler takes them (`MARKDOWN_FILE_LINK`, index-file.ts). index.md itself is none.
 */
const ARTICLE_LINK = /\]\(\s*<?(?:\.\/)?(?!index\.md[\s>)])([^\s()<>/\\:]+\.md)[\s>)]/gi;

/** What Markdown shows as code or hides as a comment: a link in it is no article. */
const NOT_LINKS = /<!--[\s\S]*?(?:-->|$(?![\s\S]))|^ {0,3}(`{3,}|~{3,})[\s\S]*?(?:^ {0,3}\1|$(?![\s\S]))/gm;

/** The app's fetches of the articles, by address; the compiler takes each out as it reads it. */
type ArticleFetches = Promise<Map<string, Promise<Response>>>;

/** One set of fetches per fetch of the index: the app starts them as it mounts and the compiler takes them later. */
const fetchesByIndex = new WeakMap<Promise<Response>, ArticleFetches>();

/**
 * The articles the index links to, fetched as soon as its text is here, while `askdown-markdown.js` still
 * downloads and starts: the compiler otherwise asks for them only once it has read the index with marked, and
 * their round trip would come after all of that. A pattern, not Markdown: the compiler still decides which
 * articles it reads (a link this misses is fetched then; one it reads wrongly is one wasted request). By
 * address, as the compiler asks for them (`new URL(file, indexUrl)`); empty when the index did not come. Nothing
 * here throws or rejects into the page: a fetch that fails is the compiler's to report, on the index's line.
 * `cache`: 'reload' on the visitor's retry, past a first fetch of an article that may still hang.
 */
export function earlyArticleFetches(indexUrl: string, index: Promise<Response>, cache: RequestCache = 'default'): ArticleFetches {
  let fetches = fetchesByIndex.get(index);
  if (!fetches) {
    fetches = index
      .then((response) => (response.ok ? response.clone().text() : ''))
      .then((text) => {
        const urls = new Set(Array.from(text.replace(NOT_LINKS, '').matchAll(ARTICLE_LINK), ([, file]) => new URL(file!, indexUrl).href));
        return new Map(
          [...urls].map((url) => {
            const fetched = fetch(url, { credentials: 'omit', cache });
            fetched.catch(() => {});
            return [url, fetched];
          }),
        );
      })
      .catch(() => new Map());
    fetchesByIndex.set(index, fetches);
  }
  return fetches;
}
