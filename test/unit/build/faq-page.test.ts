import { describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../../../build/cli/load-pack';
import { renderFaqIntro } from '../../../build/content/faq-intro';
import { faqJsonLd, plainText, renderFaqPage } from '../../../build/content/faq-page';
import { compileIndex } from '../../../build/content/index-file';
import { NODE_ANSWER_HTML } from '../../../build/content/sanitize';
import { indexSource, SITE_SETTINGS } from '../../helpers/index-source';
import type { ContentPack } from '../../../widget/content-pack';

/** The ids of the page's sections, in order. */
function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('the static FAQ page', () => {
  it('has every article as a section named by its id, in the pack language, with the FAQPage data', async () => {
    const pack = await loadPackFromDir('content/en');
    const html = renderFaqPage(pack, '<p>Intro</p>');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(sectionIds(html)).toEqual(pack.articles.map((a) => a.id));
    for (const article of pack.articles) expect(html).toContain(article.html);
    const data = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(html)?.[1] ?? '');
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(pack.articles.map((a) => a.title));
    expect(data.mainEntity[0].acceptedAnswer.text).not.toMatch(/</);
    // The only script is the data block: nothing runs.
    expect([...html.matchAll(/<script/g)]).toHaveLength(1);
  });

  it('shows the registration button only under answers that ask for it, and links related answers in the page', async () => {
    const pack = await loadPackFromDir('content/en');
    const html = renderFaqPage(pack, '<p>Intro</p>');
    const section = (id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));
    const withCta = pack.articles.filter((a) => a.cta).map((a) => a.id);
    const withoutCta = pack.articles.filter((a) => !a.cta).map((a) => a.id);
    expect(withCta.length).toBeGreaterThan(0);
    for (const id of withCta) expect(section(id)).toContain(`class="cta" href="${pack.site.registration.url}"`);
    for (const id of withoutCta) expect(section(id)).not.toContain('class="cta"');
    const shared = pack.articles.find((a) => a.id === 'shared-email')!;
    for (const id of shared.related) expect(section('shared-email')).toContain(`<a href="#${id}">`);
  });

  it('leads a link to another answer (#askdown=<id>, which the widget opens in its conversation) to its section (a review)', async () => {
    const pack = await loadPackFromDir('content/en');
    const linked = { ...pack, articles: pack.articles.map((a) => (a.id === 'shared-email' ? { ...a, html: `${a.html}<p><a href="#askdown=which-email">which address</a></p>` } : a)) };
    const html = renderFaqPage(linked, '<p>Intro</p>');
    expect(html).toContain('<a href="#which-email">which address</a>');
    expect(html).not.toContain('#askdown=');
  });

  it('gives every element its own id, even where an article is called as another\'s heading would be', async () => {
    const pack = await loadPackFromDir('content/en');
    const [first, second] = pack.articles;
    const clashing: ContentPack = { ...pack, articles: [first!, { ...second!, id: `${first!.id}-title` }, ...pack.articles.slice(2)] };
    const html = renderFaqPage(clashing, '<p>Intro</p>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Each section is named by its own heading.
    for (const [, labelledBy, heading] of html.matchAll(/<section id="[^"]+" aria-labelledby="([^"]+)">\n<h2 id="([^"]+)">/g)) expect(labelledBy).toBe(heading);
  });

  it("links visitors to the other languages' pages, each named in its own language (a stranger's try found none without JavaScript)", async () => {
    const en = await loadPackFromDir('content/en');
    expect(renderFaqPage(en, '<p>Intro</p>', ['ja'])).toContain('<nav class="languages" aria-label="Language"><ul><li><a href="../ja/" hreflang="ja" lang="ja">日本語</a></li></ul></nav>');
    const ja = await loadPackFromDir('content/ja');
    expect(renderFaqPage(ja, '<p>Intro</p>', ['en'], 'https://example.com/help/faq/')).toContain('<nav class="languages" aria-label="言語"><ul><li><a href="https://example.com/help/faq/en/" hreflang="en" lang="en">English</a></li></ul></nav>');
    expect(renderFaqPage(en, '<p>Intro</p>')).not.toContain('<nav');
  });

  it('tells search engines what it is and where it is in other languages, and keeps an answer\'s headings under its title', async () => {
    const pack = await loadPackFromDir('content/en');
    const withHeading: ContentPack = { ...pack, articles: [{ ...pack.articles[0]!, html: '<h4>Steps</h4><p>Text.</p>' }, ...pack.articles.slice(1)] };
    const html = renderFaqPage(withHeading, '<p>Answers about log-ins.</p>', ['ja']);
    expect(html).toContain('<meta name="description" content="Answers about log-ins.">');
    expect(html).toContain('<link rel="alternate" hreflang="ja" href="../ja/">');
    // The structured data after what visitors read: a large site's would otherwise hold up the whole page.
    expect(html.indexOf('<script type="application/ld+json">')).toBeGreaterThan(html.indexOf('</footer>'));
    // Each page names itself among its languages, as search engines ask; a site of one language names none.
    expect(html).toContain('<link rel="alternate" hreflang="en" href="../en/">');
    expect(renderFaqPage(pack, '<p>Intro</p>')).not.toContain('hreflang');
    // In the panel the answer's title is an h3 and "##" an h4; here the title is an h2, so "##" is an h3.
    expect(html).toContain('<h3>Steps</h3>');
    // The index's introduction sits under the page's h1: its "#" (an h3 from the Markdown) is an h2 here.
    expect(renderFaqPage(pack, '<h3>About</h3><h4>Start</h4><p>Text.</p>')).toContain('<div class="intro"><h2>About</h2><h3>Start</h3><p>Text.</p></div>');
    // The index's opening text, not the article list or headings after it; without one, the greeting.
    const descriptionOf = (intro: string) => /name="description" content="([^"]*)"/.exec(renderFaqPage(pack, intro))?.[1];
    expect(descriptionOf('<p>Answers about log-ins.</p><p>And e-mail.</p><ul><li><a href="#a">Can I share?</a></li></ul>')).toBe('Answers about log-ins. And e-mail.');
    expect(descriptionOf('<h3>On the web</h3><ul><li>Strikethrough</li></ul>')).toBe(pack.site.greeting);
    // A heading first is left out, not the text under it; a quoted note is text (a review).
    expect(descriptionOf('<h3>About these answers</h3><p>Read this first.</p><h3>On the web</h3><ul><li>A</li></ul>')).toBe('Read this first.');
    expect(descriptionOf('<blockquote><p>A note for visitors.</p></blockquote><ul><li>A</li></ul>')).toBe('A note for visitors.');
    const long = renderFaqPage(pack, `<p>${'word '.repeat(60)}</p>`);
    expect(/name="description" content="([^"]*)"/.exec(long)?.[1]).toMatch(/^(word ){20,}word…$/);
  });

  it('writes Japanese answers in its data block without spaces between sentences', async () => {
    const pack = await loadPackFromDir('content/ja');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(renderFaqPage(pack, '<p>はじめに</p>'))?.[1] ?? '');
    const text: string = data.mainEntity[0].acceptedAnswer.text;
    expect(text).toContain('。');
    expect(text).not.toMatch(/。 /);
  });

  it('writes bold and links into its data block as the words they hold, and keeps the spaces an editor wrote (found by a review)', () => {
    const html = '<p>Register on the <strong>pre-registration site</strong>. Or <a href="https://example.com/c">contact us</a>.</p><ul><li>One</li><li>Two</li></ul><p>次の文。</p><p><strong>マイアカウント ＞ メールアドレス</strong>から変更できます。</p>';
    expect(plainText(html)).toBe('Register on the pre-registration site. Or contact us. One Two 次の文。マイアカウント ＞ メールアドレスから変更できます。');
  });

  it('escapes every text that is not sanitised answer HTML, and keeps "<" out of the data block', async () => {
    const pack = await loadPackFromDir('content/en');
    const hostile: ContentPack = {
      ...pack,
      site: { ...pack.site, faqTitle: '<script>alert(1)</script>', registration: { label: '"quoted" & <b>bold</b>', url: pack.site.registration.url } },
      articles: pack.articles.map((a, i) => (i === 0 ? { ...a, title: '</script><script>alert(2)</script>' } : a)),
    };
    const html = renderFaqPage(hostile, '<p>Intro</p>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(faqJsonLd(hostile)).not.toContain('<');
    expect(JSON.parse(faqJsonLd(hostile)).mainEntity[0].name).toBe('</script><script>alert(2)</script>');
  });

  it("takes its title and heading from faq_title, and from the panel's title where editors gave none", async () => {
    const pack = await loadPackFromDir('content/en');
    expect(pack.site.faqTitle).toBe('NK-SHIPS and NK-PASS: the new log-in system, questions and answers');
    const titled = renderFaqPage(pack, '<p>Intro</p>');
    expect(titled).toContain(`<title>${pack.site.faqTitle}</title>`);
    expect(titled).toContain(`<h1>${pack.site.faqTitle}</h1>`);
    const { faqTitle: _none, ...untitled } = pack.site;
    const plain = renderFaqPage({ ...pack, site: untitled }, '<p>Intro</p>');
    expect(plain).toContain('<title>Questions?</title>');
    expect(plain).toContain('<h1>Questions?</h1>');
    // Not set, not in the pack: packs without it are as they were.
    const index = compileIndex('content/en/index.md', indexSource(SITE_SETTINGS, 'No links.'), 'en', NODE_ANSWER_HTML);
    expect(index.settings).not.toHaveProperty('faqTitle');
  });

  it('is written in Japanese for the Japanese pack', async () => {
    const html = renderFaqPage(await loadPackFromDir('content/ja'), '<p>Intro</p>');
    expect(html).toMatch(/<html lang="ja">/);
    expect(html).toContain('<title>NK-SHIPS・NK-PASS 新しいログインシステムについてのよくあるご質問</title>');
    expect(html).toContain('<h3>関連記事</h3>');
  });

  it("opens with the index's body, its article links leading to their sections, sanitised like an answer", () => {
    const body = 'See [the site](https://example.com/) first.<script>alert(1)</script>\n\n- [Shared](shared-email.md)\n- [Which](./which-email.md)\n';
    const index = compileIndex('content/en/index.md', indexSource(SITE_SETTINGS, body), 'en', NODE_ANSWER_HTML);
    const html = renderFaqIntro(index, new Map([['shared-email.md', 'shared-email'], ['which-email.md', 'which']]), NODE_ANSWER_HTML);
    expect(html).toContain('<a href="#shared-email">Shared</a>');
    expect(html).toContain('<a href="#which">Which</a>');
    expect(html).toContain('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">the site</a>');
    expect(html).not.toContain('script');
  });

  it("keeps the index's headings as headings, below the page's h1 (dropped to bare text until a review)", () => {
    const index = compileIndex('content/en/index.md', indexSource(SITE_SETTINGS, '# Our help centre\n\n## Start here\n\nText.\n'), 'en', NODE_ANSWER_HTML);
    const intro = renderFaqIntro(index, new Map(), NODE_ANSWER_HTML);
    expect(intro).toContain('<h3>Our help centre</h3>');
    expect(intro).toContain('<h4>Start here</h4>');
  });
});
