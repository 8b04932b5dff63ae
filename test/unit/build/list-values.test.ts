import { describe, expect, it } from 'vitest';
import { listValueWarnings } from '../../../build/content/list-values';

const article = (lines: string) => `---\ntitle: Can I pay by card?\n${lines}\n---\nYes.\n`;

describe("lists that build but not as written (a second stranger's try as an editor)", () => {
  it('names a tag holding 、 or ，, with the tags as they should be', () => {
    expect(listValueWarnings('content/ja/card.md', article('tags: [パスワード再設定、パスワード変更, カード]'))).toEqual([
      {
        file: 'content/ja/card.md',
        line: 3,
        message: 'a tag holds 、 or ，, which YAML does not read as a separator: the words around it are one tag',
        hint: 'Separate tags with a half-width comma: tags: [パスワード再設定, パスワード変更, カード]',
      },
    ]);
  });

  it('names a related article given twice, and more related articles than visitors are shown', () => {
    const [twice] = listValueWarnings('content/en/card.md', article('related: [fees, fees, refunds]'));
    expect(twice).toMatchObject({ line: 3, message: '"related" names "fees" twice', hint: 'Name each once: related: [fees, refunds]' });
    const [many] = listValueWarnings('content/en/card.md', article('tags: [card]\nrelated: [a, b, c, d, a]'));
    expect(many).toMatchObject({ line: 4, message: '"related" names "a" twice; it names 4 articles, and visitors are shown the first 3', hint: 'Keep the 3 that matter most: related: [a, b, c]' });
  });

  it('says nothing of lists written as meant, nor of a file YAML refuses (the compiler says that)', () => {
    expect(listValueWarnings('content/en/card.md', article('tags: [card, 決済]\nrelated: [fees, refunds, cards]'))).toEqual([]);
    expect(listValueWarnings('content/en/card.md', article('tags: [card'))).toEqual([]);
  });
});
