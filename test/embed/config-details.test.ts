import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../widget/embed/config';
import { configProblems } from '../../widget/app/config-problems';
import { withEmbedOverrides } from '../../widget/app/with-embed-overrides';
import type { ContentPack } from '../../widget/content-pack';

const SCRIPT = 'https://cdn.example.com/help/askdown.js';
const anyColor = () => true;

function read(attributes: Parameters<typeof readEmbedConfig>[0], supportsColor = anyColor) {
  const config = readEmbedConfig(attributes, SCRIPT, supportsColor);
  return { config, warnings: configProblems(config) };
}

/** The registration link the panel shows with these attributes, over a pack whose own link is `pack.example`. */
function registrationUrl(attributes: Parameters<typeof readEmbedConfig>[0]): string {
  const site = { registration: { label: 'Register', url: 'https://pack.example/register' } } as ContentPack['site'];
  return withEmbedOverrides({ site } as ContentPack, read(attributes).config).site.registration.url;
}

describe('readEmbedConfig, attribute by attribute', () => {
  it('takes http and https addresses only, whole words, relative to the script', () => {
    expect(read({ content: 'http://a.example/en.json' }).config.contentUrl).toBe('http://a.example/en.json');
    expect(read({ content: '  /faq/en.json  ' }).config.contentUrl).toBe('https://cdn.example.com/faq/en.json');
    for (const content of ['ftp://a.example/en.json', 'xhttps://a.example/', 'data:application/json,{}']) {
      const { config, warnings } = read({ content });
      expect(config.contentUrl).toBe('https://cdn.example.com/help/content/en.json');
      expect(warnings).toHaveLength(1);
    }
  });

  it('says nothing about attributes that are absent or valid', () => {
    expect(read({}).warnings).toEqual([]);
    expect(read({ content: 'en.json', registrationUrl: '/register', color: 'red' }).warnings).toEqual([]);
    expect(read({ content: '   ' }).warnings).toHaveLength(1);
  });

  it('treats an empty or blank address as absent', () => {
    expect(registrationUrl({ registrationUrl: '' })).toBe('https://pack.example/register');
    expect(registrationUrl({ registrationUrl: '   ' })).toBe('https://pack.example/register');
    expect(registrationUrl({ registrationUrl: ' https://nk.example.org/pre ' })).toBe('https://nk.example.org/pre');
    expect(registrationUrl({ registrationUrl: 'javascript:alert(1)' })).toBe('https://pack.example/register');
  });

  it('trims the title and the colour, and ignores a blank colour without a warning', () => {
    expect(read({ title: '  Need help?  ' }).config.title).toBe('Need help?');
    expect(read({ title: '   ' }).config.title).toBeNull();
    expect(read({ color: '  #c8102e ' }).config.color).toBe('#c8102e');
    expect(read({ color: '   ' })).toEqual({ config: expect.objectContaining({ color: null }), warnings: [] });
    expect(read({ color: 'notacolour' }, () => false).config.color).toBeNull();
  });

  it('opens on load for data-open, "true" or anything but false, 0 and no', () => {
    expect(read({ open: '' }).config.openOnLoad).toBe(true);
    expect(read({ open: 'TRUE' }).config.openOnLoad).toBe(true);
    for (const open of ['false', ' False ', '0', 'no', 'NO']) expect(read({ open }).config.openOnLoad).toBe(false);
    expect(read({}).config.openOnLoad).toBe(false);
  });

  it('puts the launcher left only for "left", in any case', () => {
    expect(read({ position: ' LEFT ' }).config.position).toBe('left');
    expect(read({ position: 'right' }).config.position).toBe('right');
    expect(read({ position: 'center' }).config.position).toBe('right');
  });
});

describe('readEmbedConfig, languages', () => {
  const locale = (attributes: Parameters<typeof readEmbedConfig>[0], page: (string | undefined)[] = []) => {
    const config = readEmbedConfig(attributes, SCRIPT, anyColor, page);
    return { locale: config.locale, locales: config.locales, contentUrl: config.contentUrl };
  };

  it('is English, with content/en.json, when nothing says otherwise, whatever the page is in', () => {
    expect(locale({}, ['ja', 'ja-JP'])).toEqual({ locale: 'en', locales: ['en'], contentUrl: 'https://cdn.example.com/help/content/en.json' });
  });

  it('takes data-locale alone as the one language, its pack next to the script', () => {
    expect(locale({ locale: 'ja' }, ['en-US'])).toEqual({ locale: 'ja', locales: ['ja'], contentUrl: 'https://cdn.example.com/help/content/ja.json' });
  });

  it('starts in data-locale, else the page language, else the browser language, else the first of data-locales', () => {
    expect(locale({ locales: 'en ja', locale: 'ja' }, ['en', 'en-US']).locale).toBe('ja');
    expect(locale({ locales: 'en ja' }, ['ja-JP', 'en-US']).locale).toBe('ja');
    expect(locale({ locales: 'en ja' }, ['', 'JA_jp']).locale).toBe('ja');
    expect(locale({ locales: 'en ja' }, [undefined, 'fr-FR']).locale).toBe('en');
    expect(locale({ locales: 'ja, en', locale: 'de' }, ['fr']).locale).toBe('ja');
    expect(locale({ locales: ' EN  ja ' }).locales).toEqual(['en', 'ja']);
  });

  it('warns, from the app, when several languages share one fixed data-content', () => {
    const config = readEmbedConfig({ locales: 'en ja', content: '/help/en.json' }, SCRIPT, anyColor, ['ja']);
    expect(configProblems(config)).toEqual(['data-content "/help/en.json" needs {locale} for data-locales']);
    expect(configProblems(readEmbedConfig({ locales: 'en ja', content: '/help/{locale}.json' }, SCRIPT, anyColor))).toEqual([]);
    expect(configProblems(readEmbedConfig({ content: '/help/en.json' }, SCRIPT, anyColor))).toEqual([]);
  });

  it('fills {locale} in data-content, as written or as URL parsing escapes it', () => {
    expect(locale({ locales: 'en ja', content: '/faq/{locale}.json' }, ['ja']).contentUrl).toBe('https://cdn.example.com/faq/ja.json');
    expect(locale({ locales: 'en ja', content: '/faq.json?lang={locale}' }, ['en']).contentUrl).toBe('https://cdn.example.com/faq.json?lang=en');
    expect(locale({ locales: 'en ja', content: 'javascript:{locale}' }, ['ja']).contentUrl).toBe('https://cdn.example.com/help/content/ja.json');
  });
});
