import type { MatchArticle } from '../../widget/search';
import type { AnswerHtml } from './answer-html';
import { idFromFileName } from './article-id';
import type { ContentError } from './content-error';
import { FieldReader } from './fields';
import { checkArticleSize } from './article-size';
import { splitFrontMatter } from './front-matter';
import { checkAnswerMarkdown } from './markdown-checks';
import { renderAnswerHtml } from './render-markdown';
import { isContentError, parseYaml } from './yaml-source';

export const ARTICLE_KEYS = ['id', 'title', 'questions', 'tags', 'related', 'cta', 'pages'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path on the site, as `location.pathname` gives it: from "/", with no spaces, query or fragment. */
const PAGE_PATTERN = /^\/[^\s?#]*$/;

/** An article as its editor wrote it, with its answer rendered: the pack's article before search analysis. */
export interface SourceArticle extends MatchArticle {
  html: string;
  questions: string[];
  tags: string[];
  related: string[];
  cta: boolean;
  /** Paths where the article leads the suggested questions (`pageMatches`). */
  pages: string[];
}

/** An article as compiled, with the lines of the keys later cross-file checks report on. */
export interface CompiledArticle {
  article: SourceArticle;
  file: string;
  idLine: number;
  relatedLine: number;
}

/** The article's id: its "id" key, or else its file name; either must be a valid id. */
function readId(fields: FieldReader, file: string): string {
  const id = fields.has('id') ? fields.text('id', { required: true, example: 'shared-email' }) : idFromFileName(file);
  if (id !== '' && !ID_PATTERN.test(id)) {
    const keyed = fields.has('id');
    fields.fail(
      keyed ? 'id' : undefined,
      keyed ? `invalid id "${id}"` : `the file name "${id}" is no valid id, which the file name gives an article`,
      keyed
        ? 'Ids use lowercase letters, digits and single hyphens, e.g. shared-email.'
        : 'Rename the file with lowercase letters, digits and single hyphens (e.g. password-reset.md), or give it one with an "id:" line, e.g. id: password-reset.',
    );
  }
  return id;
}

/** Compiles one Markdown article, or returns every problem found in it. */
export function compileArticle(file: string, source: string, answerHtml: AnswerHtml): CompiledArticle | ContentError[] {
  // Checked before parsing: past the limit, the Markdown renderer may overflow its stack.
  const tooLarge = checkArticleSize(file, source);
  if (tooLarge) return [tooLarge];
  const parts = splitFrontMatter(file, source);
  if (isContentError(parts)) return [parts];
  const parsed = parseYaml(file, parts.frontMatter, parts.frontMatterLine);
  if (isContentError(parsed)) return [parsed];

  const fields = new FieldReader(file, parsed.data, parsed.keyLines, parts.frontMatterLine, parts.frontMatter.split('\n'));
  fields.rejectUnknownKeys(ARTICLE_KEYS);
  const id = readId(fields, file);
  const title = fields.text('title', { required: true, example: 'Can I register a group or shared email address?' });
  const questions = fields.textList('questions', 'Can several people share one log-in?, Is a team mailbox allowed?');
  const tags = fields.textList('tags', 'log-in, email address');
  const related = fields.textList('related', 'which-email, registration-hours');
  const cta = fields.flag('cta', false);
  const pages = fields.textList('pages', '/ships/*, /pass/**');
  const badPage = pages.find((pattern) => !PAGE_PATTERN.test(pattern));
  if (badPage !== undefined) {
    fields.fail(
      'pages',
      `"${badPage}" is not a page path`,
      'Write paths as they appear after the domain, starting with "/": * stands for any part of one folder, ** for any folders, e.g. pages: [/ships/*, /pass/**]',
    );
  }

  const errors = [...fields.errors, ...checkAnswerMarkdown(file, parts.body, parts.bodyLine, answerHtml)];
  const html = renderAnswerHtml(parts.body, answerHtml);
  const text = answerHtml.plainText(html);
  if (text === '') {
    errors.push({
      file,
      line: parts.bodyLine,
      message: 'the answer is empty',
      hint: 'Write the answer in Markdown below the closing "---" line.',
    });
  }
  if (errors.length > 0) return errors;
  return {
    article: { id, title, html, text, questions, tags, related, cta, pages },
    file,
    idLine: fields.lineOf('id'),
    relatedLine: fields.lineOf('related'),
  };
}
