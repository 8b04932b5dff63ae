import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFullWidthHints } from '../../../build/content/full-width-hints';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

async function relatedLine(line: string): Promise<string[]> {
  const file = join(content().en, 'shared-email.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^related: .*$/m, line));
  return (await content().build()).errors.map((error) => `${error.message} / ${error.hint ?? ''}`);
}

describe('a list typed with full-width marks (the build only)', () => {
  it('gets, beside the problem YAML made of it, the reason and the list retyped half-width', async () => {
    for (const line of ['related: ［which-email, personal-email-security］', 'related: [which-email、personal-email-security]', 'related: 【which-email，personal-email-security】']) {
      const [problem, ...rest] = await relatedLine(line);
      expect(rest).toEqual([]);
      expect(problem, line).toContain('names an unknown article');
      expect(problem, line).toContain('typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as [which-email, personal-email-security].');
      expect(problem, line).not.toContain('deleted on purpose');
    }
  });

  it('leaves a problem without full-width marks as it was', async () => {
    const [problem] = await relatedLine('related: [which-mail]');
    expect(problem).toContain('names an unknown article "which-mail"');
    expect(problem).not.toContain('full-width');
  });

  it('leaves a problem quoting a Japanese sentence as it was, though the sentence has its 、 (a stranger\'s try)', () => {
    const problems = [
      { file: 'ja/registration-hours.md', line: 2, message: 'the file is saved as Shift_JIS, not UTF-8: "title: 事前登録期間中であれば、いつでもメールアドレスを登録できますか？"', hint: 'Save the file as UTF-8.' },
      { file: 'ja/index.md', line: 9, message: 'suggested question "駐車場は、何台分ありますか。" finds no article', hint: '' },
      { file: 'ja/shared-email.md', line: 5, message: 'names an unknown article "which-email、personal-email-security"', hint: '' },
    ];
    const hinted = withFullWidthHints(problems).map((problem) => problem.hint.includes('full-width marks'));
    expect(hinted).toEqual([false, false, true]);
  });
});

