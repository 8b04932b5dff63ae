import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe('a synonym entry the matcher passes over', () => {
  it('is a warning on its group\'s line, naming the word, and the build goes on', async () => {
    const index = join(content().en, 'index.md');
    const edited = (await readFile(index, 'utf8')).replace('synonyms:\n', 'synonyms:\n  - [personal, Own, private]\n  - [several, both, multiple]\n  - [two, both, pair]\n');
    await writeFile(index, edited);
    const lineOf = (text: string) => edited.split('\n').indexOf(text) + 1;
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const passedOver = result.warnings.filter((w) => w.message.includes('too common'));
    expect(passedOver.map((w) => [w.line, w.message])).toEqual([
      [lineOf('  - [personal, Own, private]'), '"Own" in this synonym group does nothing: the matcher passes over it as too common a word, in questions and answers alike'],
      [lineOf('  - [several, both, multiple]'), '"both" in this synonym group does nothing: the matcher passes over it as too common a word, in questions and answers alike'],
      // In a second group, on that group's line (found by a review).
      [lineOf('  - [two, both, pair]'), '"both" in this synonym group does nothing: the matcher passes over it as too common a word, in questions and answers alike'],
    ]);
    expect(passedOver[0]?.hint).toBe('Leave it out of the group; its other words still count.');
  });

  it('knows the Japanese words the matcher passes over too: hiragana of one or two letters, polite endings', async () => {
    const index = join(content().contentRoot, 'ja', 'index.md');
    const edited = (await readFile(index, 'utf8')).replace('synonyms:\n', 'synonyms:\n  - [時間, いつ, 何時]\n  - [できる, 可能]\n');
    await writeFile(index, edited);
    const passedOver = (await content().build()).warnings.filter((w) => w.message.includes('too common'));
    expect(passedOver.map((w) => [w.line, w.message.split(' in this')[0]])).toEqual([
      [edited.split('\n').indexOf('  - [時間, いつ, 何時]') + 1, '"いつ"'],
      [edited.split('\n').indexOf('  - [できる, 可能]') + 1, '"できる"'],
    ]);
  });

  it('says nothing of our own content, whose groups hold no such word', async () => {
    expect((await content().build()).warnings.filter((w) => w.message.includes('too common'))).toEqual([]);
  });
});
