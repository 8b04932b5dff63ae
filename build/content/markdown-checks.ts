import type { Token, Tokens } from 'marked';
import { isSafeUrl } from '../../widget/safe-url';
import type { AnswerHtml } from './answer-html';
import { idFromFileName } from './article-id';
import type { ContentError } from './content-error';
import { lexMarkdown, markdown, withoutCspTriggers } from './markdown';
import { lineLocator, walkTokensWithOffsets } from './markdown-positions';
import { typedAgain } from './yaml-slips';

const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:/i;

/** HTML the sanitiser would drop with everything it shows; `noun` is what the editor is told is not supported. */
const MEDIA_HTML: readonly { pattern: RegExp; noun: string }[] = [
  { pattern: /<\s*(img|picture|svg)\b/i, noun: 'images' },
  { pattern: /<\s*(video|audio)\b/i, noun: 'videos and sounds' },
];

const IMAGE_EXAMPLE = '[See the screenshot](https://example.com/screenshot.png)';

export const UNSAFE_LINK_HINT =
  "Such a link could run code in the visitor's page or lead to another site unannounced, so answers may not have it. " +
  'Links may only use https:, http:, mailto: or tel:, or be relative to this site (not starting with //). ' +
  'Remove it or write the whole address, e.g. https://example.com/page.';

/** The file, and what its Markdown is to visitors ("answers", "the introduction"), for the messages. */
interface Where {
  file: string;
  place: string;
}

/** `target` as the browser reads it; `written`, as the file has it, when that differs (an entity, a code). */
function unsafeLinkError({ file }: Where, line: number, target: string, written?: string): ContentError {
  const shown = written !== undefined && written !== target ? `"${written}" (a browser reads it as "${target}")` : `"${target}"`;
  return { file, line, message: `unsafe link ${shown}`, hint: UNSAFE_LINK_HINT };
}

/**
 * A relative link to a Markdown file, `./`, `?…` and `#…` allowed; the file is the first group. In the index, an
 * article of the list (`index-file.ts`); in an answer, a mistake: the widget shows answers on the host's page,
 * where `which-email.md` leads to no page at all.
 */
export const MARKDOWN_FILE_LINK = /^(?!\/|[a-z][a-z\d+.-]*:)(?:\.\/)?([^?#]*\.md)(?:[?#].*)?$/i;

function articleLinkError({ file }: Where, line: number, href: string, target: string): ContentError {
  const id = idFromFileName(target);
  return {
    file,
    line,
    message: `the link "${href}" leads to a Markdown file, which visitors cannot open: answers are shown on other pages`,
    hint: `To point to another article, name it under related: in the front matter (it is shown under the answer and opens in the conversation), e.g. related: [${id}]; or link to a full web address.`,
  };
}

/** The line of `raw` that holds `index`, trimmed and shortened, to quote in a message. */
function quoteLine(raw: string, index: number): string {
  const start = raw.lastIndexOf('\n', index - 1) + 1;
  const end = raw.indexOf('\n', index);
  return raw.slice(start, end === -1 ? undefined : end).trim().slice(0, 60);
}

function imageError({ file, place }: Where, line: number, quoted: string, href: string | undefined, alt: string): ContentError {
  const link = href ? `[${alt.trim() || 'See the image'}](${href})` : IMAGE_EXAMPLE;
  return {
    file,
    line,
    message: `images are not supported in ${place}: "${quoted}"`,
    hint: `Link to the image instead, e.g. ${link}, or say in words what it shows.`,
  };
}

/** Whether raw HTML is what these checks refuse (unsafe, or media): named as an error here, not warned of elsewhere. */
export function isRefusedHtml(raw: string): boolean {
  return UNSAFE_HTML.test(raw) || MEDIA_HTML.some(({ pattern }) => pattern.test(raw));
}

/** An error for an image, video or sound written as HTML, which the sanitiser would drop without a word. */
function mediaError(where: Where, raw: string, index: number, noun: string, line: number): ContentError {
  const quoted = quoteLine(raw, index);
  if (noun !== 'images') {
    const hint = 'Link to it instead, e.g. [Watch the video](https://example.com/video).';
    return { file: where.file, line, message: `${noun} are not supported in ${where.place}: "${quoted}"`, hint };
  }
  const tag = raw.slice(index);
  const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
  const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
  return imageError(where, line, quoted, src, alt);
}

/** The `href` attributes of raw HTML as written, in order, with where each starts. */
function writtenHrefs(raw: string): { value: string; index: number }[] {
  return [...raw.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => ({ value: m[1] ?? m[2] ?? m[3] ?? '', index: m.index }));
}

/**
 * Problems in one raw-HTML token, each on the file line of the offending text. A link target is read as the
 * browser reads it (`jav&#x61;script:` is `javascript:`), so every link the sanitiser would empty is named.
 */
function checkHtml(where: Where, raw: string, lineOfToken: number, html: AnswerHtml): ContentError[] {
  const errors: ContentError[] = [];
  const lineOf = (index: number) => lineOfToken + (raw.slice(0, index).match(/\n/g)?.length ?? 0);
  const unsafe = UNSAFE_HTML.exec(raw);
  if (unsafe) {
    errors.push({
      file: where.file,
      line: lineOf(unsafe.index),
      message: `unsafe HTML "${quoteLine(raw, unsafe.index)}"`,
      hint: 'Scripts, styles, frames, forms and on...= event attributes are not allowed; write it in Markdown.',
    });
  } else {
    // Parsed as the renderer passes it on: in a visitor's page, parsing an inline style would be a CSP report.
    const targets = html.linkTargets(withoutCspTriggers(raw));
    const bad = targets.findIndex((href) => !isSafeUrl(href));
    if (bad !== -1) {
      // The attributes as written come in the same order as the links the parser made of them.
      const written = writtenHrefs(raw)[bad];
      errors.push(unsafeLinkError(where, lineOf(written?.index ?? 0), targets[bad]!, written?.value));
    }
  }
  for (const { pattern, noun } of MEDIA_HTML) {
    const media = pattern.exec(raw);
    if (media) errors.push(mediaError(where, raw, media.index, noun, lineOf(media.index)));
  }
  return errors;
}

/**
 * A Markdown link's targets: as written, and as a browser reads the attribute marked writes it into, where
 * entities are decoded (`[x](jav&#x61;script:…)`).
 */
function linkTargets(link: Tokens.Link, html: AnswerHtml): string[] {
  return [link.href, ...html.linkTargets(markdown.Parser.parseInline([link], markdown.defaults))];
}

/**
 * What in an answer's Markdown would not reach visitors as written: unsafe links and HTML (the sanitiser would
 * remove them anyway; reporting them makes the editor notice) and images, which the answer card does not show.
 * `bodyLine` is the file line the body starts on, so every error names the line of the offending text. `html`
 * reads link targets as the sanitiser will. `place` names what the Markdown is in the messages: the index's body
 * is checked too, as "the introduction" of the static FAQ page; `tokens`, the body already lexed, if it was.
 */
export function checkAnswerMarkdown(
  file: string,
  body: string,
  bodyLine: number,
  html: AnswerHtml,
  { place = 'answers', tokens = lexMarkdown(body) }: { place?: string; tokens?: Token[] } = {},
): ContentError[] {
  const where: Where = { file, place };
  const errors: ContentError[] = [];
  const lineAt = lineLocator(body, bodyLine);
  walkTokensWithOffsets(body, tokens, (token: Token, offset) => {
    if (token.type === 'image') {
      const image = token as Tokens.Image;
      errors.push(imageError(where, lineAt(offset), image.raw.trim().slice(0, 60), image.href, image.text));
    } else if (token.type === 'link') {
      const link = token as Tokens.Link;
      const target = linkTargets(link, html).find((href) => !isSafeUrl(href));
      if (target !== undefined) errors.push(unsafeLinkError(where, lineAt(offset), target, link.href));
      else if (/[\uFF1A\uFF0F]/.test(link.href)) {
        // https：// (an input method's colon): a relative address to the browser, so it leads nowhere.
        errors.push({ file, line: lineAt(offset), message: `the link "${link.href}" has a full-width : or / in its address`, hint: typedAgain(`(${link.href.normalize('NFKC')})`) });
      } else if (place === 'answers') {
        const linked = MARKDOWN_FILE_LINK.exec(link.href)?.[1];
        if (linked !== undefined) errors.push(articleLinkError(where, lineAt(offset), link.href, linked));
      }
    } else if (token.type === 'html') {
      errors.push(...checkHtml(where, token.raw, lineAt(offset), html));
    }
  });
  return errors;
}
