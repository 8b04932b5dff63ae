import type { ContentError } from './content-error';

/**
 * The largest article, in bytes of UTF-8 Markdown (front matter included): 100 KB. An answer is read in a chat
 * panel, often on a phone; 100 KB is some 15,000 words, far beyond any answer, and every article travels in the one
 * content pack each visitor downloads. It also keeps the Markdown renderer, which recurses, far from the sizes
 * that overflow its stack (a 10 MB paragraph does). Raise it only with a reason and a test at the new size.
 */
export const MAX_ARTICLE_BYTES = 100 * 1024;

/** The article's size as an error if it is over {@link MAX_ARTICLE_BYTES}, on the line where it passes the limit. */
export function checkArticleSize(file: string, source: string): ContentError | null {
  const bytes = new TextEncoder().encode(source);
  if (bytes.length <= MAX_ARTICLE_BYTES) return null;
  let line = 1;
  for (let i = 0; i < MAX_ARTICLE_BYTES; i++) if (bytes[i] === 0x0a) line++;
  const kilobytes = (count: number) => `${Math.ceil(count / 1024).toLocaleString('en')} KB`;
  return {
    file,
    line,
    message: `the article is ${kilobytes(bytes.length)}, over the limit of ${kilobytes(MAX_ARTICLE_BYTES)} per article (it passes the limit on this line)`,
    hint: 'Split it into several articles, each answering one question, and link them with "related".',
  };
}
