import type { ContentPack } from '../../widget/content-pack';
import type { ContentError } from './content-error';

/** How wide a title may be, in columns (a CJK character is two): the longest of the customer's is 173. */
export const MAX_TITLE_COLUMNS = 200;

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/** The columns `text` takes in a monospaced font: two for a CJK or full-width character, one for any other. */
export function titleColumns(text: string): number {
  let columns = 0;
  for (const character of text) columns += WIDE.test(character) ? 2 : 1;
  return columns;
}

/**
 * Warnings for titles too long to read as one (a stranger's try as an editor: a 600-character title built without a
 * word). The title is the answer's heading, a "did you mean" button and a related article's link, so on a phone such
 * a title fills the screen; the rest belongs in the answer. A warning, not an error: nothing breaks.
 */
export function longTitleWarnings(pack: ContentPack, fileOf: (i: number) => string, sourceOf: (file: string) => string): ContentError[] {
  return pack.articles.flatMap((article, i) => {
    const columns = titleColumns(article.title);
    if (columns <= MAX_TITLE_COLUMNS) return [];
    const file = fileOf(i);
    const at = sourceOf(file).search(/^title\s*:/m);
    return [
      {
        file,
        ...(at === -1 ? {} : { line: sourceOf(file).slice(0, at).split('\n').length }),
        message: `the title is ${columns} characters wide (${MAX_TITLE_COLUMNS} at most reads well; a Japanese or Chinese character counts as two): visitors see it as the answer's heading and as a button, which on a phone fills the screen`,
        hint: 'Keep the title to the question itself and move the rest into the answer; other ways to ask it go under questions:.',
      },
    ];
  });
}
