import { describe, expect, it } from 'vitest';
import { findSlip, listSlip, openQuote } from '../../../build/content/yaml-slips';

describe('findSlip, for text YAML refused', () => {
  it('names a bracket or brace left open on its line, indentation kept, brackets inside quotes ignored', () => {
    expect(findSlip('title: "[draft"\ntags: [a, b   \ncta: true', 'missed comma between flow collection entries', 2)).toEqual({
      line: 1,
      message: 'invalid YAML: the list that starts with "[" on this line is never closed',
      hint: 'End it with "]" on the same line: tags: [a, b]',
    });
    expect(findSlip("title: '{x'\nsynonyms:\n  - [a, [b, c]\n  - [d, e]", 'unexpected end of the stream within a flow collection', 4)).toMatchObject({
      line: 2,
      hint: 'End it with "]" on the same line:   - [a, [b, c]]',
    });
    expect(findSlip('registration: {label: Go\ncta: true', 'missed comma between flow collection entries', 1)).toMatchObject({
      line: 0,
      message: 'invalid YAML: the list that starts with "{" on this line is never closed',
      hint: 'End it with "}" on the same line: registration: {label: Go}',
    });
  });

  it('names nothing of brackets where every one is closed, whatever YAML said about a flow collection', () => {
    expect(findSlip('tags: [a "b"]\ncta: true', 'missed comma between flow collection entries', 0)).toBeUndefined();
    expect(findSlip('registration: {label: Go}\ntags: [a, {b: c}]', 'missed comma between flow collection entries', 1)).toBeUndefined();
  });

  it('blames no line after the one YAML stopped on, which cannot have made it stop', () => {
    expect(findSlip('cta: [a\ntitle：later', 'missed comma between flow collection entries', 0)).toMatchObject({ line: 0 });
    expect(findSlip('questions:\n  - a\n - b\nlater: "open', 'bad indentation of a mapping entry', 2)).toMatchObject({ line: 2, message: expect.stringContaining('indented by 1 space') });
    expect(findSlip('title: x\nbad\nlater: "open', 'end of the stream or a document separator is expected', 1)).toBeUndefined();
  });
});

describe('openQuote', () => {
  it('reads escapes as YAML does: \\" inside double quotes and \'\' inside single ones do not close them', () => {
    expect(openQuote('title: "a \\"b')).toMatchObject({ line: 0 });
    expect(openQuote('title: "a \\"b\\" c"')).toBeUndefined();
    expect(openQuote("title: 'it''s")).toMatchObject({ line: 0 });
    expect(openQuote("title: 'it''s'")).toBeUndefined();
  });

  it("replaces only an input method's closing quote at the end, and keeps the value's own spaces and marks", () => {
    expect(openQuote('  - "彼は\u201Dはい\u201Dと言った\u201D   ')).toMatchObject({ hint: 'End the value with " on the same line:   - "彼は\u201Dはい\u201Dと言った"' });
  });

  it('looks no further than the line it is given', () => {
    expect(openQuote('title: x\ncta: "open', 0)).toBeUndefined();
    expect(openQuote('title: x\ncta: "open', 1)).toMatchObject({ line: 1 });
  });
});

describe('listSlip', () => {
  it('reads lists as written across comments and blank lines, and lists of different keys apart', () => {
    expect(listSlip(['questions:', '  - a', '', '  # a note', '  - b', 'pages:', '- /x', '- /y'])).toBeUndefined();
    expect(listSlip(['questions:', '  - a', '', '   - b'])).toMatchObject({ line: 3 });
  });
});
