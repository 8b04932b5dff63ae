import { CONTENT_PACK_FORMAT, type ContentPack } from '../content-pack';
import { FIELDS } from '../search/search-corpus';

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isArticle(value: unknown): boolean {
  const a = value as Record<string, unknown> | null;
  return (
    typeof a === 'object' && a !== null &&
    typeof a.id === 'string' && typeof a.title === 'string' && typeof a.html === 'string' &&
    isTextList(a.questions) && isTextList(a.related) && typeof a.cta === 'boolean'
  );
}

function isLink(value: unknown): boolean {
  const link = value as Record<string, unknown> | null;
  return typeof link === 'object' && link !== null && typeof link.label === 'string' && typeof link.url === 'string';
}

/** The index's shape, not every number in it: a pack of 10,000 articles holds a million of them. */
function isPackedIndex(value: unknown, articles: number): boolean {
  const index = value as Record<string, unknown> | null;
  if (typeof index !== 'object' || index === null || typeof index.terms !== 'string') return false;
  const terms = index.terms === '' ? 0 : index.terms.split(' ').length;
  return (
    Array.isArray(index.postings) && index.postings.length === terms && index.postings.every(Array.isArray) &&
    Array.isArray(index.fieldLengths) && index.fieldLengths.length === articles * FIELDS.length
  );
}

/**
 * Checks a fetched pack's shape before the widget trusts it: a wrong URL that serves some other JSON should give
 * the visitor the friendly error, not a crash deep in a component.
 */
export function parseContentPack(data: unknown): ContentPack | null {
  const pack = data as Record<string, unknown> | null;
  if (typeof pack !== 'object' || pack === null || pack.format !== CONTENT_PACK_FORMAT) return null;
  const site = pack.site as Record<string, unknown> | null;
  const siteOk =
    typeof site === 'object' && site !== null && typeof site.title === 'string' && typeof site.greeting === 'string' &&
    isTextList(site.suggestedQuestions) && isLink(site.registration) && isLink(site.contact) &&
    typeof site.noAnswer === 'string';
  const articlesOk = Array.isArray(pack.articles) && pack.articles.length > 0 && pack.articles.every(isArticle);
  const synonymsOk = Array.isArray(pack.synonyms) && pack.synonyms.every(isTextList);
  const vocabularyOk = typeof pack.vocabulary === 'string';
  const indexOk = Array.isArray(pack.articles) && isPackedIndex(pack.index, pack.articles.length);
  return siteOk && articlesOk && synonymsOk && vocabularyOk && indexOk ? (pack as unknown as ContentPack) : null;
}
