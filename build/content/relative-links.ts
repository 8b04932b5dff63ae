import type { ContentPack } from '../../widget/content-pack';
import type { ContentError } from './content-error';
import { NODE_ANSWER_HTML } from './sanitize';

/** A link written relative to the page it is on (`rules.html`, `../x`): not from the root, a fragment or with a scheme. */
const PAGE_RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#|\?)/i;

/** The addresses of an answer's links that are relative to the page they are shown on, read as the checks read links. */
export function pageRelativeLinks(html: string): string[] {
  return NODE_ANSWER_HTML.linkTargets(html).filter((href) => href !== '' && PAGE_RELATIVE.test(href));
}

/**
 * Warnings for answers whose links are relative to the page they are shown on: the widget shows an answer on every
 * page of the site, so `rules.html` leads somewhere else from each (and on the static FAQ page to
 * `/faq/<locale>/rules.html`). Not an error: a site whose pages all sit in one folder may mean just that.
 */
export function relativeLinkWarnings(pack: ContentPack, fileOf: (i: number) => string): ContentError[] {
  return pack.articles.flatMap((article, i) =>
    pageRelativeLinks(article.html).map((href) => ({
      file: fileOf(i),
      message: `the link "${href}" leads to a different page from each page the widget is on (and from the FAQ page)`,
      hint: `Write it from the site's root, e.g. /${href.replace(/^(\.\.?\/)+/, '')}, or in full, e.g. https://www.example.com/${href.replace(/^(\.\.?\/)+/, '')}.`,
    })),
  );
}
