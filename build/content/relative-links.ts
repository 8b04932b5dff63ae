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
 * A web address written without its `https://` (`www.example.com/page`, `example.com`, `https//example.com`): to a
 * browser, a path relative to the page, so it leads nowhere from any page. A first segment ending in a file's
 * extension (`rules.html`) is a page's name, not a host.
 */
const SCHEMELESS_ADDRESS = /^(?:https?\/\/|www\.|[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|org|net|info|biz|io|co|gov|edu|jp|uk|de|fr|eu)(?:[/?#:]|$))/i;

/**
 * Problems of answers' links relative to the page they are shown on. A web address without its `https://` is an
 * error: it leads nowhere from any page. Any other is a warning: the widget shows an answer on every page of the
 * site, so `rules.html` leads somewhere else from each (and on the static FAQ page to `/faq/<locale>/rules.html`),
 * but a site whose pages all sit in one folder may mean just that. `lineOf` finds the line of text in a file.
 */
export function relativeLinkProblems(
  pack: ContentPack,
  fileOf: (i: number) => string,
  lineOf: (file: string, written: readonly string[]) => number | undefined,
): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  pack.articles.forEach((article, i) => {
    const file = fileOf(i);
    for (const href of pageRelativeLinks(article.html)) {
      const line = lineOf(file, [`](${href}`, `](<${href}`, `"${href}"`, href]);
      const at = line === undefined ? { file } : { file, line };
      if (SCHEMELESS_ADDRESS.test(href)) {
        errors.push({
          ...at,
          message: `the link "${href}" is a web address without its https://, so it leads nowhere from the pages the widget is on`,
          hint: `Write it in full: https://${href.replace(/^https?\/\//i, '')}`,
        });
        continue;
      }
      const fromRoot = href.replace(/^(\.\.?\/)+/, '');
      warnings.push({
        ...at,
        message: `the link "${href}" leads to a different page from each page the widget is on (and from the FAQ page)`,
        hint: `Write it from the site's root, e.g. /${fromRoot}, or in full, e.g. https://www.example.com/${fromRoot}.`,
      });
    }
  });
  return { errors, warnings };
}
