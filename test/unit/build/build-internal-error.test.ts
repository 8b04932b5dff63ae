import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reportBuild } from '../../../build/content/build-content';
import { article, useRealContentCopy } from './temp-content';

/** The renderer fails on one marked answer, standing in for any bug or library failure the build did not expect. */
vi.mock('../../../build/content/render-markdown', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../build/content/render-markdown')>();
  return {
    renderAnswerHtml: (body: string, html: Parameters<typeof original.renderAnswerHtml>[1]) => {
      if (body.includes('BREAK THE RENDERER')) throw new TypeError("Cannot read properties of undefined (reading 'raw')");
      return original.renderAnswerHtml(body, html);
    },
  };
});

const content = useRealContentCopy();

describe('an unexpected failure while building a file', () => {
  it('is reported as an internal error naming the file, with how to report it, and nothing is written', async () => {
    await content().addArticle('card.md', article('Can I pay by card?', 'BREAK THE RENDERER'));
    const result = await content().build();

    expect(await content().written()).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/content\/en\/card\.md$/), internal: true })]);
    const report = reportBuild(result);
    expect(report).toMatch(
      /^Content build failed: 1 problem\. Nothing was written\.\ninternal error while building \S*content\/en\/card\.md: TypeError: Cannot read properties of undefined \(reading 'raw'\)\n  How to report it: .*Open an issue .* with this message and the file attached/,
    );
    expect(report).not.toMatch(/\n\s+at /);
  });

  it('still reports the problems of the other files', async () => {
    await content().addArticle('card.md', article('Can I pay by card?', 'BREAK THE RENDERER'));
    await content().addArticle('cash.md', '---\ntitel: Can I pay cash?\n---\nNo.\n');
    const result = await content().build();
    // A misspelt title is one problem, the unknown key naming the one meant (not also "missing").
    expect(result.errors.map((e) => [e.file.split('/').pop(), e.internal ?? false, e.message])).toEqual([
      ['card.md', true, expect.any(String)],
      ['cash.md', false, 'unknown key "titel". Did you mean "title"?'],
    ]);
  });
});
