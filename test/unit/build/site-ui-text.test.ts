import { describe, expect, it } from 'vitest';
import { compileSiteSettings } from '../../../build/content/site-settings';
import { ENGLISH_UI_TEXT } from '../../../widget/ui-text';

const SITE = `title: Questions?
greeting: Hello
registration:
  label: Register
  url: https://example.com/pre
contact:
  label: Contact us
  url: https://example.com/contact
no_answer: Sorry.
`;

describe("site.yml's ui: the panel's own strings", () => {
  it('defaults to English in an English locale', () => {
    const settings = compileSiteSettings('content/en/site.yml', SITE);
    expect(settings).toMatchObject({ ui: ENGLISH_UI_TEXT });
  });

  it('takes the strings written, by their snake_case names', () => {
    const settings = compileSiteSettings('content/en-gb/site.yml', `${SITE}ui:\n  question_label: Your query\n  "no": Nope\n`);
    expect(settings).toMatchObject({ ui: { ...ENGLISH_UI_TEXT, questionLabel: 'Your query', no: 'Nope' } });
  });

  it('in another language, lists every missing string with the English to translate, on the ui line', () => {
    const errors = compileSiteSettings('content/ja/site.yml', `${SITE}ui:\n  close: 閉じる\n`);
    expect(Array.isArray(errors)).toBe(true);
    const [error] = errors as { line: number; message: string; hint: string }[];
    expect(error?.line).toBe(10);
    expect(error?.message).toMatch(/lacks 19 of the panel's strings/);
    expect(error?.hint).toContain('  placeholder: Type your question');
    expect(error?.hint).not.toContain('  close:');
  });

  it('refuses an unknown string name with the one meant, and a question_cut without {max}', () => {
    const errors = compileSiteSettings('content/en/site.yml', `${SITE}ui:\n  plaecholder: Ask\n  question_cut: Too long.\n`) as { message: string }[];
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/unknown key "plaecholder"\. Did you mean "placeholder"\?/),
      expect.stringMatching(/must say \{max\}/),
    ]);
  });
});
