import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../build/content/yaml-source';

/** Front matter starts on line 2 of an editor's file, after the opening "---". */
const parse = (text: string) => parseYaml('content/en/new.md', text, 2);

describe('invalid YAML in front matter', () => {
  it('says when a text value needs quotes, on its line, with the line rewritten', () => {
    expect(parse('title: [Draft] Can I register a shared address?\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 2,
      message: 'invalid YAML: the value of "title" needs quotes, as it starts with "["',
      hint: 'Put it in double quotes: title: "[Draft] Can I register a shared address?"',
    });
    expect(parse('cta: true\ntitle: Note: you can register at any time')).toMatchObject({
      line: 3,
      message: 'invalid YAML: the value of "title" needs quotes, as it holds ": "',
      hint: 'Put it in double quotes: title: "Note: you can register at any time"',
    });
    expect(parse('title: *Important* "new" rules')).toMatchObject({
      message: 'invalid YAML: the value of "title" needs quotes, as it starts with "*"',
      hint: 'Put it in double quotes: title: "*Important* \\"new\\" rules"',
    });
  });

  it('says so for a list item too', () => {
    expect(parse('title: New\nquestions:\n  - Can I register?\n  - [Draft] Is it open?\n')).toMatchObject({
      line: 5,
      message: 'invalid YAML: this list item needs quotes, as it starts with "["',
      hint: 'Put it in double quotes: - "[Draft] Is it open?"',
    });
  });

  it('keeps the general advice where quotes are not the fix: a list left open, indentation, a broken quote', () => {
    const general = /^Check indentation/;
    expect(parse('title: New\ntags: [a, b\ncta: true')).toMatchObject({ line: 3, hint: expect.stringMatching(general) });
    expect(parse('title: New\n  questions: bad\n')).toMatchObject({ line: 3, message: 'invalid YAML: bad indentation of a mapping entry' });
    expect(parse('title: "New\ncta: true')).toMatchObject({ hint: expect.stringMatching(general) });
  });

  it('reads valid front matter, quoted special values and blocks of text included', () => {
    const parsed = parse('title: "[Draft] Can I?"\ngreeting: >-\n  Hello: welcome\ntags: [a, b]');
    expect(parsed).toMatchObject({ data: { title: '[Draft] Can I?', greeting: 'Hello: welcome', tags: ['a', 'b'] } });
  });
});
