import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../build/content/index-file';
import { indexSource as index, SITE_SETTINGS as SETTINGS } from '../../helpers/index-source';
import { NODE_ANSWER_HTML } from '../../../build/content/sanitize';

describe("index.md: the site settings, the synonyms and the articles' order", () => {
  it('reads the settings from the front matter and the articles from the relative .md links of the body, in order', () => {
    const body = 'Intro with a [web link](https://example.com/x.md) and [the top](#top).\n\n- [B](b.md)\n- [A](./a.md#part)\n- [B again](b.md)\n- [Home](index.md)\n- [C](c.md?v=2)\n';
    const compiled = compileIndex('content/en/index.md', index(SETTINGS, body), 'en', NODE_ANSWER_HTML);
    expect(compiled.errors).toEqual([]);
    expect(compiled.settings).toMatchObject({ title: 'Questions?', greeting: 'Hello', contact: { url: 'https://example.com/contact' } });
    expect(compiled.articles).toEqual([
      { file: 'b.md', line: 14 },
      { file: 'a.md', line: 15 },
      { file: 'c.md', line: 18 },
    ]);
    expect(compiled.body).toBe(body);
    expect(compiled.bodyLine).toBe(12);
  });

  it('reads synonyms: as groups, and reports a bad group on its own line while keeping the others', () => {
    const frontMatter = `${SETTINGS}synonyms:\n  # comment\n  - [people, users]\n  - [sign up, register]\n  - [mail, email]\n`;
    const compiled = compileIndex('content/en/index.md', index(frontMatter, '- [A](a.md)\n'), 'en', NODE_ANSWER_HTML);
    expect(compiled.synonyms).toEqual([
      ['people', 'users'],
      ['mail', 'email'],
    ]);
    expect(compiled.errors).toEqual([expect.objectContaining({ line: 14, message: 'synonym group 2: "sign up" is not a single word' })]);
    expect(compiled.settings).not.toBeNull();
  });

  it('refuses a link into another folder, and an index that links to no article, saying how to write one', () => {
    const nested = compileIndex('content/en/index.md', index(SETTINGS, '- [A](drafts/a.md)\n'), 'en', NODE_ANSWER_HTML);
    expect(nested.errors[0]).toMatchObject({ line: 12, message: 'the link to "drafts/a.md" leads into another folder' });
    const empty = compileIndex('content/en/index.md', index(SETTINGS, 'No links here.\n'), 'en', NODE_ANSWER_HTML);
    expect(empty.errors).toEqual([expect.objectContaining({ message: 'index.md links to no article' })]);
    expect(empty.errors[0]?.hint).toContain('- [Can I register a group or shared email address?](shared-email.md)');
  });

  it('names a wrong setting on its line with the key meant, and keeps settings the run-time mode can go on with', () => {
    const compiled = compileIndex('content/en/index.md', index(`${SETTINGS.replace('title: Questions?\n', '')}greting: Hi\n`, '- [A](a.md)\n'), 'en', NODE_ANSWER_HTML);
    expect(compiled.settings).toMatchObject({ title: 'Questions?', greeting: 'Hello' });
    expect(compiled.errors).toEqual([
      expect.objectContaining({ line: 10, message: 'unknown key "greting". Did you mean "greeting"?' }),
      expect.objectContaining({ message: 'missing "title"' }),
    ]);
  });

  it('reports YAML that does not parse, and a file without front matter, with the line', () => {
    const broken = compileIndex('content/en/index.md', index(`${SETTINGS}synonyms: [a, b\n`, '- [A](a.md)\n'), 'en', NODE_ANSWER_HTML);
    expect(broken.errors).toEqual([expect.objectContaining({ line: 11, message: expect.stringMatching(/^invalid YAML/) })]);
    // The links below are still read: the slip above must not also make every article "not linked".
    expect(broken.articles).toEqual([{ file: 'a.md', line: expect.any(Number) }]);
    const bare = compileIndex('content/en/index.md', '- [A](a.md)\n', 'en', NODE_ANSWER_HTML);
    expect(bare.errors).toEqual([expect.objectContaining({ line: 1, message: 'the file does not start with front matter' })]);
  });
});
