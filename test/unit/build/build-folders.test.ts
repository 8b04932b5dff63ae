import { appendFile, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBuild } from '../../../build/content/build-content';
import { shownPath } from '../../../build/shown-path';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

/**
 * The build's problems as "file: message | hint", with the temporary folder's path shown as "content", after
 * checking that the build wrote nothing and printed no stack trace.
 */
async function problems(): Promise<string[]> {
  const result = await content().build();
  expect(await content().written()).toEqual([]);
  expect(reportBuild(result)).not.toMatch(/\n\s+at /);
  const shownRoot = shownPath(content().contentRoot);
  return result.errors.map((e) => `${e.file}: ${e.message} | ${e.hint}`.split(shownRoot).join('content'));
}

const ARTICLE = article('Can I pay by card?', 'Yes, every major card.');

describe('what sits where in content/ is checked, never silently skipped', () => {
  it('refuses an article in a subfolder of the locale: "move it up"', async () => {
    await mkdir(join(content().en, 'billing/cards'), { recursive: true });
    await writeFile(join(content().en, 'billing/cards/card.md'), ARTICLE);
    expect(await problems()).toEqual([
      'content/en/billing/cards/card.md: articles must sit directly in content/en/, not in a subfolder, so this one is not read | Move it up into content/en/.',
    ]);
  });

  it('leaves a subfolder without articles or settings alone', async () => {
    await mkdir(join(content().en, 'notes'));
    await writeFile(join(content().en, 'notes/todo.txt'), 'ask legal');
    expect((await content().build()).errors).toEqual([]);
  });

  it('refuses a folder named like an article, instead of crashing on it', async () => {
    await mkdir(join(content().en, 'card.md'));
    const [problem, ...others] = await problems();
    expect(others).toEqual([]);
    expect(problem).toMatch(/^content\/en\/card\.md: "card\.md" is a folder.*\| Rename the folder/);
  });

  it('refuses a symbolic link that leads nowhere, instead of crashing on it', async () => {
    await symlink('drafts/card.md', join(content().en, 'card.md'));
    expect(await problems()).toEqual([
      'content/en/card.md: "card.md" is a link to "drafts/card.md", which does not exist | ' +
        'Replace the link with the file itself: copy it into content/en/ under this name, or delete the link.',
    ]);
  });

  it('refuses links that lead round in a circle', async () => {
    await symlink('b.md', join(content().en, 'a.md'));
    await symlink('a.md', join(content().en, 'b.md'));
    expect(await problems()).toEqual([
      expect.stringMatching(/^content\/en\/a\.md: "a\.md" is a link that leads round in a circle/),
      expect.stringMatching(/^content\/en\/b\.md: "b\.md" is a link that leads round in a circle/),
    ]);
  });

  it('refuses a symbolic link to a file outside content/: "copy the file in instead"', async () => {
    const outside = join(content().work, 'elsewhere.md');
    await writeFile(outside, ARTICLE);
    await symlink(outside, join(content().en, 'card.md'));
    expect(await problems()).toEqual([
      `content/en/card.md: "card.md" is a link to "${outside}", outside content/ | ` +
        'Copy the file into content/en/ instead of linking to it: the build reads only what is inside content/.',
    ]);
  });

  it('reads a symbolic link to a file inside content/', async () => {
    await mkdir(join(content().en, '.drafts'));
    await writeFile(join(content().en, '.drafts/card.md'), ARTICLE);
    await symlink('.drafts/card.md', join(content().en, 'card.md'));
    await appendFile(join(content().en, 'index.md'), '- [Cards](card.md)\n');
    expect((await content().build()).errors).toEqual([]);
    const pack = JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8'));
    expect(pack.articles.map((a: { id: string }) => a.id)).toContain('card');
  });

  it('refuses an article directly in content/, outside any locale folder', async () => {
    await writeFile(join(content().contentRoot, 'card.md'), ARTICLE);
    expect(await problems()).toEqual([expect.stringMatching(/^content\/card\.md: "card\.md" is directly in content\/, not in a locale folder/)]);
  });

  it('refuses Markdown under another extension, and a settings file the build does not read', async () => {
    await writeFile(join(content().en, 'card.markdown'), ARTICLE);
    await writeFile(join(content().en, 'synonym.yml'), '- [a, b]\n');
    expect(await problems()).toEqual([
      'content/en/card.markdown: "card.markdown" is not read: article files must end in .md | Rename it to card.md.',
      'content/en/synonym.yml: "synonym.yml" is not read: the site settings and synonyms are in the front matter of index.md | Move its keys into index.md, or move the file out of content/.',
    ]);
  });

  it('ignores hidden files such as .DS_Store and editor swap files', async () => {
    await writeFile(join(content().en, '.DS_Store'), Buffer.from([0, 1, 2]));
    await writeFile(join(content().en, '.card.md.swp'), Buffer.from([0xff, 0xfe, 0]));
    expect((await content().build()).errors).toEqual([]);
  });

  it('reports a missing content folder as a problem, not a crash', async () => {
    await rm(content().contentRoot, { recursive: true });
    expect(await problems()).toEqual([expect.stringMatching(/^content: the content folder does not exist \| Run the build from the project folder/)]);
  });
});

describe('an article file renamed without its links', () => {
  it('is named as renamed on the index line that still links the old name, with the way to keep its old id, as one problem', async () => {
    await rename(join(content().en, 'shared-email.md'), join(content().en, 'group-email.md'));
    const all = await problems();
    const [link, ...related] = all;
    expect(link).toBe(
      'content/en/index.md: the link to "shared-email.md" leads to no article: it looks renamed to group-email.md, which index.md does not link | ' +
        'Link to group-email.md on this line. To keep the article\'s old id, add id: shared-email to the front matter of group-email.md: ' +
        'the related lists that name "shared-email", links to #shared-email on the FAQ page and to #askdown=shared-email (in e-mails, support replies) then still reach it.',
    );
    // "group-email.md is not linked" is the same problem, with the same fix: not said twice.
    expect(all.some((p) => p.includes('is not linked from index.md'))).toBe(false);
    expect(related).toHaveLength(3);
    for (const problem of related) {
      expect(problem).toMatch(/^content\/en\/(which-email|personal-email-security|multiple-login-ids)\.md: "related" names "shared-email", the id of group-email\.md before it was renamed \| /);
      expect(problem).toContain('Add id: shared-email to the front matter of group-email.md (every link to it stays right), or write group-email here.');
    }
  });

  it('pairs two renamed files by their titles, which the index still shows as the links\' text', async () => {
    await rename(join(content().en, 'shared-email.md'), join(content().en, 'group-email.md'));
    await rename(join(content().en, 'which-email.md'), join(content().en, 'email-kind.md'));
    const all = await problems();
    expect(all).toContainEqual(expect.stringMatching(/the link to "which-email\.md" leads to no article: it looks renamed to email-kind\.md/));
    expect(all).toContainEqual(expect.stringMatching(/the link to "shared-email\.md" leads to no article: it looks renamed to group-email\.md/));
  });

  it('pairs a rename to a close name when the related lists still name the old one (found by a review)', async () => {
    await rename(join(content().en, 'shared-email.md'), join(content().en, 'shared-emails.md'));
    const all = await problems();
    expect(all[0]).toMatch(/the link to "shared-email\.md" leads to no article: it looks renamed to shared-emails\.md/);
    expect(all.filter((p) => p.includes('the id of shared-emails.md before it was renamed'))).toHaveLength(3);
  });

  it('never calls a deleted article and a new one of another title a rename (found by a review)', async () => {
    await rm(join(content().en, 'shared-email.md'));
    await writeFile(join(content().en, 'card-payments.md'), ARTICLE);
    const all = await problems();
    expect(all.some((p) => p.includes('looks renamed') || p.includes('before it was renamed'))).toBe(false);
    expect(all).toContainEqual(expect.stringMatching(/card-payments\.md is not linked from index\.md/));
  });

  it('tells a file that keeps an id of its own that its links keep working, not to add the file\'s old name (found by a review)', async () => {
    const shared = join(content().en, 'shared-email.md');
    await writeFile(shared, (await readFile(shared, 'utf8')).replace('title:', 'id: old-shared\ntitle:'));
    for (const file of ['which-email.md', 'personal-email-security.md', 'multiple-login-ids.md']) {
      const path = join(content().en, file);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll('shared-email', 'old-shared'));
    }
    await rename(shared, join(content().en, 'group-email.md'));
    expect(await problems()).toEqual([
      'content/en/index.md: the link to "shared-email.md" leads to no article: it looks renamed to group-email.md, which index.md does not link | ' +
        'Link to group-email.md on this line. Its id stays old-shared (its id: line), so every link to it still works.',
    ]);
  });

  it('pairs titles with brackets, as the index escapes them (found by a review)', async () => {
    const shared = join(content().en, 'shared-email.md');
    await writeFile(shared, (await readFile(shared, 'utf8')).replace('title: Can I register a group or shared email address?', 'title: "Can I register a [group] email address?"'));
    const index = join(content().en, 'index.md');
    await writeFile(index, (await readFile(index, 'utf8')).replace('[Can I register a group or shared email address?]', '[Can I register a \\[group\\] email address?]'));
    await rename(shared, join(content().en, 'group-email.md'));
    await rename(join(content().en, 'which-email.md'), join(content().en, 'email-kind.md'));
    const all = await problems();
    expect(all).toContainEqual(expect.stringMatching(/the link to "shared-email\.md" leads to no article: it looks renamed to group-email\.md/));
    expect(all).toContainEqual(expect.stringMatching(/the link to "which-email\.md" leads to no article: it looks renamed to email-kind\.md/));
  });

  it('keeps the full-width brackets message for a link typed so, beside an article deleted (found by a review)', async () => {
    const ja = join(content().contentRoot, 'ja');
    const index = join(ja, 'index.md');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/^- \[(.*)\]\(shared-email\.md\)$/m, '- ［$1］（shared-email.md）'));
    await rm(join(ja, 'registration-hours.md'));
    const all = await problems();
    expect(all.some((p) => p.includes('looks renamed'))).toBe(false);
    expect(all).toContainEqual(expect.stringMatching(/the link to "shared-email\.md" on this line is typed with full-width brackets/));
  });

  it('keeps the usual messages for a misspelt link, which the closest name already fixes', async () => {
    const index = join(content().en, 'index.md');
    await writeFile(index, (await readFile(index, 'utf8')).replace('(shared-email.md)', '(shared-emial.md)'));
    const all = await problems();
    expect(all.some((p) => p.includes('looks renamed'))).toBe(false);
    expect(all[0]).toMatch(/the link to "shared-emial\.md" leads to no article\. Did you mean "shared-email\.md"\?/);
  });
});
