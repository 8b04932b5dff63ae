import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Markdown for comparing one marked with another (the build's tokenizer guards, the Markdown script's slimmed
 * grammar): blocks whose rules are easy to get wrong, emphasis and links, documents made of them at random, and
 * the project's own content.
 */
/** Blocks whose tokenizers the guards skip, and what their regular expressions trip over. */
export const SNIPPETS: readonly string[] = [
  'Title\n=====',
  'Title\n---',
  'Two line\nsetext title\n===',
  'Text\n   ---   ',
  'Text\n    ---',
  'Text\n\n---',
  'Text\n \n===',
  'Text\n\u3000\n===',
  'Text\n\u00a0\n---',
  'Text\r\n===\r\n',
  'Text\u2028more\n===',
  '- item\n---',
  '> quote\n===',
  '# heading\n===',
  '| a | b |\n|---|:-:|\n| 1 | 2 |',
  'a | b\n--|--\n1 | 2',
  '   | a |\n   | - |',
  'a\n:-',
  'a\n|:-|',
  ' x\n    | - |',
  '> quote',
  '   > indented quote\nlazy line',
  '    > code, not a quote',
  '>',
  '<div>\nblock html\n</div>',
  '   <!-- comment -->',
  '<?php x ?>',
  '<![CDATA[ x ]]>',
  '<custom-tag attr="1">\n',
  '</section>',
  '    <div>code</div>',
  'plain paragraph with <b>inline</b> html',
  '* list\n* items\n  > nested quote\n  | a |\n  |---|',
  '1. one\n2. two\n   three\n   ===',
  '```\nfenced\n===\n```',
  '',
  '\n\n',
  '===',
  '---',
  'Text with trailing spaces  \nnext line',
  '**bold**, *em*, ***both***, __under__, _it_, ~~struck~~ and ~one~',
  'a*b*c, snake_case_word, 2*3*4, **"quoted"**, *(paren)*, _\u300c\u65e5\u672c\u300d_, **\u65e5\u672c\u8a9e**\u3067\u3059',
  'Links: [text](https://example.com/ "t"), <https://example.com/>, www.example.com, help@example.com, [ref][r]\n\n[r]: /x',
  '`code` and ``co`de`` and \\*escaped\\* and &amp; &#42;',
  '![image](x.png) and <span>inline</span> and line  \nbreak',
  'A paragraph\n<div>block html</div>',
  'A paragraph\n   <!-- comment -->',
  'A paragraph\n<span>inline html</span> runs on',
  'A paragraph\n<span>\nruns on: a tag alone cannot start HTML here',
  'A paragraph\n    <div>indented four</div>',
  'A paragraph\n<3 is not a tag',
  'A paragraph\n| a | b |\n|---|---|',
  'A paragraph\nx\n-:',
  'A paragraph\n- an item',
  'A paragraph\n2. no list here\n1) a list',
  'A paragraph\n```\nfenced\n```',
  'A paragraph\n## heading',
  'A paragraph\n* * *',
  'A paragraph\n   > quote',
  'A paragraph\n \t\nnext',
  'Line one\nline two\n\tline three',
];

/** A document of `count` snippets, joined as an editor might (one or two newlines, or none). */
export function randomDocument(random: () => number, count: number): string {
  const joins = ['\n', '\n\n', '', '\n \n', '\r\n'];
  let doc = '';
  for (let i = 0; i < count; i++) doc += SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + joins[Math.floor(random() * joins.length)]!;
  return doc;
}

/** A seeded generator (mulberry32), so a failure names a document that can be made again. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every Markdown file under `dir`. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

