import type { Token, Tokens } from 'marked';
import type { SiteSettings, SynonymGroups } from '../../widget/content-pack';
import type { AnswerHtml } from './answer-html';
import type { ContentError } from './content-error';
import { FieldReader } from './fields';
import { splitFrontMatter } from './front-matter';
import { lexMarkdown } from './markdown';
import { checkAnswerMarkdown, MARKDOWN_FILE_LINK } from './markdown-checks';
import { lineLocator, walkTokensWithOffsets } from './markdown-positions';
import { readSiteSettings, SITE_KEYS } from './site-settings';
import { readSynonyms } from './synonyms-file';
import { isContentError, parseYaml } from './yaml-source';

/**
 * The content's index, one per locale (`content/<locale>/index.md`): its front matter holds the site settings and
 * the synonyms, and every relative link to a `.md` file in its body is an article, in that order. The build and
 * the widget's run-time Markdown mode (`askdown-markdown.js`) both start here.
 */
export const INDEX_FILE = 'index.md';

export const INDEX_KEYS = [...SITE_KEYS, 'synonyms'] as const;

/** An article the index links to: the file name as written (next to the index), and the line of the link. */
export interface ArticleLink {
  file: string;
  line: number;
}

export interface CompiledIndex {
  /**
   * Null when the front matter cannot be read at all. A wrong setting is reported and falls back (an empty title
   * to "Questions?", a wrong link is left out), so the run-time Markdown mode still answers; the build refuses it.
   */
  settings: SiteSettings | null;
  /** The groups that are right; a bad group is reported and left out. */
  synonyms: SynonymGroups;
  articles: ArticleLink[];
  /** The Markdown after the front matter (the static FAQ page's introduction), and its first line. */
  body: string;
  bodyLine: number;
  errors: ContentError[];
}

/** What a title or no-answer message that cannot be read falls back to in the run-time Markdown mode. */
const FALLBACK_TITLE = 'Questions?';
const FALLBACK_NO_ANSWER = 'Sorry, I could not find an answer to that.';

const INDEX_EXAMPLE = '- [Can I register a group or shared email address?](shared-email.md)';

/** The file lines of the list items under `synonyms:`, one per group, for the messages about them. */
export function synonymGroupLines(frontMatter: string, firstLine: number): number[] {
  const lines = frontMatter.split('\n');
  const start = lines.findIndex((line) => /^synonyms[ \t]*:/.test(line));
  if (start === -1) return [];
  const groups: number[] = [];
  for (let i = start + 1; i < lines.length && !/^[^\s#-]/.test(lines[i] ?? ''); i++) {
    if (/^\s*-/.test(lines[i] ?? '')) groups.push(i + firstLine);
  }
  return groups;
}

/**
 * The article links of the index's body (`tokens`, lexed), in order, each file once; links to files in other
 * folders are errors.
 */
function articleLinks(file: string, body: string, bodyLine: number, tokens: Token[]): { articles: ArticleLink[]; errors: ContentError[] } {
  const lineAt = lineLocator(body, bodyLine);
  const articles: ArticleLink[] = [];
  const errors: ContentError[] = [];
  walkTokensWithOffsets(body, tokens, (token: Token, offset) => {
    if (token.type !== 'link') return;
    const target = MARKDOWN_FILE_LINK.exec((token as Tokens.Link).href)?.[1];
    if (target === undefined || target.toLowerCase() === INDEX_FILE) return;
    const line = lineAt(offset);
    if (/[\\/]/.test(target)) {
      errors.push({
        file,
        line,
        message: `the link to "${target}" leads into another folder`,
        hint: `Articles sit next to ${INDEX_FILE}: move the file here and link to it by its name alone, e.g. ${INDEX_EXAMPLE}`,
      });
    } else if (!articles.some((article) => article.file === target)) articles.push({ file: target, line });
  });
  return { articles, errors };
}

/**
 * The articles an index links to, without reading its settings: what the run-time Markdown mode fetches while
 * the rest is compiled. None when the file has no front matter (compileIndex says so).
 */
export function indexLinks(file: string, source: string): ArticleLink[] {
  const parts = splitFrontMatter(file, source);
  return isContentError(parts) ? [] : articleLinks(file, parts.body, parts.bodyLine, lexMarkdown(parts.body)).articles;
}

/**
 * Reads a locale's index: the site settings and synonyms from its front matter, the articles from the links in
 * its body. The body, the static FAQ page's introduction, is checked as an answer is (`answerHtml` reads its
 * links as the sanitiser will). Every problem is returned with what could still be read, so the build can list
 * them all and the run-time mode can go on without a bad synonym group.
 */
export function compileIndex(file: string, source: string, locale: string, answerHtml: AnswerHtml): CompiledIndex {
  const failed = (error: ContentError): CompiledIndex => ({ settings: null, synonyms: [], articles: [], body: '', bodyLine: 1, errors: [error] });
  const parts = splitFrontMatter(file, source);
  if (isContentError(parts)) return failed(parts);
  const parsed = parseYaml(file, parts.frontMatter, parts.frontMatterLine);
  // The links below still say which articles the index lists: a slip in the settings must not also call every
  // article unlinked.
  if (isContentError(parsed)) return { ...failed(parsed), articles: articleLinks(file, parts.body, parts.bodyLine, lexMarkdown(parts.body)).articles };

  const fields = new FieldReader(file, parsed.data, parsed.keyLines, parts.frontMatterLine, parts.frontMatter.split('\n'));
  fields.rejectUnknownKeys(INDEX_KEYS);
  const settings = readSiteSettings(fields, locale);
  const data = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : {};
  const synonyms = readSynonyms(file, data.synonyms, fields.lineOf('synonyms'), synonymGroupLines(parts.frontMatter, parts.frontMatterLine));
  // Lexed once for its links and its checks: in the run-time Markdown mode this is on the way to a first answer.
  const tokens = lexMarkdown(parts.body);
  const links = articleLinks(file, parts.body, parts.bodyLine, tokens);
  const introduction = checkAnswerMarkdown(file, parts.body, parts.bodyLine, answerHtml, { place: 'the introduction', tokens });
  if (links.articles.length === 0 && links.errors.length === 0) {
    links.errors.push({
      file,
      line: parts.bodyLine,
      message: `${INDEX_FILE} links to no article`,
      hint: `List the articles below the closing "---" line, one link per line, e.g. ${INDEX_EXAMPLE}`,
    });
  }
  return {
    settings: { ...settings, title: settings.title || FALLBACK_TITLE, noAnswer: settings.noAnswer || FALLBACK_NO_ANSWER },
    synonyms: synonyms.groups,
    articles: links.articles,
    body: parts.body,
    bodyLine: parts.bodyLine,
    errors: [...fields.errors, ...synonyms.errors, ...links.errors, ...introduction],
  };
}
