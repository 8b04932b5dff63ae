import { CONTENT_PACK_FORMAT, type ContentPack } from '../content-pack';
import { isSafeUrl } from '../safe-url';
import { FIELDS } from '../search/search-corpus';
import { POSTING_STRIDE } from '../search/search-index';

/** A fetched pack the widget can use, or what is wrong with it, for the console. */
export type ParsedPack = { pack: ContentPack } | { problem: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What is wrong with one article, or null. */
function articleProblem(article: unknown): string | null {
  if (!isObject(article)) return 'is not an object';
  for (const key of ['id', 'title', 'html'] as const) if (typeof article[key] !== 'string') return `has no text "${key}"`;
  if (!isTextList(article.questions) || !isTextList(article.related)) return 'has no list "questions" or "related"';
  if (article.pages !== undefined && !isTextList(article.pages)) return 'has "pages" that is not a list of text';
  return typeof article.cta === 'boolean' ? null : 'has no true/false "cta"';
}

/** A link the pack puts in front of visitors (registration, contact): the same check as links in answers. */
function linkProblem(name: string, link: unknown): string | null {
  if (!isObject(link) || typeof link.label !== 'string' || typeof link.url !== 'string') return `site.${name} is not a link`;
  return isSafeUrl(link.url) ? null : `site.${name}.url is not a safe link (${link.url.slice(0, 40)})`;
}

/** What is wrong with a pack's (or a sharded pack's manifest's) site settings, or null. */
export function siteProblem(site: unknown): string | null {
  if (!isObject(site)) return 'it has no site settings';
  for (const key of ['title', 'greeting', 'noAnswer'] as const) if (typeof site[key] !== 'string') return `site.${key} is not text`;
  if (!isTextList(site.suggestedQuestions)) return 'site.suggestedQuestions is not a list of text';
  // Which strings it holds is the build's to check (index.md's `ui:`); the list of them is not worth its bytes here.
  if (!isObject(site.ui) || !Object.values(site.ui).every((text) => typeof text === 'string')) return 'site.ui is not a set of texts';
  return linkProblem('registration', site.registration) ?? linkProblem('contact', site.contact);
}

/** Whether a posting list is whole numbers in groups of `POSTING_STRIDE` whose article gaps stay in the pack. */
function isSoundPostingList(list: unknown, articles: number): boolean {
  if (!Array.isArray(list) || list.length === 0 || list.length % POSTING_STRIDE !== 0) return false;
  let article = 0;
  for (let offset = 0; offset < list.length; offset++) {
    const n: unknown = list[offset];
    if (!Number.isInteger(n) || (n as number) < 0) return false;
    if (offset % POSTING_STRIDE === 0) article += n as number;
  }
  return article < articles;
}

/**
 * What is wrong with the search index, or null. Every number is read (a million at 10,000 articles, a few ms),
 * because a corrupt index would otherwise load silently and then answer nothing. Which list or number is wrong is
 * not said: the fix is the same, a fresh `npm run build:content`.
 */
function indexProblem(index: unknown, articles: number): string | null {
  if (!isObject(index) || typeof index.terms !== 'string' || !Array.isArray(index.postings) || !Array.isArray(index.fieldLengths)) {
    return 'it has no search index (terms, postings, fieldLengths)';
  }
  // Too few or too many for its articles (or terms), or not whole numbers: damaged all the same, whichever number
  // is wrong (the fix is a fresh build), and one message is fewer bytes.
  if (index.fieldLengths.length !== articles * FIELDS.length || !index.fieldLengths.every((n) => Number.isInteger(n) && n >= 0)) {
    return "its index's field lengths are damaged";
  }
  const terms = index.terms === '' ? 0 : index.terms.split(' ').length;
  return index.postings.length === terms && index.postings.every((list) => isSoundPostingList(list, articles)) ? null : "its index's posting lists are damaged";
}

/**
 * Checks a fetched pack before the widget trusts it: a wrong URL that serves some other JSON, or a pack damaged
 * on the way, gives the visitor the friendly error and the console what is wrong, never a crash deep in a
 * component or a widget that silently answers nothing.
 */
export function parseContentPack(data: unknown): ParsedPack {
  if (!isObject(data)) return { problem: 'it is not a JSON object' };
  if (data.format !== CONTENT_PACK_FORMAT) return { problem: `its format is ${String(data.format)}, not ${CONTENT_PACK_FORMAT}` };
  const { articles } = data;
  if (!Array.isArray(articles) || articles.length === 0) return { problem: 'it has no articles' };
  for (let i = 0; i < articles.length; i++) {
    const problem = articleProblem(articles[i]);
    if (problem) return { problem: `article ${i} ${problem}` };
  }
  const problem =
    siteProblem(data.site) ??
    (Array.isArray(data.synonymTerms) && data.synonymTerms.every(isTextList) ? null : 'its synonymTerms are not lists of text') ??
    (typeof data.vocabulary === 'string' ? null : 'it has no vocabulary') ??
    indexProblem(data.index, articles.length);
  return problem ? { problem } : { pack: data as unknown as ContentPack };
}
