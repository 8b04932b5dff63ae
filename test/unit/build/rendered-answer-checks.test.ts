import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe('rendered answers that reach visitors other than as the editor meant (found by a review)', () => {
  it('an address with a space, which Markdown does not read as a link, is an error on its line', async () => {
    await content().addArticle('form.md', article('Where is the form?', 'Fill it in.\n\nUse [the form](https://example.com/a b) today.'));
    const result = await content().build();
    const problem = result.errors.find((e) => e.file.endsWith('form.md'));
    expect(problem?.line).toBe(6);
    expect(problem?.message).toContain('"[the form](https://example.com/a b)"');
    expect(problem?.hint).toContain('%20');
    expect(result.written).toEqual([]);
  });

  it('a link with no address is an error on its line', async () => {
    await content().addArticle('form.md', article('Where is the form?', 'Use [the form]() today.'));
    const result = await content().build();
    expect(result.errors.filter((e) => e.file.endsWith('form.md')).map((e) => [e.line, e.message])).toEqual([
      [4, 'a link has no address, so it leads back to the page it is on'],
    ]);
  });

  it('Markdown shown in code, and a space written as %20 or in angle brackets, are no error', async () => {
    const body = 'Write `[text](https://example.com)` for a link.\n\n```\n[a](b c)\n```\n\n[One](https://example.com/a%20b) and [two](<https://example.com/a b>).';
    await content().addArticle('form.md', article('How do I write a link?', body));
    const result = await content().build();
    expect(result.errors).toEqual([]);
  });

  it('an answer made only of headings is an error on its first heading; a heading with its answer is none', async () => {
    await content().addArticle('draft.md', article('Is the draft ready?', '# Answer\n\n## More'));
    await content().addArticle('done.md', article('Is it done?', '## Yes\n\nIt is done.'));
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.line, e.message])).toEqual([
      ['draft.md', 4, 'the answer is only headings, so visitors would get a title and no answer'],
    ]);
  });

  it('each reference link with no definition, which visitors see with its brackets, is an error on its own line', async () => {
    // Indexes straight after a name are code written as text (folders[i][0]), shown as written and meant so; a
    // link after bold text or another link is still a link, though its Markdown is gone from the text (a review).
    const body =
      'Fill it in.\n\nUse [the form][form] today, or [the list][].\n\nSee [the [new] form][new] too, and [the form][form] again.\n\n' +
      'The cell is folders[row][0] or grid[1][2][3].\n\n**Note**[the rules][rules], [Settings](https://example.com/s)[the steps][steps].';
    await content().addArticle('form.md', article('Where is the form?', body));
    const result = await content().build();
    expect(result.errors.filter((e) => e.file.endsWith('form.md')).map((e) => [e.line, e.message])).toEqual([
      [6, 'a reference link has no definition, so visitors see it as written: "[the form][form]"'],
      [6, 'a reference link has no definition, so visitors see it as written: "[the list][]"'],
      [8, 'a reference link has no definition, so visitors see it as written: "[the [new] form][new]"'],
      [12, 'a reference link has no definition, so visitors see it as written: "[the rules][rules]"'],
      [12, 'a reference link has no definition, so visitors see it as written: "[the steps][steps]"'],
    ]);
    expect(result.errors.map((e) => e.hint)).toEqual([
      expect.stringContaining('[form]: https://example.com/form'),
      expect.stringContaining('[the list]: https://example.com/form'),
      expect.stringContaining('[new]: https://example.com/form'),
      expect.stringContaining('[rules]: https://example.com/form'),
      expect.stringContaining('[steps]: https://example.com/form'),
    ]);
  });

  it("the index's introduction, the FAQ page's, is checked for the same links, on index.md's lines", async () => {
    const index = join(content().en, 'index.md');
    const source = await readFile(index, 'utf8');
    const written = source.replace(/\n---\n/, '\n---\nFill in [the form][form], or write to [us](mailto:help@example.com/a b).\n\n');
    await writeFile(index, written);
    const line = written.split('\n').findIndex((text) => text.startsWith('Fill in')) + 1;
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.line, e.message.split(':')[0]])).toEqual([
      ['index.md', line, 'a link that Markdown could not read is shown to visitors as written'],
      ['index.md', line, 'a reference link has no definition, so visitors see it as written'],
    ]);
    expect(result.written).toEqual([]);
  });

  it("a link to an answer (#askdown=<id>) with an id no article has is an error on its line, with the id meant (a stranger's try as an editor)", async () => {
    const body = 'See [which email](#askdown=which-emial).\n\nAnd [the group rules](#askdown=shared-email).';
    await content().addArticle('form.md', article('Where is the form?', body));
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.line, e.message])).toEqual([
      ['form.md', 4, 'a link to the answer "which-emial" leads to no article, so it opens nothing'],
    ]);
    expect(result.errors[0]?.hint).toContain('Did you mean "which-email"?');
  });

  it('a reference link with its definition is no error, nor one shown in code or escaped', async () => {
    const body = 'Use [the form][form] today.\n\nWrite `[text][name]` for a reference, or \\[text][name] in prose.\n\n[form]: https://example.com/form';
    await content().addArticle('form.md', article('Where is the form?', body));
    expect((await content().build()).errors).toEqual([]);
  });

  it('prose that shows brackets on purpose is no error (found by a review of the check)', async () => {
    const body = [
      'To add a link in your profile, write \\[link text](https://example.com/page) in the box.',
      'Press **[Save]**(bottom right) to keep it.',
      'Fields marked [optional](not required) can be left empty.',
    ].join('\n\n');
    await content().addArticle('prose.md', article('How do I add a link to my profile?', body));
    const result = await content().build();
    expect(result.errors).toEqual([]);
  });

  it('names the line of the heading in the body, not the same words in the title', async () => {
    await content().addArticle('draft.md', article('Answer', '# Answer'));
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.line])).toEqual([['draft.md', 4]]);
  });
});
