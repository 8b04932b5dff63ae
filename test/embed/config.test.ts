import { describe, expect, it } from 'vitest';
import { configProblems } from '../../widget/app/config-problems';
import { faqPageUrl, readEmbedConfig } from '../../widget/embed/config';

const SCRIPT = 'https://cdn.example.com/help/askdown.js';
const anyColor = () => true;

describe('readEmbedConfig', () => {
  it('looks for the content pack next to the script by default', () => {
    const config = readEmbedConfig({}, SCRIPT, anyColor);
    expect(config).toEqual({
      contentUrl: 'https://cdn.example.com/help/content/en.json',
      locale: 'en',
      locales: ['en'],
      attributes: {},
      scriptUrl: SCRIPT,
      title: null,
      color: null,
      position: 'right',
      openOnLoad: false,
    });
  });

  it('reads every data attribute, resolving URLs against the script', () => {
    const attributes = { content: '../faq/ja.json', registrationUrl: 'https://nk.example.org/pre', title: 'Help', color: '#c8102e', position: 'left', open: '' };
    const config = readEmbedConfig(attributes, SCRIPT, anyColor);
    expect(config).toEqual({
      contentUrl: 'https://cdn.example.com/faq/ja.json',
      locale: 'en',
      locales: ['en'],
      attributes,
      scriptUrl: SCRIPT,
      title: 'Help',
      color: '#c8102e',
      position: 'left',
      openOnLoad: true,
    });
  });

  it('ignores unsafe or invalid values, and the app says why', () => {
    const config = readEmbedConfig(
      { content: 'javascript:alert(1)', registrationUrl: 'javascript:alert(1)', color: 'red;}body{display:none', position: 'top', open: 'false' },
      SCRIPT,
      (value) => !value.includes(';'),
    );
    const warnings = configProblems(config);
    expect(config.contentUrl).toBe('https://cdn.example.com/help/content/en.json');
    expect(config.color).toBeNull();
    expect(config.position).toBe('right');
    expect(config.openOnLoad).toBe(false);
    expect(warnings).toEqual([
      'data-position "top" is not left or right; using right',
      'data-content "javascript:alert(1)" is not an http(s) address; ignoring it',
      'data-registration-url "javascript:alert(1)" is not an http(s) address; ignoring it',
      'data-color "red;}body{display:none" is not a CSS colour; ignoring it',
    ]);
  });

  it('names a data-locale that is not among the languages, which the widget then ignores', () => {
    const config = readEmbedConfig({ locales: 'en ja', locale: 'fr-CA' }, SCRIPT, anyColor);
    expect(config.locale).toBe('en');
    expect(configProblems(config)).toEqual(['data-locale "fr-CA" is not one of en, ja; ignoring it']);
    expect(configProblems(readEmbedConfig({ locales: 'en ja', locale: 'ja-JP' }, SCRIPT, anyColor))).toEqual([]);
  });

  it('refuses a colour that could close the style rule it goes into, even where the browser would take it', () => {
    // The colour is written into `:host{--askdown-accent:…}`; only colour characters may get there.
    for (const color of ['red;}body{display:none', 'red}', 'red/*', 'url(x)"', 'var(--x);color:red']) {
      expect(readEmbedConfig({ color }, SCRIPT, anyColor).color).toBeNull();
    }
    for (const color of ['#c8102e', 'rebeccapurple', 'rgb(200, 16, 46)', 'hsl(350, 85%, 42%)']) {
      expect(readEmbedConfig({ color }, SCRIPT, anyColor).color).toBe(color);
    }
  });
});

describe('faqPageUrl', () => {
  const scriptUrl = 'https://cdn.example.com/askdown/askdown.js';
  const faq = (attributes: Record<string, string>) => faqPageUrl({ attributes, scriptUrl }, 'ja');

  it('is faq/<locale>/ beside the folder of the packs, where the build writes both (found by a review)', () => {
    expect(faq({})).toBe('https://cdn.example.com/askdown/faq/ja/');
    expect(faq({ content: 'https://help.example.com/site/content/{locale}.json' })).toBe('https://help.example.com/site/faq/ja/');
  });

  it('is none in the run-time Markdown mode, which has no FAQ page, unless data-faq names one (found by a review)', () => {
    expect(faq({ content: '/help/content/{locale}/index.md' })).toBeNull();
    expect(faq({ content: '/help/content/{locale}/index.md', faq: '/help/faq/{locale}/' })).toBe('https://cdn.example.com/help/faq/ja/');
  });

  it('follows data-faq, and none leaves the link out', () => {
    expect(faq({ faq: 'https://help.example.com/faq-{locale}.html' })).toBe('https://help.example.com/faq-ja.html');
    expect(faq({ faq: ' None ' })).toBeNull();
  });
});
