import { describe, expect, it } from 'vitest';
import { articlesForPage, pageMatches } from '../../widget/page-patterns';

describe('page patterns (front matter `pages:`)', () => {
  it('matches * within one folder and ** across folders', () => {
    expect(pageMatches('/ships/*', '/ships/register')).toBe(true);
    expect(pageMatches('/ships/*', '/ships/register/step-2')).toBe(false);
    expect(pageMatches('/pass/**', '/pass/a/b/c')).toBe(true);
    expect(pageMatches('/docs/**/faq', '/docs/a/b/faq')).toBe(true);
  });

  it('lets a pattern ending in /** match its folder itself, but not a longer name', () => {
    expect(pageMatches('/pass/**', '/pass')).toBe(true);
    expect(pageMatches('/pass/**', '/pass/')).toBe(true);
    expect(pageMatches('/pass/**', '/passport')).toBe(false);
  });

  it('matches the whole path, reading other characters literally', () => {
    expect(pageMatches('/ships', '/ships/register')).toBe(false);
    expect(pageMatches('/a.html', '/axhtml')).toBe(false);
    expect(pageMatches('/(x)+[y]', '/(x)+[y]')).toBe(true);
    expect(pageMatches('/*.html', '/index.html')).toBe(true);
  });

  it('picks the articles of a path in content order', () => {
    const articles = [{ id: 'a', pages: ['/pass/**'] }, { id: 'b' }, { id: 'c', pages: ['/ships/*', '/pass'] }];
    expect(articlesForPage(articles, '/pass').map((a) => a.id)).toEqual(['a', 'c']);
    expect(articlesForPage(articles, '/ships/x').map((a) => a.id)).toEqual(['c']);
    expect(articlesForPage(articles, '/')).toEqual([]);
  });

  it('matches a path the browser percent-encodes against the pattern as the editor wrote it, and as encoded (found by a review)', () => {
    const articles = [{ id: 'ja', pages: ['/サポート/**'] }, { id: 'encoded', pages: ['/%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88/*'] }];
    const browserPath = new URL('https://example.com/サポート/ships').pathname;
    expect(browserPath).toBe('/%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88/ships');
    expect(articlesForPage(articles, browserPath).map((a) => a.id)).toEqual(['ja', 'encoded']);
    // A malformed escape is read as it is, not thrown, and only its own folder stays encoded.
    expect(articlesForPage([{ id: 'x', pages: ['/a%E3/*'] }], '/a%E3/b').map((a) => a.id)).toEqual(['x']);
    expect(articlesForPage(articles, new URL('https://example.com/サポート/100%').pathname).map((a) => a.id)).toEqual(['ja', 'encoded']);
    // An encoded / stays inside its folder.
    expect(articlesForPage([{ id: 'y', pages: ['/a/*'] }], '/a/b%2Fc').map((a) => a.id)).toEqual(['y']);
  });
});
