import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked as Published } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slimMarked } from '../../../vite.config';
import { markdownFiles, randomDocument, seeded, SNIPPETS } from '../../helpers/markdown-corpus';

const MARKED = 'node_modules/marked/lib/marked.esm.js';

/** marked as the Markdown script bundles it: through the build's transform, imported from a file of its own. */
async function transformedMarked(dir: string): Promise<{ code: string; Marked: typeof Published }> {
  const transform = slimMarked().transform as (code: string, id: string) => { code: string } | null;
  const result = transform.call({}, await readFile(MARKED, 'utf8'), `/project/${MARKED}`);
  if (!result) throw new Error('the transform left marked alone');
  const file = join(dir, 'marked.mjs');
  // Without its source map's comment: the map is of the published file, not of this one.
  await writeFile(file, result.code.replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  return { code: result.code, Marked: ((await import(pathToFileURL(file).href)) as { Marked: typeof Published }).Marked };
}

describe("marked as the Markdown script bundles it (vite.config.ts's slimMarked)", () => {
  let dir: string;
  let bundled: { code: string; Marked: typeof Published };
  beforeAll(async () => {
    dir = await mkdtemp(join(os.tmpdir(), 'askdown-marked-'));
    bundled = await transformedMarked(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lexes and renders GitHub-flavoured Markdown as published marked does', () => {
    const random = seeded(11);
    const documents = [...SNIPPETS, ...markdownFiles('content').map((file) => readFileSync(file, 'utf8'))];
    for (let i = 0; i < 1000; i++) documents.push(randomDocument(random, 1 + Math.floor(random() * 8)));
    const slim = new bundled.Marked({ gfm: true, async: false });
    const published = new Published({ gfm: true, async: false });
    for (const doc of documents) {
      expect(slim.lexer(doc), JSON.stringify(doc)).toEqual(published.lexer(doc));
      expect(slim.parse(doc), JSON.stringify(doc)).toBe(published.parse(doc));
    }
  });

  it('no longer builds the other dialects\' grammars, nor the normal rules GFM replaces', async () => {
    const published = await readFile(MARKED, 'utf8');
    expect(bundled.code.length).toBeLessThan(published.length - 2000);
    // Their regular expressions are gone, not only unreachable: pedantic's heading, and over a fifth of those marked
    // builds from its templates as its module runs.
    const pedanticHeading = '/^(#{1,6})(.*)(?:\\n+|$)/';
    expect(published).toContain(pedanticHeading);
    expect(bundled.code).not.toContain(pedanticHeading);
    const built = (code: string) => code.split('.getRegex()').length - 1;
    expect(built(bundled.code)).toBeLessThan(built(published) * 0.8);
  });

  it('builds the rules that close emphasis and strikethrough only once a document opens one', async () => {
    // A copy of its own, which nothing has lexed yet.
    const fresh = (await import(`${pathToFileURL(join(dir, 'marked.mjs')).href}?fresh`)) as typeof import('marked');
    const rules = fresh.Lexer.rules.inline.gfm;
    const closing = ['emStrongRDelimAst', 'emStrongRDelimUnd', 'delRDelim'] as const;
    const built = () => closing.filter((key) => 'value' in Object.getOwnPropertyDescriptor(rules, key)!);
    const marked = new fresh.Marked({ gfm: true, async: false });
    marked.parse('Plain text, a [link](https://example.com/), snake_case and a list:\n\n- one\n- two');
    expect(built()).toEqual([]);
    marked.parse('Now *emphasis*, __strong__ and ~~struck~~.');
    expect(built()).toEqual(closing);
    expect(rules.emStrongRDelimAst).toBeInstanceOf(RegExp);
    expect(rules.emStrongRDelimAst).toBe(rules.emStrongRDelimAst);
  });

  it('stops the build when marked no longer reads as expected', () => {
    const transform = slimMarked().transform as (code: string, id: string) => unknown;
    expect(() => transform.call({}, 'export const x = 1;', `/project/${MARKED}`)).toThrow(/slimMarked\(\)/);
    expect(transform.call({}, 'export const x = 1;', '/project/other.js')).toBeNull();
  });
});
