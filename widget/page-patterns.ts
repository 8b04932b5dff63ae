import { readableUrl } from './safe-url';

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

/**
 * The articles whose `pages` patterns match `pathname`, in content order. The browser gives a path
 * percent-encoded (`/%E3%82%B5%E3%83%9D…`) and editors write it as it reads (`/サポート/`), so both are tried.
 */
export function articlesForPage<T extends { pages?: readonly string[] }>(articles: readonly T[], pathname: string): T[] {
  const paths = [pathname, readablePath(pathname)];
  return articles.filter((article) => article.pages?.some((pattern) => paths.some((path) => pageMatches(pattern, path))));
}

/**
 * `pathname` with its percent-escapes decoded, except those of `/` and the others a path keeps; folder by folder,
 * so one malformed escape (a bare `%`) leaves only its own folder as it is.
 */
function readablePath(pathname: string): string {
  return pathname.split('/').map(readableUrl).join('/');
}
