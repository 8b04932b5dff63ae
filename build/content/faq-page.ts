import type { ContentPack } from '../../widget/content-pack';
import { autonym } from '../../widget/languages/autonym';

/**
 * The static FAQ page of one locale (`dist/faq/<locale>/index.html`): every answer readable with JavaScript off,
 * by visitors, search engines and screen readers alike. Each article is a section whose `id` is its id, so
 * `index.html#shared-email` links straight to an answer. Answers are the pack's HTML, which the content build has
 * sanitised; every other text is escaped here. No script runs: the schema.org FAQPage data is a JSON-LD block,
 * which browsers do not execute, so a strict CSP (`script-src 'self'`) is kept.
 */

/** The page's stylesheet, written once beside the locale folders (`dist/faq/faq.css`). */
export const FAQ_CSS_FILE = 'faq.css';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Letters of scripts written without spaces between words or sentences (kana, kanji, full-width forms). */
const UNSPACED = '\\u3000-\\u9fff\\uff00-\\uffef';

/** Tags within a line of text (bold, a link, code): taken out with nothing in their place. */
const INLINE_TAG = /<\/?(?:a|strong|em|b|i|code|del|kbd|span)\b[^>]*>/gi;

/**
 * The answer's text without tags, for the structured data and the description (search engines take plain text
 * best): a block's end (a paragraph, an item) is a space, but not between two Japanese sentences, where no space
 * is written; the spaces the editor wrote stay as written, one each.
 */
export function plainText(html: string): string {
  return html
    .replace(INLINE_TAG, '')
    .replace(/<[^>]*>/g, '\u0000')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(new RegExp(`(?<=[${UNSPACED}])[\\s\\u0000]*\\u0000[\\s\\u0000]*(?=[${UNSPACED}])`, 'g'), '')
    .replace(/[\s\u0000]+/g, ' ')
    .trim();
}

/**
 * Each heading's id: the article's id and "-title", made unique against every article's id and the headings
 * before it (an article called "shared-email-title" would otherwise share its id with another's heading).
 */
function headingIds(ids: readonly string[]): string[] {
  const used = new Set(ids);
  return ids.map((id) => {
    let candidate = `${id}-title`;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-title-${n}`;
    used.add(candidate);
    return candidate;
  });
}

/** `html` with each heading from h`from` down one level up. */
const headingsUp = (html: string, from: 3 | 4): string =>
  html.replace(/<(\/?)h([3-6])\b/g, (tag, slash: string, level: string) => (Number(level) < from ? tag : `<${slash}h${Number(level) - 1}`));

/**
 * An answer as the page shows it. Its headings one level up: in the panel an answer's title is an h3 and its "##"
 * an h4; here the title is an h2, so an h4 would skip a level. "#" and "##" both become h3 (never above it: the h2
 * is the title).
 */
const answerForPage = (html: string): string =>
  headingsUp(html, 4)
    // A link to another answer (`#askdown=<id>`, which the widget opens in its conversation) leads to its section
    // here, as the page has no widget to open it (a review).
    .replace(/href="#askdown=/g, 'href="#');

/** The index's introduction as the page shows it, under its h1: its headings one level up (`#` an h2). */
const introForPage = (html: string): string => headingsUp(html, 3);

/**
 * The page's description for search results: the index's opening text, its headings left out (what comes before
 * its first list, table or other block: not the list of articles, which ran on into it until a stranger's try),
 * else the greeting, cut at about 160 characters.
 */
function description(introHtml: string, greeting: string): string {
  const opening = introHtml.replace(/<h(\d)\b[\s\S]*?<\/h\1>/gi, ' ').split(/<(?:ul|ol|table|pre|hr|nav)\b/i)[0] ?? '';
  const text = plainText(opening) || greeting;
  if (text.length <= 160) return text;
  const cut = text.slice(0, 157);
  // At a word's end where words are spaced; Japanese, which has no spaces, where it stands.
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > 100 ? atWord : cut}…`;
}

/** schema.org FAQPage as JSON-LD, safe inside <script>: no "<" can close the element early. */
export function faqJsonLd(pack: ContentPack): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: pack.locale,
    mainEntity: pack.articles.map((article) => ({
      '@type': 'Question',
      name: article.title,
      acceptedAnswer: { '@type': 'Answer', text: plainText(article.html) },
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * `introHtml`: the index's body, sanitised, its article links leading to the sections (`renderFaqIntro`).
 * `otherLocales`: the site's other languages, whose pages sit beside this one (`../<locale>/`), for search engines.
 */
export function renderFaqPage(pack: ContentPack, introHtml: string, otherLocales: readonly string[] = [], address?: string): string {
  // With the pages' public address (`--faq-address`), the links search engines read are full addresses, as they
  // ask of `hreflang`, and the page names its own (`canonical`); without it, relative, which browsers follow.
  const pageOf = (locale: string) => escapeHtml(address ? new URL(`${encodeURIComponent(locale)}/`, address).href : `../${locale}/`);
  const canonical = address ? `<link rel="canonical" href="${pageOf(pack.locale)}">\n` : '';
  const { site } = pack;
  // The other languages' pages, for visitors too, not only search engines (a stranger's try found the English page
  // led nowhere Japanese without JavaScript): each named in its own language.
  const languageLinks =
    otherLocales.length > 0
      ? `<nav class="languages" aria-label="${escapeHtml(site.ui.language)}"><ul>${otherLocales.map((other) => `<li><a href="${pageOf(other)}" hreflang="${escapeHtml(other)}" lang="${escapeHtml(other)}">${escapeHtml(autonym(other))}</a></li>`).join('')}</ul></nav>\n`
      : '';
  const titleOf = new Map(pack.articles.map((article) => [article.id, article.title]));
  const link = (id: string) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(titleOf.get(id) ?? id)}</a></li>`;
  const headingIdOf = headingIds(pack.articles.map((article) => article.id));
  const sections = pack.articles.map((article, i) => {
    const id = escapeHtml(article.id);
    const headingId = escapeHtml(headingIdOf[i] ?? '');
    const related = article.related.filter((other) => titleOf.has(other));
    return [
      `<section id="${id}" aria-labelledby="${headingId}">`,
      `<h2 id="${headingId}">${escapeHtml(article.title)}</h2>`,
      `<div class="answer">${answerForPage(article.html)}</div>`,
      article.cta ? `<p><a class="cta" href="${escapeHtml(site.registration.url)}">${escapeHtml(site.registration.label)}</a></p>` : '',
      related.length > 0
        ? `<div class="related"><h3>${escapeHtml(site.ui.related)}</h3><ul>${related.map(link).join('')}</ul></div>`
        : '',
      '</section>',
    ].join('\n');
  });
  // At the body's end, where search engines read it as well: in the head, a large site's (1.75 MB at 3,000
  // articles) arrived before any of the page a visitor sees (a stranger's try, 2026-11-30).
  const structuredData = `<script type="application/ld+json">${faqJsonLd(pack)}</script>`;
  return `<!doctype html>
<html lang="${escapeHtml(pack.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.faqTitle ?? site.title)}</title>
<meta name="description" content="${escapeHtml(description(introHtml, site.greeting))}">
${canonical}${(otherLocales.length > 0 ? [pack.locale, ...otherLocales] : []).map((other) => `<link rel="alternate" hreflang="${escapeHtml(other)}" href="${pageOf(other)}">\n`).join('')}<link rel="stylesheet" href="../${FAQ_CSS_FILE}">
</head>
<body>
<header>
${languageLinks}<h1>${escapeHtml(site.faqTitle ?? site.title)}</h1>
<div class="intro">${introForPage(introHtml)}</div>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p><a href="${escapeHtml(site.contact.url)}">${escapeHtml(site.contact.label)}</a></p></footer>
${structuredData}
</body>
</html>
`;
}
