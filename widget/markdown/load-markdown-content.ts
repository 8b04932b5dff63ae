import { answerHtmlEngine } from '../../build/content/answer-html';
import { indexLinks, type ArticleLink } from '../../build/content/index-file';
import { compileLocale, type LocaleEntry } from '../../build/content/compile-pack';
import { formatContentError, type ContentError } from '../../build/content/content-error';
import type { ContentPack } from '../content-pack';
import type { LoadMarkdownContent, MarkdownRequest } from './markdown-contract';

/**
 * How a file is named, in messages and to the compiler: its path on the site, as the editor wrote it (a URL
 * percent-encodes a space or a Japanese name, which would then match neither the link nor the build's name).
 */
function shownPath(url: string): string {
  const { pathname } = new URL(url);
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The file's bytes, as the build reads them (the compiler checks they are UTF-8), or `problem(why)`. */
async function fetchEntry(url: string, responding: Promise<Response>, problem: (why: string) => ContentError): Promise<LocaleEntry> {
  const path = shownPath(url);
  try {
    const response = await responding;
    if (response.ok) return { path, source: new Uint8Array(await response.arrayBuffer()) };
    return { path, problem: problem(`HTTP ${response.status}`) };
  } catch {
    return { path, problem: problem('network error') };
  }
}

const fetchFile = (url: string): Promise<Response> => fetch(url, { credentials: 'omit' });

function indexProblem(indexUrl: string): (why: string) => ContentError {
  return (why) => ({
    file: shownPath(indexUrl),
    message: `index.md could not be fetched (${why})`,
    hint: 'Check that index.md is uploaded at this address, and that the page\'s data-content names it.',
  });
}

/** A file the index links to that did not come: said on the index's line, since the link may be the mistake. */
function articleProblem(indexUrl: string, link: ArticleLink): (why: string) => ContentError {
  return (why) => ({
    file: shownPath(indexUrl),
    line: link.line,
    message: `the link to "${link.file}" leads to a file that could not be fetched (${why})`,
    hint: `Correct the file name in this link, or upload ${link.file} next to index.md.`,
  });
}

/**
 * The pack's suggested questions, less those no article that was read has as its title or one of its questions,
 * once an article was left out: a suggestion for a missing article would find a wrong one instead.
 */
function withoutOrphanedSuggestions(pack: ContentPack, indexPath: string): { pack: ContentPack; errors: ContentError[] } {
  const phrasings = new Set(pack.articles.flatMap((article) => [article.title, ...article.questions]).map((text) => text.trim().toLowerCase()));
  const kept = pack.site.suggestedQuestions.filter((question) => phrasings.has(question.trim().toLowerCase()));
  const errors = pack.site.suggestedQuestions
    .filter((question) => !kept.includes(question))
    .map((question) => ({
      file: indexPath,
      message: `the suggested question "${question}" is left out: no article that could be read has it as its title or under its questions`,
      hint: 'Fix the articles named above; if it is none of theirs, write it as an article\'s title or add it to its questions.',
    }));
  return { pack: { ...pack, site: { ...pack.site, suggestedQuestions: kept } }, errors };
}

/**
 * Fetches a locale's index.md and every article it links to, and compiles them with the content build's own
 * code. A broken article is left out and the rest still answer; every problem goes to the console with its
 * file, line and fix, and with `preview` to the panel. Resolves with why, instead of a pack, only when nothing
 * usable loaded. The sanitiser is the build's engine over the app's parser, so the pack and its index are the
 * build's, byte for byte.
 */
export const loadMarkdownContent: LoadMarkdownContent = async ({ indexUrl, started, articles, locale, parse, preview }: MarkdownRequest) => {
  const index = await fetchEntry(indexUrl, started ?? fetchFile(indexUrl), indexProblem(indexUrl));
  let entries: LocaleEntry[] = [index];
  if ('source' in index) {
    const early = await articles;
    // Only the links are read here, to fetch the articles at once; compileLocale reads the whole index.
    const fetched = indexLinks(index.path, new TextDecoder().decode(index.source as Uint8Array)).map((link) => {
      const url = new URL(link.file, indexUrl).href;
      // Each early response once: two links written differently can name one address.
      const response = early?.get(url);
      early?.delete(url);
      return fetchEntry(url, response ?? fetchFile(url), articleProblem(indexUrl, link));
    });
    entries = [index, ...(await Promise.all(fetched))];
  }
  const compiled = compileLocale(locale, entries, answerHtmlEngine(parse));
  let { pack } = compiled;
  const errors = [...compiled.errors];
  if (pack && compiled.index && pack.articles.length < compiled.index.articles.length) {
    const checked = withoutOrphanedSuggestions(pack, index.path);
    pack = checked.pack;
    errors.push(...checked.errors);
  }
  for (const error of errors) console.warn(`Askdown: ${formatContentError(error)}`);
  const problems = preview && errors.length > 0 ? { problems: errors.map(problemLine) } : {};
  if (!pack) return { failed: `${shownPath(indexUrl)} gave no usable content (${errors.length} problem${errors.length === 1 ? '' : 's'}, listed above)`, ...problems };
  return { ...pack, ...problems };
};

/** A problem as the panel lists it with `data-preview`: where, what, and how to fix it, on one line. */
function problemLine(error: ContentError): string {
  return `${error.line === undefined ? error.file : `${error.file}:${error.line}`}: ${error.message} \u2014 ${error.hint}`;
}
