import type { ContentError } from './content-error';

/** An article file split into its YAML front matter and its Markdown answer, with where each starts. */
export interface ArticleParts {
  frontMatter: string;
  /** Line of the file the front matter's first line is on. */
  frontMatterLine: number;
  body: string;
  /** Line of the file the body's first line is on. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---`-fenced front matter from the body; a missing or unclosed fence is an error an editor can fix. */
export function splitFrontMatter(file: string, source: string): ArticleParts | ContentError {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      file,
      line: 1,
      message: 'the file does not start with front matter',
      hint: 'Start the file with a line "---", then "title: ...", then another "---", then the answer.',
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return {
      file,
      line: 1,
      message: 'the front matter is never closed',
      hint: 'Add a line with only "---" after the last front-matter key and before the answer text.',
    };
  }
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
