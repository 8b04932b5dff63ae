import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutEchoesOfMisspeltKeys } from '../../../build/content/misspelt-keys';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

async function problemsAfter(file: string, from: RegExp, to: string): Promise<string[]> {
  const path = join(content().en, file);
  await writeFile(path, (await readFile(path, 'utf8')).replace(from, to));
  return (await content().build()).errors.map((error) => `${error.line}: ${error.message}`);
}

describe('a misspelt required key (the build only)', () => {
  it("is one problem on its own line, not also \"missing\" on the front matter's first line (a stranger's try as an editor)", async () => {
    const index = (await readFile(join(content().en, 'index.md'), 'utf8')).split('\n');
    const line = index.findIndex((text) => text.startsWith('no_answer:')) + 1;
    expect(await problemsAfter('index.md', /^no_answer:/m, 'no_anwser:')).toEqual([`${line}: unknown key "no_anwser". Did you mean "no_answer"?`]);
  });

  it('in an article too', async () => {
    expect(await problemsAfter('shared-email.md', /^title:/m, 'titel:')).toEqual(['2: unknown key "titel". Did you mean "title"?']);
  });

  it('leaves "missing" where no unknown key of the same file was meant for it', () => {
    const problems = [
      { file: 'en/a.md', line: 2, message: 'unknown key "titel". Did you mean "title"?', hint: '' },
      { file: 'en/b.md', line: 2, message: 'missing "title"', hint: '' },
      { file: 'en/a.md', line: 3, message: 'unknown key "colour".', hint: '' },
      { file: 'en/a.md', line: 2, message: 'missing "no_answer"', hint: '' },
    ];
    expect(withoutEchoesOfMisspeltKeys(problems)).toEqual(problems);
  });
});
