import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withUnsafeHtmlHints } from '../../../build/content/unsafe-html-hints';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

async function hintFor(html: string): Promise<string | undefined> {
  await appendFile(join(content().en, 'shared-email.md'), `\n${html}\n`);
  const { errors } = await content().build();
  expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^unsafe HTML "/)]);
  return errors[0]?.hint;
}

describe('unsafe HTML that Markdown cannot write either (the build only)', () => {
  it("tells an editor who wrote a form to link to the form's page, not to write it in Markdown (a stranger's try)", async () => {
    const hint = await hintFor('<form action="https://example.com/x"><input name="a"></form>');
    expect(hint).toMatch(/^Answers cannot hold forms: link to the page that has the form instead/);
    expect(hint).not.toContain('Markdown');
  });

  it('tells an editor who wrote a javascript: link in a tag which links are allowed', async () => {
    const hint = await hintFor('See <a href="javascript:alert(1)">this</a>.');
    expect(hint).toContain('Links may only use https:, http:, mailto: or tel:');
    expect(hint).not.toContain('write it in Markdown');
    // Not "it is removed": the build refuses it, and writes nothing (a stranger's check).
    expect(hint).toContain('answers may not have it');
  });

  it('leaves the hint for a script, a style, a frame or an event attribute, which Markdown can replace', () => {
    const errors = ['<script>x()</script>', '<img src="a.png" onerror="x()">', '<form onsubmit="x()">'].map((html) => ({
      file: 'en/a.md',
      line: 3,
      message: `unsafe HTML "${html}"`,
      hint: 'Scripts, styles, frames, forms and on...= event attributes are not allowed; write it in Markdown.',
    }));
    expect(withUnsafeHtmlHints(errors)).toEqual(errors);
  });
});
