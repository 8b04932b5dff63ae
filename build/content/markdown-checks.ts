import type { Token, Tokens } from 'marked';
import { isSafeUrl } from '../../widget/safe-url';
import type { ContentError } from './content-error';
import { markdown } from './markdown';
import { lineLocator, walkTokensWithOffsets } from './markdown-positions';

const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:/i;

/** HTML the sanitiser would drop with everything it shows; `noun` is what the editor is told is not supported. */
const MEDIA_HTML: readonly { pattern: RegExp; noun: string }[] = [
  { pattern: /<\s*(img|picture|svg)\b/i, noun: 'images' },
  { pattern: /<\s*(video|audio)\b/i, noun: 'videos and sounds' },
];

const IMAGE_EXAMPLE = '[See the screenshot](https://example.com/screenshot.png)';

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

/** Problems in one raw-HTML token, each on the file line of the offending text. */
function checkHtml(file: string, raw: string, lineOfToken: number): ContentError[] {
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
  }
  for (const { pattern, noun } of MEDIA_HTML) {
    const media = pattern.exec(raw);
    if (media) errors.push(mediaError(file, raw, media.index, noun, lineOf(media.index)));
  }
  return errors;
}

/**
 * What in an answer's Markdown would not reach visitors as written: unsafe links and HTML (the sanitiser would
 * remove them anyway; reporting them makes the editor notice) and images, which the answer card does not show.
 * `bodyLine` is the file line the body starts on, so every error names the line of the offending text.
 */
export function checkAnswerMarkdown(file: string, body: string, bodyLine: number): ContentError[] {
  const errors: ContentError[] = [];
  const lineAt = lineLocator(body, bodyLine);
  walkTokensWithOffsets(body, markdown.lexer(body), (token: Token, offset) => {
    if (token.type === 'image') {
      const image = token as Tokens.Image;
      errors.push(imageError(file, lineAt(offset), image.raw.trim().slice(0, 60), image.href, image.text));
    } else if (token.type === 'link' && !isSafeUrl((token as Tokens.Link).href)) {
      errors.push({
        file,
        line: lineAt(offset),
        message: `unsafe link "${(token as Tokens.Link).href}"`,
        hint: 'Links may only use https:, http:, mailto: or tel:, or be relative. Remove it or use a web address.',
      });
    } else if (token.type === 'html') {
      errors.push(...checkHtml(file, token.raw, lineAt(offset)));
    }
  });
  return errors;
}
