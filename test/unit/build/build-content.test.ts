import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, reportBuild } from '../../../build/content/build-content';
import { SITE_KEYS } from '../../../build/content/site-settings';
import { ENGLISH_UI_TEXT } from '../../../widget/ui-text';
import { article, useRealContentCopy } from './temp-content';

const content = useRealContentCopy();

describe('buildContent', () => {
  it('writes one pack per locale', async () => {
    const result = await content().build();
    expect(result.errors).toEqual([]);
    expect(await content().written()).toEqual(['en.json', 'ja.json']);
    for (const locale of ['en', 'ja']) {
      const pack = JSON.parse(await readFile(join(content().outDir, `${locale}.json`), 'utf8'));
      expect(pack.locale).toBe(locale);
      // In the order index.md lists them.
      expect(pack.articles.map((a: { id: string }) => a.id)).toEqual(['shared-email', 'which-email', 'personal-email-security', 'multiple-login-ids', 'new-service-application', 'registration-hours']);
    }
  });

  it('writes nothing when any file is bad, leaving the last good pack in place', async () => {
    await content().build();
    const before = await readFile(join(content().outDir, 'en.json'), 'utf8');

    await writeFile(join(content().en, 'shared-email.md'), '---\ntitle: [unclosed\n---\nText\n');
    const result = await content().build();

    expect(result.written).toEqual([]);
    expect(result.errors[0]?.file).toMatch(/shared-email\.md$/);
    expect(await readFile(join(content().outDir, 'en.json'), 'utf8')).toBe(before);
    expect(await content().written()).toEqual(['en.json', 'ja.json']);
    expect(reportBuild(result)).toMatch(/^Content build failed: 1 problem\. Nothing was written\.\n.*shared-email\.md:2: invalid YAML/);
  });
});

describe('the packs as the widget fetches them', () => {
  const nonAscii = /[^\x00-\x7f]/;

  it("write an English pack's few characters beyond ASCII as escapes (a faster first answer), single or sharded; Japanese as it is", async () => {
    await appendFile(join(content().en, 'which-email.md'), '\nThe caf\u00e9\u2019s na\u00efve \u201cshared\u201d mailbox \u2014 one each.\n');
    for (const shardAbove of [6, 5]) {
      const result = await buildContent({ contentRoot: content().contentRoot, outDir: content().outDir, shardAbove });
      expect(result.errors).toEqual([]);
      const english = await readFile(join(content().outDir, 'en.json'), 'utf8');
      expect(english).not.toMatch(nonAscii);
      const files = shardAbove === 5 ? JSON.parse(english).files : '';
      const texts = files ? await Promise.all((await readdir(join(content().outDir, files), { recursive: true })).filter((name) => name.endsWith('.json')).map((name) => readFile(join(content().outDir, files, name), 'utf8'))) : [english];
      for (const text of texts) expect(text).not.toMatch(nonAscii);
      expect(texts.join('')).toContain('na\\u00efve \\u201cshared\\u201d');
      expect(texts.map((text) => JSON.stringify(JSON.parse(text))).join('')).toContain('na\u00efve \u201cshared\u201d mailbox \u2014 one each.');
      expect(await readFile(join(content().outDir, 'ja.json'), 'utf8')).toMatch(nonAscii);
    }
  });
});

describe('a locale above --shard-above articles', () => {
  it('gets a sharded pack: its manifest where the single pack was, its files in a folder named by their hash', async () => {
    await writeFile(join(content().en, 'shared-email.md'), (await readFile(join(content().en, 'shared-email.md'), 'utf8')).replace('cta: true', 'cta: true\npages: [/team]'));
    const result = await buildContent({ contentRoot: content().contentRoot, outDir: content().outDir, shardAbove: 5 });
    expect(result.errors).toEqual([]);
    const manifest = JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, locale: 'en', articleCount: 6, files: expect.stringMatching(/^en\.[0-9a-f]{12}\/$/) });
    expect(manifest.articles).toBeUndefined();
    const folder = join(content().outDir, manifest.files);
    expect((await readdir(folder)).sort()).toEqual(['docs', 'html', 'ids', 'terms', 'words']);
    const docs = JSON.parse(await readFile(join(folder, 'docs/0.json'), 'utf8'));
    expect(docs.map((d: { id: string }) => d.id)).toContain('shared-email');
    // Editors hear that pages: leads nothing in a sharded pack.
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('"pages:" leads no suggestions here'));

    // The same content again: the same folder. Other content: another, and the first is left for visitors reading it.
    await buildContent({ contentRoot: content().contentRoot, outDir: content().outDir, shardAbove: 5 });
    expect(JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8')).files).toBe(manifest.files);
    expect(result.written.map((path) => path.replace(/\\/g, '/'))).toContainEqual(expect.stringMatching(new RegExp(`/${manifest.files}$`)));
    await appendFile(join(content().en, 'which-email.md'), '\nOne more sentence.\n');
    const again = await buildContent({ contentRoot: content().contentRoot, outDir: content().outDir, shardAbove: 5 });
    expect(JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8')).files).not.toBe(manifest.files);
    expect((await readdir(content().outDir)).filter((name) => name.startsWith('en.') && name !== 'en.json')).toHaveLength(2);
    // The team hears which folders the build left for visitors still reading them.
    expect(again.warnings.map((w) => w.message)).toContainEqual(`older sharded packs' folders are still here: ${manifest.files.replace(/\/$/, '')}`);
  });

  it('at or under it, a single pack, as always (by default up to 5,000 articles)', async () => {
    const result = await buildContent({ contentRoot: content().contentRoot, outDir: content().outDir, shardAbove: 6 });
    expect(result.warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('pages:'));
    expect(JSON.parse(await readFile(join(content().outDir, 'en.json'), 'utf8')).articles).toHaveLength(6);
    expect(await content().written()).toEqual(['en.json', 'ja.json']);
  });
});

describe('every locale is checked before any is written', () => {
  /**
   * content/aa and content/zz, copies of en with the panel's strings written out (a locale other than English
   * must have them all); `broken` gets an article without a title.
   */
  async function twoLocales(broken: 'aa' | 'zz'): Promise<void> {
    const ui = `\nui:\n${Object.entries(ENGLISH_UI_TEXT).map(([key, text]) => `  ${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}: "${text}"`).join('\n')}\n`;
    for (const locale of ['aa', 'zz']) {
      await cp(content().en, join(content().contentRoot, locale), { recursive: true });
      const index = join(content().contentRoot, locale, 'index.md');
      // The ui: section goes at the end of the front matter, before its closing "---".
      const source = await readFile(index, 'utf8');
      await writeFile(index, source.replace(/\n---\n/, `${ui}---\n`));
    }
    await rm(content().en, { recursive: true });
    await content().addArticle('untitled.md', '---\ntags: [a]\n---\nText\n', broken);
  }

  for (const broken of ['aa', 'zz'] as const) {
    it(`writes no locale's pack when ${broken === 'zz' ? 'the last' : 'the first'} locale is bad`, async () => {
      await twoLocales(broken);
      const result = await content().build();
      expect(result.errors.map((e) => e.file)).toEqual([expect.stringMatching(new RegExp(`content/${broken}/untitled\\.md$`))]);
      expect(await content().written()).toEqual([]);
    });
  }

  it('keeps every last good pack when one locale turns bad', async () => {
    await twoLocales('zz');
    await writeFile(join(content().contentRoot, 'zz/untitled.md'), '---\ntitle: Titled\n---\nText\n');
    expect((await content().build()).errors).toEqual([]);
    const before = await readFile(join(content().outDir, 'aa.json'), 'utf8');

    await writeFile(join(content().contentRoot, 'aa/shared-email.md'), '---\ntitle: Changed\n---\nChanged.\n');
    await content().addArticle('untitled.md', '---\ntags: [a]\n---\nText\n', 'zz');
    expect((await content().build()).errors).not.toEqual([]);
    expect(await readFile(join(content().outDir, 'aa.json'), 'utf8')).toBe(before);
  });
});

describe('a missing index.md', () => {
  it('says what to create, with every key, and where to see an example', async () => {
    await cp(content().en, join(content().contentRoot, 'fr'), { recursive: true });
    await rm(join(content().contentRoot, 'fr/index.md'));
    const errors = (await content().build()).errors;
    expect(errors[0]).toMatchObject({ file: 'content/fr/index.md', message: 'missing index.md: every locale needs one' });
    expect(errors[0]?.hint).toMatch(/^Create content\/fr\/index\.md: front matter with the site settings/);
    // Every key a new index.md needs; `ui` and `faq_title` are optional, with defaults.
    for (const key of SITE_KEYS.filter((key) => key !== 'ui' && key !== 'faq_title')) expect(errors[0]?.hint).toContain(key);
    expect(errors[0]?.hint).toContain('content/en/index.md is an example');
  });
});

describe('a pack that cannot be written', () => {
  it('is a problem with what to check, not a crash', async () => {
    await mkdir(join(content().work, 'dist'));
    await writeFile(content().outDir, 'a file where the output folder should be');
    const result = await content().build();
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the content packs could not be written: /), hint: expect.stringMatching(/permissions/) }),
    ]);
  });
});

describe('npm run build:content', () => {
  /** The build's command line, run in the copy's folder as an editor would run it. */
  const cli = (...args: string[]) => spawnSync(process.execPath, [resolve('node_modules/.bin/tsx'), resolve('build/build-content-cli.ts'), ...args], { cwd: content().work, encoding: 'utf8' });

  it('prints the problems and fails, without a stack trace, when content would crash the build', async () => {
    await mkdir(join(content().en, 'folder.md'));
    const run = cli();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Content build failed: 1 problem\. Nothing was written\.\ncontent\/en\/folder\.md: "folder\.md" is a folder/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await content().written()).toEqual([]);
  });

  it('refuses a --shard-above that is not a whole number, and any other option, with an example and no stack trace', () => {
    const misspelt = cli('--shard-abov', '3');
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain('npm run build:content takes --shard-above N, --faq-address URL, --content FOLDER and --out FOLDER; not --shard-abov, 3');
    for (const args of [['--shard-above'], ['--shard-above', 'many'], ['--shard-above=-1']]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('--shard-above needs a whole number of articles (0 or more), e.g. npm run build:content -- --shard-above 5000');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    // Three runs of the CLI: a second or two each, more beside other test files on CI's two cores.
  }, 30_000);

  it('checks another copy of the content with --content, and writes where --out says, not over dist/ (a stranger\'s try as an editor)', async () => {
    const copy = join(content().work, 'my-edits');
    await cp(content().contentRoot, copy, { recursive: true });
    await writeFile(join(copy, 'en/shared-email.md'), '---\ntitle: [unclosed\n---\nText\n');
    const broken = cli('--content', 'my-edits', '--out', 'checked');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^my-edits\/en\/shared-email\.md:2: invalid YAML/m);

    await cp(join(content().en, 'shared-email.md'), join(copy, 'en/shared-email.md'));
    const fixed = cli('--content', 'my-edits', '--out', 'checked');
    expect(fixed.status, fixed.stderr).toBe(0);
    expect((await readdir(join(content().work, 'checked/content'))).sort()).toEqual(['en.json', 'ja.json']);
    expect(await readdir(join(content().work, 'checked/faq/en'))).toEqual(['index.html']);
    expect(await content().written()).toEqual([]);

    const missing = cli('--content', 'my-edit');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('my-edit: the content folder does not exist');
    expect(missing.stderr).toContain('npm run build:content -- --content path/to/content');
    expect(cli('--out').stderr).toContain('--out needs a folder, e.g. npm run build:content -- --out');

    // Without --out, a copy is checked and nothing written: never over the site's dist/ (a second stranger's try).
    const checkedOnly = cli('--content', 'my-edits');
    expect(checkedOnly.status, checkedOnly.stderr).toBe(0);
    expect(checkedOnly.stdout).toBe('Content checked: no problems. Nothing was written (--out FOLDER writes the packs and FAQ pages there).\n');
    expect(await content().written()).toEqual([]);
    // One language's folder, as npm run ask takes it, is named as such, not answered with "move the articles".
    const oneLanguage = cli('--content', 'my-edits/en');
    expect(oneLanguage.status).toBe(2);
    expect(oneLanguage.stderr).toContain("my-edits/en is one language's folder (it holds index.md): --content takes the folder that holds the language folders, e.g. npm run build:content -- --content my-edits");
  }, 60_000);

  it("refuses a file named as --out's folder and a --shard-above that is no number, naming only the value (a stranger's try)", async () => {
    await writeFile(join(content().work, 'notes.txt'), 'not a folder');
    const file = cli('--out', 'notes.txt');
    expect(file.status).toBe(2);
    expect(file.stderr).toBe('--out needs a folder, and notes.txt is a file: name a folder, e.g. npm run build:content -- --out /tmp/checked\n');
    const notANumber = cli('--shard-above', 'abc', '--out', 'X');
    expect(notANumber.status).toBe(2);
    expect(notANumber.stderr).toBe('--shard-above needs a whole number of articles (0 or more), e.g. npm run build:content -- --shard-above 5000; got: abc\n');
  }, 30_000);

  it('writes full-address hreflang and canonical links with --faq-address, and refuses one that is no web address', async () => {
    const bad = cli('--faq-address', 'help/faq');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--faq-address needs the full web address of the FAQ pages\' folder, e.g. --faq-address https://example.com/help/faq/; got: help/faq');
    const run = cli('--faq-address', 'https://example.com/help/faq');
    expect(run.status, run.stderr).toBe(0);
    const page = await readFile(join(content().work, 'dist/faq/ja/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://example.com/help/faq/ja/">');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="https://example.com/help/faq/en/">');
    expect(page).toContain('<link rel="alternate" hreflang="ja" href="https://example.com/help/faq/ja/">');
  }, 30_000);
});

describe("an article in one language's folder and not the other's (a stranger's try as an editor)", () => {
  it('is a warning on the file that has it, naming the language that lacks it; the packs are still written', async () => {
    await content().addArticle('survey-fees.md', article('How much is a survey?', 'It depends on the ship.'));
    await content().addArticle('inspection.md', article('検査はいつですか？', '船によります。'), 'ja');
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const missing = result.warnings.filter((w) => w.message.includes('visitors who switch language'));
    expect(missing.map((w) => [w.file.split('/').slice(-2).join('/'), w.message])).toEqual([
      ['en/survey-fees.md', '"survey-fees" is in en but not in ja, so visitors who switch language lose it'],
      ['ja/inspection.md', '"inspection" is in ja but not in en, so visitors who switch language lose it'],
    ]);
    expect(missing[0]?.hint).toContain('the ja folder beside this one');
    // Renamed in one language, as a second stranger's try did, the other's file is to be renamed, not deleted.
    expect(missing[0]?.hint).toContain('if it was renamed there, rename this one the same way (or give the other id: survey-fees)');
    expect(result.written.length).toBeGreaterThan(0);
  });
});

/** Where a warning sends the editor: the locale's folder and file, and the line. */
const whereIn = (warning: { file: string; line?: number }) => [warning.file.split('/').slice(-2).join('/'), warning.line] as const;

describe("a title too long to read as one (a stranger's try as an editor: 600 characters built without a word)", () => {
  it('is a warning on its line, a Japanese character counting as two columns; the packs are still written', async () => {
    await content().addArticle('survey.md', article(`Can I ${'really '.repeat(100)}register?`, 'Yes.'));
    await content().addArticle('long-ja.md', article(`${'登録'.repeat(51)}できますか？`, 'はい。'), 'ja');
    await content().addArticle('short-ja.md', article(`${'登録'.repeat(45)}できますか？`, 'はい。'), 'ja');
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const long = result.warnings.filter((w) => w.message.startsWith('the title is'));
    expect(long.map((w) => [...whereIn(w), w.message.split(' (')[0]])).toEqual([
      ['en/survey.md', 2, 'the title is 715 characters wide'],
      ['ja/long-ja.md', 2, 'the title is 216 characters wide'],
    ]);
    expect(long[0]?.hint).toContain('move the rest into the answer');
    expect(result.written.length).toBeGreaterThan(0);
  });
});

describe('a question that asks a fact the answer may not give (where, when, how many, what it costs)', () => {
  it("is a warning on its line, in either language, a turn of phrase with どこ included; the article's title and other questions are not", async () => {
    const withQuestions = (title: string, questions: string[], body: string) =>
      `---\ntitle: ${title}\nquestions:\n${questions.map((q) => `  - ${q}\n`).join('')}---\n${body}\n`;
    await content().addArticle('survey-plan.md', withQuestions('How much is a survey?', ['Can I plan a survey?', 'How many days does a survey take?'], 'It depends on the ship.'));
    await content().addArticle('password-duty.md', withQuestions('共有パスワードの管理は？', ['共通アカウントのパスワード管理の責任はどこにありますか？', '共有パスワードは誰が管理しますか'], '利用者の責任です。'), 'ja');
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const facts = result.warnings.filter((w) => w.message.includes('asks a fact'));
    expect(facts.map((w) => [...whereIn(w), w.message.split('"')[1]])).toEqual([
      ['en/survey-plan.md', 5, 'How many days does a survey take?'],
      ['ja/password-duty.md', 4, '共通アカウントのパスワード管理の責任はどこにありますか？'],
    ]);
    expect(facts[0]?.hint).toContain('only if the answer says exactly that');
    expect(result.written.length).toBeGreaterThan(0);
  });
});

describe("a suggested question whose article was deleted (a stranger's try as an editor)", () => {
  it('is a warning naming the article that answers it now; questions that are titles are not', async () => {
    expect((await content().build()).warnings.filter((w) => w.message.startsWith('the suggested question'))).toEqual([]);
    await rm(join(content().en, 'registration-hours.md'));
    for (const name of await readdir(content().en)) {
      const file = join(content().en, name);
      const source = await readFile(file, 'utf8');
      await writeFile(file, source.replace(/^- \[.*\]\(registration-hours\.md\)\n/m, '').replace(/(, )?registration-hours(, )?/g, (_, a, b) => (a && b ? ', ' : '')));
    }
    const result = await content().build();
    expect(result.errors).toEqual([]);
    const strayed = result.warnings.filter((w) => w.message.startsWith('the suggested question'));
    expect(strayed.map((w) => [w.file.split('/').slice(-2).join('/'), w.line])).toEqual([['en/index.md', 12]]);
    expect(strayed[0]?.message).toMatch(/^the suggested question "Can I register my email address at any time during the pre-registration period\?" is no article's title or question: visitors who tap it get ".*" \([a-z-]+\)$/);
  });
});

describe("an article's id that is not one (a stranger's try as an editor: a file named in Japanese)", () => {
  it('a file name that is no id asks for the file to be renamed, or an id: line', async () => {
    await content().addArticle('パスワード.md', article('パスワードを忘れました', 'リセットしてください。'), 'ja');
    const error = (await content().build()).errors.find((e) => e.file.endsWith('パスワード.md'));
    expect(error?.message).toBe('the file name "パスワード" is no valid id, which the file name gives an article');
    expect(error?.hint).toContain('Rename the file');
    expect(error?.hint).toContain('id: password-reset');
  });

  it('an id: key that is no id is named as the key', async () => {
    await content().addArticle('reset.md', '---\ntitle: How do I reset my password?\nid: Reset_Password\n---\nUse the reset link.\n');
    const error = (await content().build()).errors.find((e) => e.file.endsWith('reset.md'));
    expect(error).toMatchObject({ line: 3, message: 'invalid id "Reset_Password"' });
  });
});
