import type { ContentPack } from '../../widget/content-pack';
import type { AnswerHtml } from './answer-html';
import type { ContentError } from './content-error';
import { literalPattern } from './literal-pattern';
import { DEEP_LINK } from '../../widget/app/deep-link';
import { lineOfWritten } from './source-lines';
import { didYouMean } from './suggest';

/** Code, whose text may show Markdown as it is written. */
const CODE = /<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * `[text](address` left in an answer's text: a link Markdown could not read (a space in the address), shown to
 * visitors as written. Only with an address after it: `[optional](not required)` is prose.
 */
const UNREAD_LINK = /\[([^\]\n]*)\]\((?:https?:|mailto:|tel:|www\.|\/)/gi;

/**
 * `[text][name]` or `[text][]` left in an answer's text: a reference link whose `[name]: address` line is missing
 * (or misspelt), shown to visitors as written. A defined one is a link, so its brackets are gone. Its text may
 * hold one level of brackets (`[the [new] form][form]`), as Markdown's link text may.
 */
const UNDEFINED_REFERENCE = /\[((?:[^[\]\n]|\[[^[\]\n]*\])+)\]\[([^\]\n]*)\]/g;

/**
 * `folders[i][0]`: code written as text (a name, then indexes in brackets), which Markdown shows as written and the
 * editor meant so; a stranger's try saw it stop the build. Told apart in the source, where the Markdown around a
 * real link is still there (`**Note**[the form][form]` is a link): straight after a word or a closing bracket, a
 * number for its name, no space in its text.
 */
function writtenAsIndex(source: string, [written, text = '', name = '']: RegExpMatchArray): boolean {
  return /^\d+$/.test(name) && !/\s/.test(text) && new RegExp(`[\\w\\]]${literalPattern(written)}`).test(source);
}

/** A heading, with its text. */
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi;

/**
 * Errors found in the rendered answers, where they reach visitors other than as the editor meant: Markdown that
 * was not read as a link (an address with a space, `[m](https://example.com/a b)`, is shown as `[m](` and a link
 * to the address's first part), a reference link with no definition (`[the form][form]`), a link with no address
 * (`[c]()`), which leads back to the page itself, a link to an answer with an id no article has
 * (`#askdown=which-emial`), and an answer made only of headings (a skeleton not yet written); the same link checks
 * in the index's introduction (`intro`, the FAQ page's). Each mistake is named on its own line. Build only: the
 * run-time Markdown mode's script has no room for them. `sourceOf` gives a file's text, for the lines.
 */
export function renderedAnswerErrors(
  pack: ContentPack,
  fileOf: (i: number) => string,
  html: AnswerHtml,
  sourceOf: (file: string) => string,
  intro?: { html: string; file: string },
): ContentError[] {
  const ids = pack.articles.map((article) => article.id);
  const answers = pack.articles.flatMap((article, i) => {
    const file = fileOf(i);
    const source = sourceOf(file);
    // Parsed once for both checks of its links (a parse of the whole answer each).
    const targets = html.linkTargets(article.html);
    const errors = linkErrors(article.html, targets, file, source, html);
    // `#askdown=<id>`, which opens that answer in the conversation: an id no article has opens nothing.
    for (const id of new Set(targets.flatMap((href) => DEEP_LINK.exec(href)?.[1] ?? []))) {
      if (ids.includes(id)) continue;
      errors.push({
        ...placed(file, source, `#askdown=${id}`),
        message: `a link to the answer "${id}" leads to no article, so it opens nothing`,
        hint: `Write the id of an article of this folder after #askdown= (its file name without .md, or its id:).${didYouMean(id, ids)}`,
      });
    }
    const headings = [...article.html.matchAll(HEADING)].map((heading) => html.plainText(heading[2] ?? ''));
    if (headings.length > 0 && html.plainText(article.html.replace(HEADING, ' ')) === '') {
      const first = headings[0] ?? '';
      errors.push({
        ...placed(file, source, `# ${first}`, first),
        message: 'the answer is only headings, so visitors would get a title and no answer',
        hint: 'Write the answer under the heading, or take the article out of index.md until it is written.',
      });
    }
    return errors;
  });
  return intro ? [...linkErrors(intro.html, html.linkTargets(intro.html), intro.file, sourceOf(intro.file), html), ...answers] : answers;
}

/** `file`, with the line of the first of `written` that its source has. */
function placed(file: string, source: string, ...written: string[]): Pick<ContentError, 'file' | 'line'> {
  const line = lineOfWritten(source, written);
  return line === undefined ? { file } : { file, line };
}

/**
 * The links of one rendered Markdown text (`rendered`, with its links' `targets`, from `file`'s `source`) that
 * visitors get other than as meant.
 */
function linkErrors(rendered: string, targets: readonly string[], file: string, source: string, html: AnswerHtml): ContentError[] {
  const errors: ContentError[] = [];
  const text = html.plainText(rendered.replace(CODE, ' '));
  // As the file has it, unescaped: `\[text](…)` and `**[Save]**(…)` show brackets on purpose.
  const unread = distinct([...text.matchAll(UNREAD_LINK)].filter((found) => writtenUnescaped(source, `[${found[1]}](`)), (found) => found[1]);
  for (const found of unread) {
    const quoted = text.slice(found.index, text.indexOf(')', found.index) + 1 || found.index + 60).slice(0, 80);
    errors.push({
      ...placed(file, source, `[${found[1]}](`),
      message: `a link that Markdown could not read is shown to visitors as written: "${quoted}"`,
      hint: 'An address cannot hold spaces: write each as %20 (https://example.com/a%20b), or put the address in angle brackets: [text](<https://example.com/a b>). Meant as text? Write \\[ for the [.',
    });
  }
  const references = distinct(
    [...text.matchAll(UNDEFINED_REFERENCE)].filter((found) => writtenUnescaped(source, found[0]) && !writtenAsIndex(source, found)),
    (found) => found[0],
  );
  for (const reference of references) {
    const name = reference[2] || reference[1];
    errors.push({
      ...placed(file, source, reference[0]),
      message: `a reference link has no definition, so visitors see it as written: "${reference[0]}"`,
      hint: `Add its address on a line of its own below the text, e.g. [${name}]: https://example.com/form, or write the link in full: [${reference[1]}](https://example.com/form). Meant as text? Write \\[ for the [.`,
    });
  }
  if (targets.some((href) => href.trim() === '')) {
    errors.push({
      ...placed(file, source, ']()', '](<>)', 'href=""'),
      message: 'a link has no address, so it leads back to the page it is on',
      hint: 'Write the address between the brackets, e.g. [the form](https://example.com/form), or remove the link.',
    });
  }
  return errors;
}

/** `found` without repeats of the same `key`: one mistake written twice is one message. */
function distinct<T>(found: T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string | undefined>();
  return found.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** Code in the editor's Markdown: fenced blocks and inline spans, where brackets are shown as written. */
export const MARKDOWN_CODE = /^(```|~~~)[\s\S]*?^\1|`[^`\n]+`/gm;

/** Whether `source` has `written` somewhere not escaped with a backslash, and not in code. */
function writtenUnescaped(source: string, written: string): boolean {
  const prose = source.replace(MARKDOWN_CODE, ' ');
  for (let at = prose.indexOf(written); at !== -1; at = prose.indexOf(written, at + 1)) if (prose[at - 1] !== '\\') return true;
  return false;
}
