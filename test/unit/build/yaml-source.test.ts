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

  it('refuses text that YAML would cut short at " #", reading the rest as a comment, and keeps real comments', () => {
    expect(parse('title: Can I use mailbox #2 for the team?\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 2,
      message: 'invalid YAML: the value of "title" loses its end: YAML reads "#2 for the team?" as a comment and keeps "Can I use mailbox"',
      hint: 'Put it in double quotes: title: "Can I use mailbox #2 for the team?"',
    });
    expect(parse('title: New\nquestions:\n  - Is room #3 open?')).toMatchObject({ line: 4, hint: 'Put it in double quotes: - "Is room #3 open?"' });
    const commented = parse('title: New   # the heading\nurl: https://example.com/#top # a placeholder\n# a line of its own');
    expect(commented).toMatchObject({ data: { title: 'New', url: 'https://example.com/#top' } });
  });

  it('says how to mend a tab and a value that starts with a quote but goes on after it', () => {
    expect(parse('title: New\nquestions:\n\t- Is it open?')).toMatchObject({
      line: 4,
      message: 'invalid YAML: this line is indented with a tab',
      hint: 'Replace each tab at the start of a line with spaces: two for each level of indentation.',
    });
    // Every tabbed line at once, and the tab named even where the line looks like text that needs quotes.
    expect(parse('title: New\nsynonyms:\n\t- [people, persons]\n\t- [group, team]\ncta: true')).toMatchObject({
      line: 4,
      message: 'invalid YAML: this line is indented with a tab (and line 5)',
    });
    expect(parse("title: New\nquestions:\n  - 'Shared' mailbox, can we use it?")).toMatchObject({
      line: 4,
      message: "invalid YAML: this list item needs quotes around all of it, as it starts with ' but does not end with it",
      hint: `Put it in double quotes: - "'Shared' mailbox, can we use it?"`,
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
