import type { ContentError } from './content-error';
import { typedAgain } from './yaml-slips';

/** An article file split into its YAML front matter and its Markdown answer, with where each starts. */
export interface ArticleParts {
  frontMatter: string;
  /** Line of the file the front matter's first line is on. */
  frontMatterLine: number;
  body: string;
  /** Line of the file the body's first line is on. */
  bodyLine: number;
}

const FENCE = /^---[ \t\u3000]*$/;
/** "---" as a Japanese input method types it, in part or whole: long-vowel marks, full-width hyphens, dashes. */
const FULL_WIDTH_FENCE = /^[-\u30FC\uFF0D\u2010\u2014\u2015\u2212]{3}[ \t\u3000]*$/;

function fullWidthFence(file: string, line: number, fence: string, role: string): ContentError {
  return { file, line, message: `the line "${fence.trim()}" that ${role} the front matter is typed in full-width characters`, hint: typedAgain('---') };
}

/** Splits `---`-fenced front matter from the body; a missing or unclosed fence is an error an editor can fix. */
export function splitFrontMatter(file: string, source: string): ArticleParts | ContentError {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    if (FULL_WIDTH_FENCE.test(lines[0] ?? '')) return fullWidthFence(file, 1, lines[0] ?? '', 'opens');
    return {
      file,
      line: 1,
      message: 'the file does not start with front matter',
      hint: 'Start the file with a line "---", then "title: ...", then another "---", then the answer.',
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    const typed = lines.findIndex((line, i) => i > 0 && FULL_WIDTH_FENCE.test(line));
    if (typed !== -1) return fullWidthFence(file, typed + 1, lines[typed] ?? '', 'closes');
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
