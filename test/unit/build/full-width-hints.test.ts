import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

async function relatedLine(line: string): Promise<string[]> {
  const file = join(content().en, 'shared-email.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^related: .*$/m, line));
  return (await content().build()).errors.map((error) => `${error.message} / ${error.hint ?? ''}`);
}

describe('a list typed with full-width marks (the build only)', () => {
  it('gets, beside the problem YAML made of it, the reason and the list retyped half-width', async () => {
    for (const line of ['related: ［which-email, personal-email-security］', 'related: [which-email、personal-email-security]']) {
      const [problem, ...rest] = await relatedLine(line);
      expect(rest).toEqual([]);
      expect(problem, line).toContain('names an unknown article');
      expect(problem, line).toContain('typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as [a, b]');
    }
  });

  it('leaves a problem without full-width marks as it was', async () => {
    const [problem] = await relatedLine('related: [which-mail]');
    expect(problem).toContain('names an unknown article "which-mail"');
    expect(problem).not.toContain('full-width');
  });
});
