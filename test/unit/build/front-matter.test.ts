import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../build/content/front-matter';

const split = (source: string) => splitFrontMatter('content/ja/a.md', source);

describe('splitFrontMatter', () => {
  it('splits a file that starts with a byte-order mark, and a closing fence with a full-width space after it', () => {
    expect(split('\uFEFF---\ntitle: x\n---\u3000\nAnswer.')).toEqual({ frontMatter: 'title: x', frontMatterLine: 2, body: 'Answer.', bodyLine: 4 });
  });

  it('names a fence typed with an input method, its own marks shown without the spaces after them', () => {
    expect(split('ーーー  \ntitle: x\n---\nAnswer.')).toEqual({
      file: 'content/ja/a.md',
      line: 1,
      message: 'the line "ーーー" that opens the front matter is typed in full-width characters',
      hint: 'Type it with the input method off: ---',
    });
  });

  it('says the front matter is never closed where no line looks like a fence, and how', () => {
    expect(split('---\ntitle: x\nAnswer.')).toEqual({
      file: 'content/ja/a.md',
      line: 1,
      message: 'the front matter is never closed',
      hint: 'Add a line with only "---" after the last front-matter key and before the answer text.',
    });
    expect(split('title: x\nAnswer.')).toMatchObject({ line: 1, message: 'the file does not start with front matter', hint: expect.stringMatching(/^Start the file with a line "---"/) });
  });
});
