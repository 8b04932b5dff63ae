import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

/** The build's errors after adding `group` as the first synonym group of `locale`'s index.md, as [line, message, hint]. */
async function errorsWithGroup(group: string, locale = 'en'): Promise<[number | undefined, string, string | undefined][]> {
  const index = join(content().contentRoot, locale, 'index.md');
  const lines = (await readFile(index, 'utf8')).split('\n');
  const at = lines.findIndex((line) => line.startsWith('synonyms:')) + 1;
  lines.splice(at, 0, `  - ${group}`);
  await writeFile(index, lines.join('\n'));
  const result = await content().build();
  expect(result.written).toEqual([]);
  return result.errors.map((e) => [e.line === at + 1 ? e.line - at : e.line, e.message, e.hint]);
}

describe("a synonym group's slips named for what they are (a stranger's try as an editor)", () => {
  it('an empty entry, not quotes, with the group as it should be', async () => {
    expect(await errorsWithGroup('[colour, color,, ]')).toEqual([
      [1, 'invalid YAML: this list has an empty entry (two commas together, or a comma next to a bracket)', 'Remove the extra comma: - [colour, color]'],
    ]);
  });

  it('a comma before the bracket, which YAML reads (a review): the message about the group, not an empty entry', async () => {
    expect(await errorsWithGroup('[fax,]')).toEqual([[1, 'synonym group 1: a group needs at least two words', expect.any(String)]]);
    const [error] = await errorsWithGroup('[sign in, login, ]');
    expect(error?.[1]).toContain('"sign in"');
  });

  it('a group without its brackets', async () => {
    const [error] = await errorsWithGroup('fax, facsimile');
    expect(error?.[2]).toBe("Put the group's words in brackets: - [fax, facsimile]");
  });

  it('a group in full-width brackets, with the group typed half-width', async () => {
    const [error] = await errorsWithGroup('［退職, 異動］', 'ja');
    expect(error?.[2]).toBe('The group was typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as - [退職, 異動]');
  });
});

describe("a list opened with [ above items on lines of their own (a stranger's try as an editor)", () => {
  it('asks for the bracket to go, not to be closed on its line, which would be one more YAML error', async () => {
    const file = join(content().en, 'shared-email.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace(/^questions:\n/m, 'questions: [\n'));
    const [error] = (await content().build()).errors;
    expect(error).toMatchObject({ line: 3, message: 'invalid YAML: the list that starts with "[" on this line is never closed' });
    expect(error?.hint).toBe('The items are on lines of their own, each after "- ", which needs no brackets: remove the "[", leaving questions:');

    // The bracket with the items after it on its line is still to be closed there.
    await writeFile(file, source.replace(/^tags: \[(.*)\]$/m, 'tags: [$1'));
    const [unclosed] = (await content().build()).errors;
    expect(unclosed?.hint).toMatch(/^End it with "\]" on the same line: tags: \[.*\]$/);
  });
});
