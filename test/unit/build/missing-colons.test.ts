import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

/** The build's errors for an article written as `source`, as [line, message, hint]. */
async function errorsFor(source: string): Promise<[number | undefined, string, string | undefined][]> {
  await content().addArticle('reset-password.md', source);
  const result = await content().build();
  expect(result.written).toEqual([]);
  return result.errors.filter((e) => e.file.endsWith('reset-password.md')).map((e) => [e.line, e.message, e.hint]);
}

describe("a front matter line YAML reports lines later, in its own words (a stranger's try as an editor)", () => {
  it('a key without its colon is named on its own line, with the line as it should be', async () => {
    expect(await errorsFor('---\ntitle How do I reset my password?\nquestions:\n  - I forgot my password\ncta: true\n---\nUse the reset link.\n')).toEqual([
      [2, 'invalid YAML: "title" has no colon after it', 'Write it with one: title: How do I reset my password?'],
    ]);
    expect(await errorsFor('---\ntitle: How do I reset my password?\nquestions\n  - I forgot my password\ncta: true\n---\nUse the reset link.\n')).toEqual([
      [3, 'invalid YAML: "questions" has no colon after it', 'Write it with one: questions:'],
    ]);
    expect(await errorsFor('---\ntitle: How do I reset my password?\nrelated [which-email]\ncta true\n---\nUse the reset link.\n')).toEqual([
      [3, 'invalid YAML: "related" has no colon after it', 'Write it with one: related: [which-email]'],
    ]);
  });

  it('a value wrapped onto a second line is named there, with where the text goes', async () => {
    expect(await errorsFor('---\ntitle: How do I reset\nmy password?\ncta: true\n---\nUse the reset link.\n')).toEqual([
      [3, 'invalid YAML: this line goes on with the text of "title" above, which YAML reads on one line only', 'Put it on the line above, after "title: …", or indent it with two spaces.'],
    ]);
  });

  it('a key typed in full-width letters is named, with the line typed again', async () => {
    expect(await errorsFor('---\nｔｉｔｌｅ： パスワードを忘れました\ncta: true\n---\nリセットしてください。\n')).toEqual([
      [2, 'invalid YAML: "ｔｉｔｌｅ" is typed in full-width letters', 'Type it with the input method off: title: パスワードを忘れました'],
    ]);
  });

  it('a key without its colon after a block of text is named as a key, and valid lines before a slip are not blamed (a review)', async () => {
    const index = join(content().en, 'index.md');
    const lines = (await readFile(index, 'utf8')).split('\n');
    const suggested = lines.findIndex((line) => line.startsWith('suggested_questions:'));
    lines[suggested] = 'suggested_questions';
    await writeFile(index, lines.join('\n'));
    expect((await content().build()).errors.map((e) => [e.line, e.message])).toEqual([[suggested + 1, 'invalid YAML: "suggested_questions" has no colon after it']]);
    expect(await errorsFor('---\n"title": How do I reset my password?\ntags: [time,\nhours]\ncta true\n---\nUse the reset link.\n')).toEqual([
      [5, 'invalid YAML: "cta" has no colon after it', 'Write it with one: cta: true'],
    ]);
  });

  it("a line of the index's block of text that lost its indentation is named on its line", async () => {
    const index = join(content().en, 'index.md');
    const lines = (await readFile(index, 'utf8')).split('\n');
    const greeting = lines.findIndex((line) => line.startsWith('greeting: >-'));
    lines[greeting + 2] = lines[greeting + 2]!.trimStart();
    await writeFile(index, lines.join('\n'));
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.line, e.message])).toEqual([
      ['index.md', greeting + 3, 'invalid YAML: this line of "greeting"\'s text is not indented, so YAML does not read it as part of the text'],
    ]);
  });
});
