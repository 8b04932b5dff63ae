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

  it("names a key written twice and the line of its first (YAML names neither: a stranger's try as an editor)", () => {
    expect(parse('cta: true\ntitle: New\nquestions: [Can I?]\ncta: false')).toEqual({
      file: 'content/en/new.md',
      line: 5,
      message: '"cta" is written twice (first on line 2)',
      hint: 'Each key may appear once; delete or merge the repeated one.',
    });
    // A key of a nested section written twice still gets YAML's own message.
    expect(parse('ui:\n  send: Send\n  send: Go')).toMatchObject({ message: 'invalid YAML: duplicated mapping key', hint: 'Each key may appear once; delete or merge the repeated one.' });
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

  it('keeps the general advice where no slip of ours explains it', () => {
    expect(parse('title: New\n  questions: bad\n')).toMatchObject({
      line: 3,
      message: 'invalid YAML: bad indentation of a mapping entry',
      hint: expect.stringMatching(/^Check the indentation/),
    });
  });

  it('names a quote left open on the line that opened it, not where YAML ran out of text', () => {
    expect(parse('title: "What kind of address?\nquestions:\n  - Which one?\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 2,
      message: 'invalid YAML: this value opens a double quote (") that is not closed on its line',
      hint: 'End the value with " on the same line: title: "What kind of address?"',
    });
    expect(parse("title: New\nquestions:\n  - 'Which one?\n  - Another?")).toMatchObject({
      line: 4,
      message: "invalid YAML: this value opens a single quote (') that is not closed on its line",
      hint: "End the value with ' on the same line:   - 'Which one?'",
    });
  });

  it('refuses a quote that YAML would read on into the lines after it, even where the result is valid YAML', () => {
    // YAML reads "New continued": valid, but in a file of ours it is a quote left open that swallowed a line.
    expect(parse('title: "New\n  continued"\ncta: true')).toMatchObject({ line: 2, message: expect.stringContaining('not closed on its line') });
    // As in index.md: the value runs on to the next quote, and YAML then fails far below in words about indentation.
    expect(parse('title: "Help\nui:\n  close: Close\n  you_asked: "You asked:"\n  send: Send')).toMatchObject({ line: 2 });
    // Closed, then a comment; and escaped quotes inside, which do not close it.
    expect(parse('you_asked: "You asked:"   # a comment\nsaid: "a \\"quoted\\" word"\nsingle: \'it\'\'s\'')).toMatchObject({
      data: { you_asked: 'You asked:', said: 'a "quoted" word', single: "it's" },
    });
    expect(parse("title: 'it''s\ncta: true")).toMatchObject({ line: 2, message: "invalid YAML: this value opens a single quote (') that is not closed on its line" });
    // An input method's closing quote (”) is not YAML's: the fix puts YAML's in its place, rather than after it.
    expect(parse('title: "グループアドレスは？\u201D\ncta: true')).toMatchObject({ line: 2, hint: 'End the value with " on the same line: title: "グループアドレスは？"' });
  });

  it('names a list left open on the line that opened it, with the bracket to add', () => {
    expect(parse('title: New\ntags: [a, b\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 3,
      message: 'invalid YAML: the list that starts with "[" on this line is never closed',
      hint: 'End it with "]" on the same line: tags: [a, b]',
    });
  });

  it('names a list item out of line with the items before it, rather than the line after it', () => {
    expect(parse('title: New\nquestions:\n  - Which one?\n - Another?\n  - A third?')).toEqual({
      file: 'content/en/new.md',
      line: 5,
      message: 'invalid YAML: this list item is indented by 1 space, the one before it by 2 spaces',
      hint: 'Line up the "-" of every item of the list: indent each by 2 spaces.',
    });
  });

  it('refuses list items YAML would join into one text though the file is valid YAML', () => {
    // Deeper than the item before it: YAML reads "Which one? - Another?" as one question.
    expect(parse('title: New\nquestions:\n  - Which one?\n    - Another?\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 5,
      message: 'invalid YAML: this list item is indented by 4 spaces, the one before it by 2 spaces',
      hint: 'Line up the "-" of every item of the list: indent each by 2 spaces.',
    });
    // Text after the key's colon and a list under it: one text again.
    expect(parse('title: New\nquestions: Which one?\n  - Another?\n  - A third?')).toEqual({
      file: 'content/en/new.md',
      line: 3,
      message: 'invalid YAML: "questions" has text on its own line and a list under it, which YAML reads as one text',
      hint: 'Move the text to a line of its own, the list\'s first item: - Which one?',
    });
    // A list of lists, whose items are rightly deeper, and lists of their own under other keys, are read as written.
    expect(parse('synonyms:\n  - - people\n    - users\ntags: [a]\npages:\n- /ships/*\nquestions:\n    - Deep but even?\n    - Yes.')).toMatchObject({
      data: { synonyms: [['people', 'users']], pages: ['/ships/*'], questions: ['Deep but even?', 'Yes.'] },
    });
  });

  it('names a colon without the space YAML needs after it, on its line, rather than the line after it', () => {
    expect(parse('title:Can I register?\nquestions:\n  - Which one?')).toEqual({
      file: 'content/en/new.md',
      line: 2,
      message: 'invalid YAML: "title" needs a space after its colon',
      hint: 'Write it with one: title: Can I register?',
    });
    expect(parse('title: New\nregistration:\n  label: Go\n  url:https://example.com/pre\ncta: [a')).toMatchObject({ line: 5, hint: 'Write it with one:   url: https://example.com/pre' });
  });

  it('names what a Japanese input method typed: a full-width colon, a full-width space, on their own line', () => {
    expect(parse('title：よくあるご質問\ncta: true')).toEqual({
      file: 'content/en/new.md',
      line: 2,
      message: 'invalid YAML: a full-width colon (\uFF1A) follows "title"',
      hint: 'Type it with the input method off: title: よくあるご質問',
    });
    expect(parse('title: New\nregistration:\n  label:\u3000登録へ\n  url: https://example.com/')).toMatchObject({
      line: 4,
      message: 'invalid YAML: a full-width space after the colon follows "label"',
      hint: 'Type it with the input method off:   label: 登録へ',
    });
    expect(parse('title: New\nquestions:\n  - Which one?\n\u3000- Another?\ncta: true')).toMatchObject({
      line: 5,
      message: 'invalid YAML: this line is indented with a full-width space (U+3000)',
      hint: 'Indent with normal spaces (the input method off), two for each level.',
    });
    // Where YAML fails for another reason; alone, "-　item" is valid YAML, one text (the field check names it).
    expect(parse('title: New\nquestions:\n  -\u3000Which one?\ntags: [a, b')).toMatchObject({
      line: 4,
      message: 'invalid YAML: a full-width space follows this item\'s "-"',
      hint: 'Type it with the input method off:   - Which one?',
    });
  });

  it('leaves full-width forms alone in text: a colon inside a value, a space opening a line of a block of text', () => {
    const parsed = parse('title: New\nyou_asked: "ご質問："\ngreeting: >-\n  \u3000ようこそ：こちらへ\ntags: [a, b');
    expect(parsed).toMatchObject({ line: 6, message: 'invalid YAML: the list that starts with "[" on this line is never closed' });
    expect(parse('title: 注意：新しいログイン\ngreeting: >-\n  \u3000ようこそ')).toMatchObject({
      data: { title: '注意：新しいログイン', greeting: '\u3000ようこそ' },
    });
  });

  it('reads valid front matter, quoted special values and blocks of text included', () => {
    const parsed = parse('title: "[Draft] Can I?"\ngreeting: >-\n  Hello: welcome\ntags: [a, b]');
    expect(parsed).toMatchObject({ data: { title: '[Draft] Can I?', greeting: 'Hello: welcome', tags: ['a', 'b'] } });
  });
});
