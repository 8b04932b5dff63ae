import type { ContentPack } from '../../widget/content-pack';
import { readableUrl } from '../../widget/safe-url';
import type { ContentError } from './content-error';
import { NODE_ANSWER_HTML } from './sanitize';
import { lineOfWritten } from './source-lines';

/** A link written relative to the page it is on (`rules.html`, `../x`): not from the root, a fragment or with a scheme. */
const PAGE_RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#|\?)/i;

/** The addresses of an answer's links that are relative to the page they are shown on, read as the checks read links. */
export function pageRelativeLinks(html: string): string[] {
  return NODE_ANSWER_HTML.linkTargets(html).filter((href) => href !== '' && PAGE_RELATIVE.test(href));
}

/** Names a page's file may end in: `rules.html` is a page, `example.ca` a host. */
const FILE_EXTENSION = /\.(?:s?html?|php|aspx?|jsp|cgi|pdf|md|txt|json|xml|csv|png|jpe?g|gif|svg|webp|docx?|xlsx?|pptx?|zip)$/i;

/** Endings of hosts written alone, with no path after them (`example.com`), where a page's name could be meant. */
const HOST_ALONE = /\.(?:com|org|net|info|biz|io|co|gov|edu|int|jp|uk|de|fr|eu|ca|au|nz|ch|nl|se|no|dk|fi|it|es|kr|cn|tw|hk|sg|in)$/i;

/**
 * What a link relative to the page was meant to be, when it is plainly something else: a web address without its
 * `https://` (`www.example.com/page`, `example.ca/help`, `https//example.com`) or an e-mail address without its
 * `mailto:`; both lead nowhere from any page. Null for a link that may mean a page of the site.
 */
function meantAddress(href: string): string | null {
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(href)) return `mailto:${href}`;
  const bare = href.replace(/^https?:?\/\//i, '');
  if (bare !== href) return `https://${bare}`;
  const [first = '', ...rest] = bare.split(/(?=[/?#])/);
  if (FILE_EXTENSION.test(first) || !/^[a-z\d-]+(?:\.[a-z\d-]+)+(?::\d+)?$/i.test(first)) return null;
  return /^www\./i.test(first) || rest.length > 0 || HOST_ALONE.test(first) ? `https://${bare}` : null;
}

/**
 * Problems of answers' links relative to the page they are shown on. A web or e-mail address without its scheme is
 * an error: it leads nowhere from any page. Any other is a warning: the widget shows an answer on every page of the
 * site, so `rules.html` leads somewhere else from each (and on the static FAQ page to `/faq/<locale>/rules.html`),
 * but a site whose pages all sit in one folder may mean just that. `sourceOf` gives a file's text, for the lines.
 */
export function relativeLinkProblems(
  pack: ContentPack,
  fileOf: (i: number) => string,
  sourceOf: (file: string) => string,
): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  pack.articles.forEach((article, i) => {
    const file = fileOf(i);
    for (const href of pageRelativeLinks(article.html)) {
      // As the editor wrote it: marked writes non-ASCII characters percent-encoded.
      const written = readableUrl(href);
      const line = lineOfWritten(sourceOf(file), [`](${written}`, `](<${written}`, `"${written}"`, `"${href}"`, written]);
      const at = line === undefined ? { file } : { file, line };
      const meant = meantAddress(written);
      if (meant !== null) {
        const what = meant.startsWith('mailto:') ? "an e-mail address without its mailto:" : 'a web address without its https://';
        errors.push({ ...at, message: `the link "${written}" is ${what}, so it leads nowhere from the pages the widget is on`, hint: `Write it in full: ${meant}` });
        continue;
      }
      const fromRoot = written.replace(/^(\.\.?\/)+/, '');
      warnings.push({
        ...at,
        message: `the link "${written}" leads to a different page from each page the widget is on (and from the FAQ page)`,
        hint: `Write it from the site's root, e.g. /${fromRoot}, or in full, e.g. https://www.example.com/${fromRoot}.`,
      });
    }
  });
  return { errors, warnings };
}
