/**
 * Article front matter `pages: ["/ships/*", "/pass/**"]`: the paths where an article leads the suggested
 * questions. `*` stands for any characters within one segment of the path, `**` for any across segments, and a
 * pattern ending in `/**` also matches the folder itself (`/pass`). Pure, so the build checks patterns with it.
 */
export function pageMatches(pattern: string, pathname: string): boolean {
  const literal = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const source = pattern
    .replace(/\/\*\*$/, '\0')
    .split('**')
    .map((part) => part.split('*').map(literal).join('[^/]*'))
    .join('.*')
    .replace('\0', '(/.*)?');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The articles whose `pages` patterns match `pathname`, in content order. */
export function articlesForPage<T extends { pages?: readonly string[] }>(articles: readonly T[], pathname: string): T[] {
  return articles.filter((article) => article.pages?.some((pattern) => pageMatches(pattern, pathname)));
}
