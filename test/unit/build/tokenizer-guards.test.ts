import { readFileSync } from 'node:fs';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { lexMarkdown, markdown } from '../../../build/content/markdown';
import { withGuardedParagraph } from '../../../build/content/tokenizer-guards';
import { markdownFiles, randomDocument, seeded, SNIPPETS } from '../../helpers/markdown-corpus';

/** marked as published, with our dialect's options but none of our tokenizers. */
const plainMarked = new Marked({ gfm: true, async: false });

describe('the tokenizer guards', () => {
  it('leave every snippet lexed as marked lexes it', () => {
    for (const snippet of SNIPPETS) expect(lexMarkdown(snippet), JSON.stringify(snippet)).toEqual(plainMarked.lexer(snippet));
  });

  it('leave 2,000 documents made of those snippets lexed as marked lexes them', () => {
    const random = seeded(20261127);
    for (let i = 0; i < 2000; i++) {
      const doc = randomDocument(random, 1 + Math.floor(random() * 8));
      expect(lexMarkdown(doc), JSON.stringify(doc)).toEqual(plainMarked.lexer(doc));
    }
  });

  it("leave the project's own content lexed as marked lexes it", () => {
    const files = markdownFiles('content');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(lexMarkdown(source), file).toEqual(plainMarked.lexer(source));
    }
  });

  it('spare marked the expressions a document without those blocks never needs', () => {
    // What the guards are for: counted, not timed. `exec` of marked's own rule objects, through the one lexer.
    const rules = (new markdown.Lexer() as unknown as { tokenizer: { rules: { block: Record<string, RegExp> } } }).tokenizer.rules.block;
    const names = ['lheading', 'table', 'html', 'blockquote', 'paragraph'] as const;
    const calls = Object.fromEntries(names.map((name) => [name, 0]));
    const originals = names.map((name) => [name, rules[name]!.exec] as const);
    for (const [name, exec] of originals) rules[name]!.exec = function (this: RegExp, text: string) { calls[name]!++; return exec.call(this, text); };
    try {
      const plain = 'A paragraph\nof two lines.\n\n- a list\n- of items\n\nAnother **paragraph** with a [link](https://example.com/).';
      lexMarkdown(plain);
      markdown.parse(plain, { async: false });
      expect(calls).toEqual({ lheading: 0, table: 0, html: 0, blockquote: 0, paragraph: 0 });
      lexMarkdown('Title\n===\n\n> quote\n\n<div>x</div>\n\n| a |\n|---|\n\nText\n<p>block</p>');
      for (const name of names) expect(calls[name], name).toBeGreaterThan(0);
    } finally {
      for (const [name, exec] of originals) rules[name]!.exec = exec;
    }
  });

  it('leave the other dialects to marked, the guarded paragraph being GFM\'s (found by a review)', () => {
    // A table's delimiter row ends a GFM paragraph; in the normal and pedantic dialects it runs on.
    const doc = 'a\nb|c\n-|-';
    for (const options of [{ gfm: false }, { pedantic: true }]) {
      expect(markdown.parse(doc, { ...options, async: false }), JSON.stringify(options)).toBe(new Marked({ ...options, async: false }).parse(doc));
    }
  });

  it("try marked's own paragraph with only its block-HTML test made any tag", () => {
    // The guarded expression spelt out from marked's own: this fails, naming the difference, if marked changes it.
    const rules = new markdown.Lexer(markdown.defaults).options.tokenizer!.rules;
    const nonCapturing = (source: string) => source.replace(/\((?!\?)/g, '(?:');
    const own = rules.block.paragraph.source;
    const html = /\(\?:<\\\/\?\(\?:address\|[\s\S]*?<!\\\[CDATA\\\[\)/.exec(own);
    const tableRows = /(?<=\(\?:\\\| \*\)\?\))\(\?:\\n\(\(\?:\(\?! \*\\n[\s\S]*?\)\)\*\)\\n\*\|\$\)/.exec(own);
    expect(html, 'the block-HTML test in marked\'s paragraph').not.toBeNull();
    expect(tableRows, 'the table rows in marked\'s paragraph').not.toBeNull();
    const expected = own.replace(html![0], '<').replace(tableRows![0], '(?:\\n|$)');
    expect(nonCapturing(withGuardedParagraph(rules).block.paragraph.source)).toBe(nonCapturing(expected));
  });
});
