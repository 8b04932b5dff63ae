import { readFileSync } from 'node:fs';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdown } from '../../../build/content/markdown';
import { markdownFiles, randomDocument, seeded, SNIPPETS } from '../../helpers/markdown-corpus';

/** marked as published, with our dialect's options but none of our tokenizers. */
const plainMarked = new Marked({ gfm: true, async: false });

describe('the tokenizer guards', () => {
  it('leave every snippet lexed as marked lexes it', () => {
    for (const snippet of SNIPPETS) expect(markdown.lexer(snippet), JSON.stringify(snippet)).toEqual(plainMarked.lexer(snippet));
  });

  it('leave 2,000 documents made of those snippets lexed as marked lexes them', () => {
    const random = seeded(20261127);
    for (let i = 0; i < 2000; i++) {
      const doc = randomDocument(random, 1 + Math.floor(random() * 8));
      expect(markdown.lexer(doc), JSON.stringify(doc)).toEqual(plainMarked.lexer(doc));
    }
  });

  it("leave the project's own content lexed as marked lexes it", () => {
    const files = markdownFiles('content');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(markdown.lexer(source), file).toEqual(plainMarked.lexer(source));
    }
  });

  it('spare marked the expressions a document without those blocks never needs', () => {
    // What the guards are for: counted, not timed. `exec` of marked's own rule objects, through the one lexer.
    const rules = (new markdown.Lexer() as unknown as { tokenizer: { rules: { block: Record<string, RegExp> } } }).tokenizer.rules.block;
    const names = ['lheading', 'table', 'html', 'blockquote'] as const;
    const calls = Object.fromEntries(names.map((name) => [name, 0]));
    const originals = names.map((name) => [name, rules[name]!.exec] as const);
    for (const [name, exec] of originals) rules[name]!.exec = function (this: RegExp, text: string) { calls[name]!++; return exec.call(this, text); };
    try {
      markdown.lexer('A paragraph.\n\n- a list\n- of items\n\nAnother **paragraph** with a [link](https://example.com/).');
      expect(calls).toEqual({ lheading: 0, table: 0, html: 0, blockquote: 0 });
      markdown.lexer('Title\n===\n\n> quote\n\n<div>x</div>\n\n| a |\n|---|');
      for (const name of names) expect(calls[name], name).toBeGreaterThan(0);
    } finally {
      for (const [name, exec] of originals) rules[name]!.exec = exec;
    }
  });
});
