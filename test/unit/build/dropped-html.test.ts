import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe("harmless HTML the sanitiser takes out is named, not dropped without a word (a stranger's try as an editor)", () => {
  it('a tag outside the allow-list and an attribute outside it are warnings on their lines; the packs are written', async () => {
    const body = [
      'Use the reset link. <span style="color:red">Important</span> and <b style="position:fixed">overlay</b>',
      '',
      '<details><summary>More</summary>Hidden text</details>',
      '',
      'Ten m<sup>3</sup>, <kbd>Ctrl</kbd> and <select><option>a</option></select>.',
      '',
      'Again <span>here</span>, and `<u>code</u>` in code.',
    ].join('\n');
    await content().addArticle('reset.md', article('How do I reset my password?', body));
    const result = await content().build();
    expect(result.errors).toEqual([]);
    expect(result.written.length).toBeGreaterThan(0);
    const warned = result.warnings.filter((w) => w.file.endsWith('reset.md') && /taken out/.test(w.message)).map((w) => [w.line, w.message]);
    expect(warned).toEqual([
      [4, '<span> is not shown to visitors: its tags are taken out, its text kept'],
      [4, 'the style attribute of <b> is taken out, so visitors do not see its effect'],
      [6, '<details> is not shown to visitors: its tags are taken out, its text kept'],
      [6, '<summary> is not shown to visitors: its tags are taken out, its text kept'],
      [8, '<sup> is not shown to visitors: its tags are taken out, its text kept'],
      [8, '<select> is not shown to visitors: its tags are taken out, its text kept'],
      [8, '<option> is not shown to visitors: its tags are taken out, with its text'],
    ]);
  });

  it('HTML in a comment or in code is no warning, and a tag is named on the line where it is HTML; the introduction is read too (a review)', async () => {
    const body = ['<!-- <p class="note">draft</p> <span style="x">y</span> -->', '', 'Write `<details>` for a fold.', '', '<details>Folded</details>'].join('\n');
    await content().addArticle('fold.md', article('How do I fold text?', body));
    const index = join(content().en, 'index.md');
    const source = await readFile(index, 'utf8');
    await writeFile(index, source.replace(/\n---\n/, '\n---\nRead <u>all</u> of it.\n\n'));
    const result = await content().build();
    const warned = result.warnings.filter((w) => /taken out/.test(w.message)).map((w) => [w.file.split('/').pop(), w.line, w.message.split(' ')[0]]);
    const introLine = source.replace(/\n---\n/, '\n---\nRead <u>all</u> of it.\n\n').split('\n').findIndex((line) => line.startsWith('Read <u>')) + 1;
    expect(warned).toEqual([
      ['index.md', introLine, '<u>'],
      ['fold.md', 8, '<details>'],
    ]);
  });

  it('HTML the answers allow, with the attributes they allow, is no warning', async () => {
    await content().addArticle('ok.md', article('Is this fine?', 'Yes: <strong>bold</strong>, <a href="https://example.com/" title="t">a link</a>, <kbd>Ctrl</kbd>.'));
    const result = await content().build();
    expect(result.warnings.filter((w) => w.file.endsWith('ok.md') && /taken out/.test(w.message))).toEqual([]);
  });
});
