import type { ContentPack } from '../../widget/content-pack';

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

/** The answer's text without tags, for the structured data (search engines take plain text best). */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
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

/** `introHtml`: the index's body, sanitised, its article links leading to the sections (`renderFaqIntro`). */
export function renderFaqPage(pack: ContentPack, introHtml: string): string {
  const { site } = pack;
  const titleOf = new Map(pack.articles.map((article) => [article.id, article.title]));
  const link = (id: string) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(titleOf.get(id) ?? id)}</a></li>`;
  const sections = pack.articles.map((article) => {
    const id = escapeHtml(article.id);
    const related = article.related.filter((other) => titleOf.has(other));
    return [
      `<section id="${id}" aria-labelledby="${id}-title">`,
      `<h2 id="${id}-title">${escapeHtml(article.title)}</h2>`,
      `<div class="answer">${article.html}</div>`,
      article.cta ? `<p><a class="cta" href="${escapeHtml(site.registration.url)}">${escapeHtml(site.registration.label)}</a></p>` : '',
      related.length > 0
        ? `<div class="related"><h3>${escapeHtml(site.ui.related)}</h3><ul>${related.map(link).join('')}</ul></div>`
        : '',
      '</section>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="${escapeHtml(pack.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.faqTitle ?? site.title)}</title>
<link rel="stylesheet" href="../${FAQ_CSS_FILE}">
<script type="application/ld+json">${faqJsonLd(pack)}</script>
</head>
<body>
<header>
<h1>${escapeHtml(site.faqTitle ?? site.title)}</h1>
<div class="intro">${introHtml}</div>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p><a href="${escapeHtml(site.contact.url)}">${escapeHtml(site.contact.label)}</a></p></footer>
</body>
</html>
`;
}
