import type { Token, Tokens } from 'marked';
import { isSafeUrl } from '../../widget/safe-url';
import type { AnswerHtml } from './answer-html';
import type { ContentError } from './content-error';
import { markdown, withoutCspTriggers } from './markdown';
import { lineLocator, walkTokensWithOffsets } from './markdown-positions';

const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:/i;

/** HTML the sanitiser would drop with everything it shows; `noun` is what the editor is told is not supported. */
const MEDIA_HTML: readonly { pattern: RegExp; noun: string }[] = [
  { pattern: /<\s*(img|picture|svg)\b/i, noun: 'images' },
  { pattern: /<\s*(video|audio)\b/i, noun: 'videos and sounds' },
];

const IMAGE_EXAMPLE = '[See the screenshot](https://example.com/screenshot.png)';

const UNSAFE_LINK_HINT =
  'Links may only use https:, http:, mailto: or tel:, or be relative to this site (not starting with //). Remove it or write the whole address, e.g. https://example.com/page.';

function unsafeLinkError(file: string, line: number, target: string): ContentError {
  return { file, line, message: `unsafe link "${target}"`, hint: UNSAFE_LINK_HINT };
}

/** The line of `raw` that holds `index`, trimmed and shortened, to quote in a message. */
function quoteLine(raw: string, index: number): string {
  const start = raw.lastIndexOf('\n', index - 1) + 1;
  const end = raw.indexOf('\n', index);
  return raw.slice(start, end === -1 ? undefined : end).trim().slice(0, 60);
}

function imageError(file: string, line: number, quoted: string, href: string | undefined, alt: string): ContentError {
  const link = href ? `[${alt.trim() || 'See the image'}](${href})` : IMAGE_EXAMPLE;
  return {
    file,
    line,
    message: `images are not supported in answers: "${quoted}"`,
    hint: `Link to the image instead, e.g. ${link}, or say in words what it shows.`,
  };
}

/** An error for an image, video or sound written as HTML, which the sanitiser would drop without a word. */
function mediaError(file: string, raw: string, index: number, noun: string, line: number): ContentError {
  const quoted = quoteLine(raw, index);
  if (noun !== 'images') {
    const hint = 'Link to it instead, e.g. [Watch the video](https://example.com/video).';
    return { file, line, message: `${noun} are not supported in answers: "${quoted}"`, hint };
  }
  const tag = raw.slice(index);
  const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
  const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
  return imageError(file, line, quoted, src, alt);
}

/**
 * Problems in one raw-HTML token, each on the file line of the offending text. A link target is read as the
 * browser reads it (`jav&#x61;script:` is `javascript:`), so every link the sanitiser would empty is named.
 */
function checkHtml(file: string, raw: string, lineOfToken: number, html: AnswerHtml): ContentError[] {
  const errors: ContentError[] = [];
  const lineOf = (index: number) => lineOfToken + (raw.slice(0, index).match(/\n/g)?.length ?? 0);
  const unsafe = UNSAFE_HTML.exec(raw);
  if (unsafe) {
    errors.push({
      file,
      line: lineOf(unsafe.index),
      message: `unsafe HTML "${quoteLine(raw, unsafe.index)}"`,
      hint: 'Scripts, styles, frames, forms and on...= event attributes are not allowed; write the answer in Markdown.',
    });
  } else {
    // Parsed as the renderer passes it on: in a visitor's page, parsing an inline style would be a CSP report.
    const target = html.linkTargets(withoutCspTriggers(raw)).find((href) => !isSafeUrl(href));
    if (target !== undefined) errors.push(unsafeLinkError(file, lineOf(Math.max(0, raw.search(/\shref\s*=/i))), target));
  }
  for (const { pattern, noun } of MEDIA_HTML) {
    const media = pattern.exec(raw);
    if (media) errors.push(mediaError(file, raw, media.index, noun, lineOf(media.index)));
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
 * reads link targets as the sanitiser will.
 */
export function checkAnswerMarkdown(file: string, body: string, bodyLine: number, html: AnswerHtml): ContentError[] {
  const errors: ContentError[] = [];
  const lineAt = lineLocator(body, bodyLine);
  walkTokensWithOffsets(body, markdown.lexer(body), (token: Token, offset) => {
    if (token.type === 'image') {
      const image = token as Tokens.Image;
      errors.push(imageError(file, lineAt(offset), image.raw.trim().slice(0, 60), image.href, image.text));
    } else if (token.type === 'link') {
      const target = linkTargets(token as Tokens.Link, html).find((href) => !isSafeUrl(href));
      if (target !== undefined) errors.push(unsafeLinkError(file, lineAt(offset), target));
    } else if (token.type === 'html') {
      errors.push(...checkHtml(file, token.raw, lineAt(offset), html));
    }
  });
  return errors;
}
