import type { Tokens } from 'marked';
import { ANSWER_ATTRIBUTES, ANSWER_TAGS, DROPPED_WITH_CONTENT } from '../../widget/answer-allow-list';
import type { ContentError } from './content-error';
import { splitFrontMatter } from './front-matter';
import { lexMarkdown, markdown } from './markdown';
import { isRefusedHtml } from './markdown-checks';
import { MARKDOWN_CODE } from './rendered-answer-checks';
import { lineOfWritten } from './source-lines';

/** An opening tag, with its attributes as written. */
const OPENING_TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/"'>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** The same text with every letter but line ends blanked, so its lines stay where they were. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

const ALLOWED: ReadonlySet<string> = new Set(ANSWER_TAGS);
const WITH_CONTENT: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);

/**
 * Warnings for raw HTML in an answer that the sanitiser takes out quietly though it is harmless (a stranger's try as
 * an editor: `<details>` shown glued to the next line, `<sup>` as "m3", a list's options gone): a tag outside the
 * allow-list (its text kept, or with `option` and `textarea` its text too) and an attribute outside it (`style`,
 * `class`), in answers and in the index's introduction. Once per file and tag, on the line it is first written as
 * HTML. A warning, not an error: what is left is safe, and often what the editor meant.
 */
export function droppedHtmlWarnings(files: readonly string[], sourceOf: (file: string) => string): ContentError[] {
  return files.flatMap((file) => {
    const source = sourceOf(file);
    const parts = splitFrontMatter(file, source);
    if (!('body' in parts)) return [];
    const raw: string[] = [];
    markdown.walkTokens(lexMarkdown(parts.body), (token) => {
      // A comment's HTML reaches nobody.
      if (token.type === 'html') raw.push((token as Tokens.HTML).raw.replace(COMMENT, ''));
    });
    // Lines found where the tag is written as HTML, not where code or a comment shows the same letters.
    const prose = source.replace(MARKDOWN_CODE, blank).replace(COMMENT, blank);
    const warned = new Set<string>();
    const warnings: ContentError[] = [];
    const warn = (key: string, written: string, message: string, hint: string) => {
      if (warned.has(key)) return;
      warned.add(key);
      const line = lineOfWritten(prose, [written]);
      warnings.push({ file, ...(line === undefined ? {} : { line }), message, hint });
    };
    for (const html of raw) {
      for (const [written, tag = '', attributes = ''] of html.matchAll(OPENING_TAG)) {
        const name = tag.toLowerCase();
        if (isRefusedHtml(written)) continue;
        if (!ALLOWED.has(name)) {
          const text = WITH_CONTENT.has(name) ? 'with its text' : 'its text kept';
          warn(name, `<${tag}`, `<${name}> is not shown to visitors: its tags are taken out, ${text}`, 'Write it in Markdown, or with the tags answers allow (p, strong, em, ul, ol, table, a, code, kbd, del, …).');
          continue;
        }
        for (const [, attribute = ''] of attributes.matchAll(ATTRIBUTE)) {
          const attributeName = attribute.toLowerCase();
          if ((ANSWER_ATTRIBUTES[name] ?? []).includes(attributeName) || attributeName.startsWith('on')) continue;
          warn(`${name} ${attributeName}`, written, `the ${attributeName} attribute of <${name}> is taken out, so visitors do not see its effect`, 'Answers take no styles or classes of their own (the widget and the FAQ page style them): say it in words, or with **bold** or *emphasis*.');
        }
      }
    }
    return warnings;
  });
}
