import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBuild } from '../../../build/content/build-content';
import { checkOwnPhrasings } from '../../../build/content/phrasing-check';
import { loadPackFromDir } from '../../../build/cli/load-pack';
import { useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe("the build's check of each article's own phrasings", () => {
  it('warns, without stopping the build, when a question finds another article first, naming both files', async () => {
    // A question that belongs to the registration-hours article, written into which-email's.
    const file = join(content().en, 'which-email.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('questions:\n', 'questions:\n  - Can I register at night or on weekends?\n'));
    const result = await content().build();
    expect(result.errors).toEqual([]);
    expect(await content().written()).toEqual(['en.json', 'ja.json']);
    // Among others it may tip (a question of registration-hours' own, in words close to the planted one's).
    const planted = result.warnings.find((warning) => warning.message.includes('"Can I register at night or on weekends?"'));
    const line = source.split('\n').findIndex((text) => text === 'questions:') + 2;
    expect(planted).toMatchObject({
      file: expect.stringMatching(/content\/en\/which-email\.md$/),
      // On the question's own line (a stranger's try as an editor).
      line,
      message: expect.stringMatching(/^the question "Can I register at night or on weekends\?" finds "Can I register my email address at any time during the pre-registration period\?" \(.*registration-hours\.md\) before this one$/),
    });
    const report = reportBuild(result);
    expect(report).toMatch(new RegExp(`^Content packs and FAQ pages written: .*\\n\\d+ warnings? \\(the build went on\\):\\n[\\s\\S]*which-email\\.md:${line}: the question "Can I register at night`));
  });

  it('finds nothing to say about our own content, and leaves a locale of too many phrasings unchecked', async () => {
    const pack = await loadPackFromDir('content/en');
    expect(checkOwnPhrasings(pack, (i) => `${pack.articles[i]?.id}.md`)).toEqual({ warnings: [], skipped: false });
    const phrasings = pack.articles.reduce((sum, a) => sum + 1 + a.questions.length, 0);
    expect(checkOwnPhrasings(pack, String, { limit: phrasings })).toEqual({ warnings: [], skipped: false });
    expect(checkOwnPhrasings(pack, String, { limit: phrasings - 1 })).toEqual({ warnings: [], skipped: true });
  });

  it("warns about a title that finds another article, with the title's own hint", async () => {
    const pack = await loadPackFromDir('content/en');
    const retitled = { ...pack, articles: pack.articles.map((a) => (a.id === 'registration-hours' ? { ...a, title: 'Can several people share one log-in account?', questions: [] } : a)) };
    const { warnings } = checkOwnPhrasings(retitled, (i) => `${retitled.articles[i]?.id}.md`);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'registration-hours.md', message: expect.stringMatching(/^the title "Can several people share one log-in account\?" finds .*\(shared-email\.md\)/), hint: expect.stringMatching(/only this article is about/) }),
    ]);
  });

  it("warns once about an article copied to start another, on the copy, not about each question on the original (a stranger's try as an editor)", async () => {
    const pack = await loadPackFromDir('content/en');
    const original = pack.articles.find((a) => a.id === 'which-email')!;
    const copied = { ...pack, articles: [...pack.articles, { ...original, id: 'email-change', title: 'How do I change my registered email address?' }] };
    const { warnings } = checkOwnPhrasings(copied, (i) => `${copied.articles[i]?.id}.md`);
    expect(warnings[0]).toEqual({
      file: 'email-change.md',
      message: `${original.questions.length} of this article's title and questions are also in which-email.md word for word ("${original.questions[0]}"): visitors who ask them get one of the two`,
      hint: 'Keep each question in the article that answers it and delete it from the other (a copied article keeps only its own).',
    });
    // Nothing on the original; on the copy, only its new title, which finds another article as any title may.
    expect(warnings.filter((warning) => warning.file === 'which-email.md')).toEqual([]);
    expect(warnings.slice(1).map((warning) => warning.message)).toEqual([expect.stringMatching(/^the title "How do I change my registered email address\?" finds /)]);
  });
});
