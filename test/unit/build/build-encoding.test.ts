import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBuild } from '../../../build/content/build-content';
import { decodeEditorFile } from '../../../build/content/text-encoding';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

const ARTICLE = article('Can I pay by card?', 'Yes, every major card.');

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('a file not saved as UTF-8 fails the build, saying to save it as UTF-8', () => {
  it('refuses a Latin-1 file instead of publishing "�", naming the first bad line', async () => {
    await content().addArticle('cafe.md', Buffer.from('---\ntitle: Café opening hours\n---\nOpen daily.\n', 'latin1'));
    const result = await content().build();
    expect(result.errors).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/content\/en\/cafe\.md$/), line: 2, message: expect.stringContaining('not valid UTF-8') }),
    ]);
    expect(result.errors[0]?.message).toContain('Caf\uFFFD opening');
    expect(result.errors[0]?.hint).toMatch(/UTF-8/);
    expect(await content().written()).toEqual([]);
  });

  it('calls a Latin-1 file Latin-1 even where its bytes happen to read as Shift_JIS, without kana', async () => {
    // "Ã" (0xC3) is a half-width katakana to Shift_JIS: the file reads as Shift_JIS, but as no Japanese text.
    await content().addArticle('sao.md', Buffer.from('---\ntitle: S\u00C3O PAULO office\n---\nOpen daily.\n', 'latin1'));
    const result = await content().build();
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('(it was probably saved as Latin-1 or Windows-1252)') })]);
  });

  it("names a file saved as Shift_JIS (some Japanese editors' default), quoting its line as the editor wrote it", async () => {
    // "---\ntitle: メールの登録\n---\n本文です。\n" as `iconv -t SHIFT_JIS` writes it.
    await content().addArticle('mail.md', Buffer.from('2d2d2d0a7469746c653a208381815b838b82cc936f985e0a2d2d2d0a967b95b682c582b781420a', 'hex'));
    const result = await content().build();
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/content\/en\/mail\.md$/),
        line: 2,
        message: 'the file is saved as Shift_JIS, not UTF-8: "title: メールの登録"',
        hint: expect.stringMatching(/^Save the file as UTF-8/),
      }),
    ]);
  });

  it("names a file saved as EUC-JP (older Unix tools), not Latin-1 (a stranger's try as an editor)", async () => {
    // The same text as \`iconv -t EUC-JP\` writes it.
    await content().addArticle('mail.md', Buffer.from('2d2d2d0a7469746c653a20a5e1a1bca5eba4cec5d0cfbf0a2d2d2d0acbdccab8a4c7a4b9a1a30a', 'hex'));
    const result = await content().build();
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 2, message: 'the file is saved as EUC-JP, not UTF-8: "title: メールの登録"', hint: expect.stringMatching(/^Save the file as UTF-8/) }),
    ]);
  });

  for (const [label, bytes] of [
    ['UTF-16 little-endian with a byte-order mark', Buffer.from(`\uFEFF${ARTICLE}`, 'utf16le')],
    ['UTF-16 big-endian with a byte-order mark', utf16be(`\uFEFF${ARTICLE}`)],
    ['UTF-16 without a byte-order mark', Buffer.from(ARTICLE, 'utf16le')],
  ] as const) {
    it(`refuses ${label} as UTF-16, not as "no front matter"`, async () => {
      await content().addArticle('card.md', bytes);
      const result = await content().build();
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/UTF-16/), hint: expect.stringMatching(/Save the file as UTF-8/) });
      expect(reportBuild(result)).toMatch(/card\.md:1: .*UTF-16[^\n]*\n  How to fix: Save the file as UTF-8/);
    });
  }

  it('refuses a UTF-16 index.md too', async () => {
    const site = await readFile(join(content().en, 'index.md'), 'utf8');
    await writeFile(join(content().en, 'index.md'), Buffer.from(`\uFEFF${site}`, 'utf16le'));
    const result = await content().build();
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.message])).toEqual([['index.md', 'the file is saved as UTF-16, not UTF-8']]);
  });

  it('accepts UTF-8 with a byte-order mark silently, in articles and in index.md', async () => {
    await content().addArticle('card.md', `\uFEFF${ARTICLE}`);
    const site = await readFile(join(content().en, 'index.md'), 'utf8');
    await writeFile(join(content().en, 'index.md'), `\uFEFF${site}`);
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const pack = JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8'));
    expect(pack.site.title).toBe('Questions?');
    expect(pack.articles.find((a: { id: string }) => a.id === 'card').title).toBe('Can I pay by card?');
  });
});

describe('decodeEditorFile', () => {
  it('names the line of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('one\ntwo\nthr'), Buffer.from([0xe9]), Buffer.from('e\n')]);
    expect(decodeEditorFile('a.md', bytes)).toMatchObject({ file: 'a.md', line: 3 });
  });

  it('reads valid UTF-8, accents and Japanese included, with Windows line endings made "\\n"', () => {
    expect(decodeEditorFile('a.md', Buffer.from('Crème\r\n登録\r\n'))).toBe('Crème\n登録\n');
  });
});
