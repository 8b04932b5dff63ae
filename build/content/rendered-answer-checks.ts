import type { ContentPack } from '../../widget/content-pack';
import type { AnswerHtml } from './answer-html';
import type { ContentError } from './content-error';
import { lineOfWritten } from './source-lines';

/** Code, whose text may show Markdown as it is written. */
const CODE = /<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * `[text](address` left in an answer's text: a link Markdown could not read (a space in the address), shown to
 * visitors as written. Only with an address after it: `[optional](not required)` is prose.
 */
const UNREAD_LINK = /\[([^\]\n]*)\]\((?:https?:|mailto:|tel:|www\.|\/)/gi;

/**
 * `[text][name]` or `[text][]` left in an answer's text: a reference link whose `[name]: address` line is missing
 * (or misspelt), shown to visitors as written. A defined one is a link, so its brackets are gone.
 */
const UNDEFINED_REFERENCE = /\[([^\]\n]+)\]\[([^\]\n]*)\]/g;

/** A heading, with its text. */
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi;

/**
 * Errors found in the rendered answers, where they reach visitors other than as the editor meant: Markdown that
 * was not read as a link (an address with a space, `[m](https://example.com/a b)`, is shown as `[m](` and a link
 * to the address's first part), a reference link with no definition (`[the form][form]`), a link with no address
 * (`[c]()`), which leads back to the page itself, and an
 * answer made only of headings (a skeleton not yet written). Build only: the run-time Markdown mode's script has
 * no room for them. `sourceOf` gives a file's text, for the lines.
 */
export function renderedAnswerErrors(pack: ContentPack, fileOf: (i: number) => string, html: AnswerHtml, sourceOf: (file: string) => string): ContentError[] {
  return pack.articles.flatMap((article, i) => {
    const file = fileOf(i);
    const source = sourceOf(file);
    const at = (...written: string[]) => {
      const line = lineOfWritten(source, written);
      return line === undefined ? { file } : { file, line };
    };
    const errors: ContentError[] = [];
    const text = html.plainText(article.html.replace(CODE, ' '));
    // As the file has it, unescaped: `\[text](…)` and `**[Save]**(…)` show brackets on purpose.
    const unread = [...text.matchAll(UNREAD_LINK)].find((found) => writtenUnescaped(source, `[${found[1]}](`));
    if (unread) {
      const quoted = text.slice(unread.index, text.indexOf(')', unread.index) + 1 || unread.index + 60).slice(0, 80);
      errors.push({
        ...at(`[${unread[1]}](`),
        message: `a link that Markdown could not read is shown to visitors as written: "${quoted}"`,
        hint: 'An address cannot hold spaces: write each as %20 (https://example.com/a%20b), or put the address in angle brackets: [text](<https://example.com/a b>). Meant as text? Write \\[ for the [.',
      });
    }
    const reference = [...text.matchAll(UNDEFINED_REFERENCE)].find((found) => writtenUnescaped(source, found[0]));
    if (reference) {
      const name = reference[2] || reference[1];
      errors.push({
        ...at(reference[0]),
        message: `a reference link has no definition, so visitors see it as written: "${reference[0]}"`,
        hint: `Add its address on a line of its own below the answer, e.g. [${name}]: https://example.com/form, or write the link in full: [${reference[1]}](https://example.com/form). Meant as text? Write \\[ for the [.`,
      });
    }
    if (html.linkTargets(article.html).some((href) => href.trim() === '')) {
      errors.push({
        ...at(']()', '](<>)', 'href=""'),
        message: 'a link has no address, so it leads back to the page it is on',
        hint: 'Write the address between the brackets, e.g. [the form](https://example.com/form), or remove the link.',
      });
    }
    const headings = [...article.html.matchAll(HEADING)].map((heading) => html.plainText(heading[2] ?? ''));
    if (headings.length > 0 && html.plainText(article.html.replace(HEADING, ' ')) === '') {
      const first = headings[0] ?? '';
      errors.push({
        ...at(`# ${first}`, first),
        message: 'the answer is only headings, so visitors would get a title and no answer',
        hint: 'Write the answer under the heading, or take the article out of index.md until it is written.',
      });
    }
    return errors;
  });
}

/** Code in the editor's Markdown: fenced blocks and inline spans, where brackets are shown as written. */
const MARKDOWN_CODE = /^(```|~~~)[\s\S]*?^\1|`[^`\n]+`/gm;

/** Whether `source` has `written` somewhere not escaped with a backslash, and not in code. */
function writtenUnescaped(source: string, written: string): boolean {
  const prose = source.replace(MARKDOWN_CODE, ' ');
  for (let at = prose.indexOf(written); at !== -1; at = prose.indexOf(written, at + 1)) if (prose[at - 1] !== '\\') return true;
  return false;
}
