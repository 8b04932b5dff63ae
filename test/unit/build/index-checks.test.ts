import { describe, expect, it } from 'vitest';
import type { ContentError } from '../../../build/content/content-error';
import { indexLinesOf } from '../../../build/content/index-lines';
import { indexTypingErrors, onTheLineThatNamesIt } from '../../../build/content/index-typing';
import { onTheKeysLine } from '../../../build/content/section-lines';

const INDEX = 'content/ja/index.md';
/** index.md's lines as the build reads them for its checks. */
const indexOf = (source: string | Uint8Array) => indexLinesOf([{ path: INDEX, source }]);
const error = (fields: Partial<ContentError>): ContentError => ({ file: INDEX, message: 'x', hint: 'y', ...fields });

describe('onTheKeysLine: a problem in a section of the settings, on its key\'s line', () => {
  const settings = ['title: Help', 'ui:', '  # the panel\'s words', '', '  close: Close', '  "yes": はい', '  placeholer: Ask', 'contact:', '  url: example.com', 'placeholer: top'].join('\n');

  it('finds the key inside the section, past comments and blank lines, quoted or not, from text or bytes', () => {
    expect(onTheKeysLine(error({ line: 2, message: 'unknown key "placeholer". Did you mean "placeholder"?' }), indexOf(settings))).toMatchObject({ line: 7 });
    expect(onTheKeysLine(error({ line: 2, message: 'unknown key "yes". …' }), indexOf(settings))).toMatchObject({ line: 6 });
    const bytes = indexOf(new TextEncoder().encode(settings));
    expect(onTheKeysLine(error({ line: 8, message: '"contact.url" is not a web address' }), bytes)).toMatchObject({ line: 9 });
  });

  it('leaves every other problem where it was', () => {
    const moved = (fields: Partial<ContentError>, index = indexOf(settings)) => onTheKeysLine(error(fields), index).line;
    // Not a section's line: a key of the top level.
    expect(moved({ line: 1, message: 'unknown key "placeholer". …' })).toBe(1);
    // The key is not inside the section: the top-level one after it is another's.
    expect(moved({ line: 8, message: 'unknown key "placeholer". …' })).toBe(8);
    // No key named; no line; another file; no index.
    expect(moved({ line: 2, message: '"ui" lacks 1 of the panel\'s strings' })).toBe(2);
    expect(moved({ message: 'unknown key "close". …' })).toBeUndefined();
    expect(onTheKeysLine(error({ file: 'content/ja/a.md', line: 2, message: 'unknown key "close". …' }), indexOf(settings)).line).toBe(2);
    expect(onTheKeysLine(error({ line: 2, message: 'unknown key "close". …' }), undefined).line).toBe(2);
  });

  it('reads a section line with spaces or a comment after its colon, and stops at the end of the file', () => {
    const commented = indexOf('ui :   # the panel\'s words\n  placeholer: Ask');
    expect(onTheKeysLine(error({ line: 1, message: 'unknown key "placeholer". …' }), commented)).toMatchObject({ line: 2 });
    expect(onTheKeysLine(error({ line: 1, message: 'unknown key "send". …' }), commented)).toMatchObject({ line: 1 });
  });

  it('reads a key with a regular expression\'s marks as written', () => {
    expect(onTheKeysLine(error({ line: 1, message: 'unknown key "a.b". …' }), indexOf('ui:\n  axb: 1\n  a.b: 2'))).toMatchObject({ line: 3 });
  });
});

describe('index.md as typed with an input method', () => {
  const notLinked = error({ file: 'content/ja/which-email.md', message: 'which-email.md is not linked from index.md, so no visitor would ever see it' });

  it('names the line of a link typed with full-width brackets, and nothing else', () => {
    const index = indexOf('---\ntitle: x\n---\n- [共有](shared-email.md)\n  ［種類］（which-email.md）  \n');
    expect(onTheLineThatNamesIt(notLinked, index)).toEqual({
      file: INDEX,
      line: 5,
      message: 'the link to "which-email.md" on this line is typed with full-width brackets, so Markdown reads it as text',
      hint: 'Type it with the input method off: [種類](which-email.md)',
    });
    // The file named without full-width marks, full-width marks around another file, another problem, no index.
    expect(onTheLineThatNamesIt(notLinked, indexOf('which-email.md\n［x］（other.md）'))).toBe(notLinked);
    expect(onTheLineThatNamesIt(error({ message: 'something else' }), index)).toEqual(error({ message: 'something else' }));
    expect(onTheLineThatNamesIt(notLinked, undefined)).toBe(notLinked);
  });

  it('names list items marked otherwise than "- ", and only links to articles', () => {
    const lines = ['- [a](a.md)', 'ー [b](b.md)', '\uFF0D [c](c.md)', '・[d](d.md)', '-\u3000[e](e.md)', 'ー 長音で始まる文', 'ー [f](https://example.com/)'];
    expect(indexTypingErrors(indexOf(lines.join('\n'))).map((e) => [e.line, e.hint])).toEqual([
      [2, 'Type it with the input method off: - [b](b.md)'],
      [3, 'Type it with the input method off: - [c](c.md)'],
      [4, 'Type it with the input method off: - [d](d.md)'],
      [5, 'Type it with the input method off: - [e](e.md)'],
    ]);
    expect(indexTypingErrors(undefined)).toEqual([]);
  });
});
