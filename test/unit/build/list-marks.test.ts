import { describe, expect, it } from 'vitest';
import { listMarkErrors } from '../../../build/content/list-marks';

const article = (questions: string) => `---\ntitle: Can I pay by card?\nquestions:\n${questions}\ntags: [card]\n---\nYes.\n`;

describe("list items marked otherwise than with \"- \" (a second stranger's try as an editor)", () => {
  it('names each on its line, with the item as YAML reads it', () => {
    const errors = listMarkErrors('content/en/card.md', article('  -Can I pay by card?\n  1. Do you take Visa?\n  2) Is Amex OK?\n  * Debit cards?\n  ・デビットカードは？'));
    expect(errors.map((e) => [e.line, e.message.split(',')[0], e.hint])).toEqual([
      [4, 'this list item has no space after its "-"', 'Mark each item with "-" and a space:   - Can I pay by card?'],
      [5, 'this list item is marked with "1."', 'Mark each item with "-" and a space:   - Do you take Visa?'],
      [6, 'this list item is marked with "2)"', 'Mark each item with "-" and a space:   - Is Amex OK?'],
      [7, 'this list item is marked with "*"', 'Mark each item with "-" and a space:   - Debit cards?'],
      [8, 'this list item is marked with "・"', 'Mark each item with "-" and a space:   - デビットカードは？'],
    ]);
  });

  it('leaves alone items marked "- ", comments among them, a block of text and the answer below the front matter', () => {
    const index = `---\ngreeting: >-\n  Hello!\n  1. Ask a question.\nsynonyms:\n  # words\n  - [card, debit card]\n  - [-1, minus one]\n---\n1. Read the FAQ.\n-Not front matter\n`;
    expect(listMarkErrors('content/en/index.md', index)).toEqual([]);
    expect(listMarkErrors('content/en/card.md', article('  - Can I pay by card?\n  # a comment\n  - Do you take Visa?'))).toEqual([]);
  });
});
