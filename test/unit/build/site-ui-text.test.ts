import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../build/content/index-file';
import { ENGLISH_UI_TEXT } from '../../../widget/ui-text';
import { indexSource, SITE_SETTINGS as SITE } from '../../helpers/index-source';
import { NODE_ANSWER_HTML } from '../../../build/content/sanitize';

/** The index's settings, or its problems, as the build reads them from its front matter. */
function compileSiteSettings(file: string, frontMatter: string) {
  const index = compileIndex(file, indexSource(frontMatter, '- [An article](an-article.md)\n'), file.split('/').slice(-2, -1)[0] ?? '', NODE_ANSWER_HTML);
  return index.errors.length > 0 ? index.errors : index.settings;
}

describe("index.md's ui: the panel's own strings", () => {
  it('defaults to English in an English locale', () => {
    const settings = compileSiteSettings('content/en/index.md', SITE);
    expect(settings).toMatchObject({ ui: ENGLISH_UI_TEXT });
  });

  it('takes the strings written, by their snake_case names', () => {
    const settings = compileSiteSettings('content/en-gb/index.md', `${SITE}ui:\n  question_label: Your query\n  "no": Nope\n`);
    expect(settings).toMatchObject({ ui: { ...ENGLISH_UI_TEXT, questionLabel: 'Your query', no: 'Nope' } });
  });

  it('in another language, lists every missing string with the English to translate, on the ui line', () => {
    const errors = compileSiteSettings('content/ja/index.md', `${SITE}ui:\n  close: 閉じる\n`);
    expect(Array.isArray(errors)).toBe(true);
    const [error] = errors as { line: number; message: string; hint: string }[];
    expect(error?.line).toBe(11);
    expect(error?.message).toMatch(/lacks 19 of the panel's strings/);
    expect(error?.hint).toContain('  placeholder: Type your question');
    expect(error?.hint).not.toContain('  close:');
  });

  it('refuses an unknown string name with the one meant, and a question_cut without {max}', () => {
    const errors = compileSiteSettings('content/en/index.md', `${SITE}ui:\n  plaecholder: Ask\n  question_cut: Too long.\n`) as { message: string }[];
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/unknown key "plaecholder"\. Did you mean "placeholder"\?/),
      expect.stringMatching(/must say \{max\}/),
    ]);
  });
});
