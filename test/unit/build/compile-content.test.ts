import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type SourceFile } from '../../../build/content/compile-content';
import { formatContentError, type ContentError } from '../../../build/content/content-error';
import { NODE_ANSWER_HTML } from '../../../build/content/sanitize';
import type { ContentPack } from '../../../widget/content-pack';
import { restoreSearchIndex } from '../../../widget/search';
import { POSTING_STRIDE } from '../../../widget/search/search-index';

let realFiles: { path: string; source: string }[];

beforeAll(async () => {
  const names = await readdir('content/en');
  realFiles = await Promise.all(
    names.map(async (name) => ({ path: `content/en/${name}`, source: await readFile(join('content/en', name), 'utf8') })),
  );
});

/** The real content with one file replaced or added; an added article is linked from the index, as editors must. */
function withFile(path: string, source: string, { linked = true } = {}): SourceFile[] {
  const name = path.split('/').pop() ?? path;
  const files = [...realFiles.filter((f) => f.path !== path), { path, source }];
  if (!linked || name === 'index.md' || realFiles.some((f) => f.path === path)) return files;
  return files.map((f) => (f.path.endsWith('/index.md') ? { ...f, source: `${String(f.source)}- [New](${name})\n` } : f));
}

const realIndex = (): string => String(realFiles.find((f) => f.path.endsWith('/index.md'))?.source ?? '');

function errorsOf(files: SourceFile[]): ContentError[] {
  const result = compileContent('en', files, NODE_ANSWER_HTML);
  expect(result.pack).toBeNull();
  return result.errors;
}

/** The index terms the pack holds for one field (`FIELDS` order) of one article. */
function indexTermsOf(pack: ContentPack | null, id: string, field: number): string[] {
  if (!pack) return [];
  const doc = pack.articles.findIndex((a) => a.id === id);
  const index = restoreSearchIndex(pack.articles.map((a) => ({ id: a.id, phrasings: [], related: [] })), pack.index);
  const terms: string[] = [];
  for (const [term, list] of index.postings) {
    for (let offset = 0; offset < list.length; offset += POSTING_STRIDE) {
      if (list[offset] === doc && (list[offset + 1 + field] ?? 0) > 0) terms.push(term);
    }
  }
  return terms;
}

const ARTICLE = (frontMatter: string, body = 'An answer.') => `---\n${frontMatter}\n---\n${body}\n`;

describe('compiling the real content', () => {
  it('gives the six articles with their ids, HTML, search terms and site settings', () => {
    const result = compileContent('en', realFiles, NODE_ANSWER_HTML);
    expect(result.errors).toEqual([]);
    const ids = result.pack?.articles.map((a) => a.id).sort();
    expect(ids).toEqual([
      'multiple-login-ids', 'new-service-application', 'personal-email-security', 'registration-hours',
      'shared-email', 'which-email',
    ]);
    const shared = result.pack?.articles.find((a) => a.id === 'shared-email');
    expect(shared?.html).toContain('<p>With the new system, individual log-ins are required.');
    // Title, questions, tags and answer indexed as stemmed terms; the tags are not shipped otherwise.
    const termsIn = (field: number) => indexTermsOf(result.pack, 'shared-email', field);
    expect(termsIn(0).sort()).toEqual(['address', 'email', 'group', 'regist', 'share']);
    expect(termsIn(1)).toEqual(expect.arrayContaining(['sever', 'peopl', 'share', 'log', 'login']));
    expect(termsIn(2)).toEqual(expect.arrayContaining(['team', 'mailbox']));
    expect(termsIn(3)).toEqual(expect.arrayContaining(['individu', 'login', 'requir']));
    expect(shared?.questions).toContain('Can several people share one log-in?');
    expect(shared).not.toHaveProperty('tags');
    expect(result.pack?.vocabulary.split(' ')).toContain('mailbox');
    expect(shared?.cta).toBe(true);
    expect(result.pack?.site.registration.url).toBe('https://example.com/pre-registration');
    expect(result.pack?.synonymTerms.length).toBeGreaterThan(0);
  });
});

describe('bad content fails with file, line, what is wrong and how to fix it', () => {
  it('puts an article\'s page patterns in the pack, and only where it has some', () => {
    const result = compileContent('en', withFile('content/en/ships.md', ARTICLE('title: Ships\npages: [/ships/*, /pass/**]')), NODE_ANSWER_HTML);
    expect(result.pack?.articles.find((a) => a.id === 'ships')?.pages).toEqual(['/ships/*', '/pass/**']);
    expect(result.pack?.articles.find((a) => a.id === 'shared-email')).not.toHaveProperty('pages');
  });

  it('reports a page pattern that is not a path, on its line', () => {
    const [error] = errorsOf(withFile('content/en/ships.md', ARTICLE('title: Ships\npages: [ships/*]')));
    expect(error).toMatchObject({ file: 'content/en/ships.md', line: 3, message: '"ships/*" is not a page path' });
    expect(error?.hint).toContain('starting with "/"');
  });

  it('reports a missing title', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('tags: [a]')));
    expect(error).toMatchObject({ file: 'content/en/new.md', message: 'missing "title"' });
    expect(error?.hint).toContain('title:');
  });

  it('reports a duplicate id, naming both files', () => {
    const errors = errorsOf(withFile('content/en/copy.md', ARTICLE('id: shared-email\ntitle: Copy')));
    const duplicate = errors.find((e) => e.message.startsWith('duplicate id'));
    expect(duplicate?.message).toContain('"shared-email"');
    expect([duplicate?.file, duplicate?.message].join(' ')).toMatch(/copy\.md.*shared-email\.md|shared-email\.md.*copy\.md/);
    expect(duplicate?.line).toBeGreaterThan(0);
  });

  it("tells an editor who deleted an article that deleting its index line and its related entries is the fix too (a stranger's try as an editor)", () => {
    const errors = errorsOf(realFiles.filter((file) => !file.path.endsWith('/registration-hours.md')));
    const link = errors.find((e) => e.message.startsWith('the link to "registration-hours.md" leads to no article.'));
    expect(link?.hint).toBe('Correct the file name in the link, or create registration-hours.md beside index.md. If the article was deleted on purpose, delete this line.');
    const related = errors.filter((e) => e.message === '"related" names an unknown article "registration-hours".');
    expect(related.length).toBeGreaterThan(0);
    for (const error of related) expect(error.hint).toMatch(/ If it was deleted on purpose, take it out of the list\.$/);
  });

  it('asks for brackets round a related list written without them, which YAML reads as one id (a stranger\'s try as an editor)', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nrelated: shared-email, which-email')));
    expect(error).toMatchObject({ line: 3, message: '"related" names an unknown article "shared-email, which-email".', hint: 'Put the list in brackets: related: [shared-email, which-email]' });
  });

  it("reports an index link to an article's id without \".md\" on its line, with the line as it should be (a stranger's try as an editor)", () => {
    const index = realIndex().replace('(which-email.md)', '(which-email)');
    const line = index.split('\n').findIndex((text) => text.includes('](which-email)')) + 1;
    const errors = errorsOf(withFile('content/en/index.md', index));
    expect(errors).toEqual([
      {
        file: 'content/en/index.md',
        line,
        message: 'the link on this line names "which-email.md" without ".md", so it links no article',
        hint: "Write the file's whole name: - [What kind of email address should I prepare for pre-registration?](which-email.md)",
      },
    ]);
  });

  it("reports a copied id: line once, not again in every \"related\" that names the file it took the id from (a stranger's try as an editor)", () => {
    const whichEmail = String(realFiles.find((f) => f.path === 'content/en/which-email.md')?.source);
    expect(whichEmail).toMatch(/^related: \[[^\]]*shared-email/m);
    const errors = errorsOf(withFile('content/en/which-email.md', whichEmail.replace('---\n', '---\nid: shared-email\n')));
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual(['content/en/which-email.md:2: duplicate id "shared-email" (also used by content/en/shared-email.md)']);
    // Other articles' own mistakes are still named.
    const misspelt = withFile('content/en/which-email.md', whichEmail.replace('---\n', '---\nid: shared-email\n')).map((f) =>
      f.path.endsWith('/registration-hours.md') ? { ...f, source: String(f.source).replace(/^related: \[/m, 'related: [shared-emial, ') } : f,
    );
    expect(errorsOf(misspelt).map((e) => e.message)).toContain('"related" names an unknown article "shared-emial". Did you mean "shared-email"?');
  });

  it("reports an id copied from an article that does not compile as the duplicate, not as misleading \"related\" problems (a stranger's try as an editor)", () => {
    const source = (name: string) => String(realFiles.find((f) => f.path === `content/en/${name}`)?.source);
    const files = realFiles.map((f) => {
      if (f.path.endsWith('/shared-email.md')) return { ...f, source: source('shared-email.md').replace('  - Is a department email address allowed?', '\t- Is a department email address allowed?') };
      if (f.path.endsWith('/personal-email-security.md')) return { ...f, source: source('personal-email-security.md').replace('---\n', '---\nid: shared-email\n') };
      return f;
    });
    expect(errorsOf(files).map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      'content/en/shared-email.md:6: invalid YAML: this line is indented with a tab',
      'content/en/personal-email-security.md:2: duplicate id "shared-email" (also used by content/en/shared-email.md)',
    ]);
  });

  it('reports a draft copy left out of the index as not linked, not the original it copied its id from as the duplicate (a review)', () => {
    const whichEmail = String(realFiles.find((f) => f.path === 'content/en/which-email.md')?.source);
    const errors = errorsOf(withFile('content/en/draft.md', whichEmail.replace('---\n', '---\nid: which-email\n'), { linked: false }));
    expect(errors.map((e) => e.message)).toEqual(['draft.md is not linked from index.md, so no visitor would ever see it']);
  });

  it('reports "related" naming an unknown id, with the likely intended one', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nrelated: [shared-emial]')));
    expect(error).toMatchObject({ file: 'content/en/new.md', line: 3 });
    expect(error?.message).toBe('"related" names an unknown article "shared-emial". Did you mean "shared-email"?');
  });

  it('reports an unknown front-matter key on its line, suggesting the right one', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestons: [a]')));
    expect(error).toMatchObject({ line: 3, message: 'unknown key "questons". Did you mean "questions"?' });
    expect(error?.hint).toContain('title, questions, tags, related, cta');
  });

  it('reports invalid YAML with the line in the article file', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\ntags: [a, b\ncta: true')));
    expect(error).toMatchObject({ line: 3, message: 'invalid YAML: the list that starts with "[" on this line is never closed' });
  });

  it('reports a question that YAML read as a key and a value because it holds ": "', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  - Is it open?\n  - Note: is it "open" at night?')));
    expect(error).toMatchObject({
      line: 5,
      message: 'an item of "questions" holds ": ", so YAML reads "Note: is it "open" at night?" as a key and a value',
      hint: 'Put it in double quotes: - "Note: is it \\"open\\" at night?"',
    });
  });

  it('says how to write true or false where the value is not one, typed full-width or not', () => {
    for (const value of ['yes', 'ｔｒｕｅｓ', 'ｎｏｔ ｔｒｕｅ']) {
      const [error] = errorsOf(withFile('content/en/new.md', ARTICLE(`title: New\ncta: ${value}`)));
      expect(error).toMatchObject({ line: 3, message: '"cta" must be true or false', hint: 'Write cta: true or cta: false (no quotes).' });
    }
  });

  it('reports list items typed with a full-width space after the "-", which YAML reads as one text', () => {
    const [twice] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  -\u3000\u3000Is it open?\n  -\u3000At night?')));
    expect(twice).toMatchObject({ line: 4, hint: 'Type it with the input method off: - Is it open?' });
    // A "-" and a full-width space inside an item are its text.
    expect(compileContent('en', withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  - NK-SHIPS -\u3000how do I log in?')), NODE_ANSWER_HTML).errors).toEqual([]);
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  -\u3000Is it open?\n  -\u3000At night?')));
    expect(error).toMatchObject({
      file: 'content/en/new.md',
      line: 4,
      message: '"questions" is read as one text: a full-width space follows its items\' "-"',
      hint: 'Type it with the input method off: - Is it open?',
    });
    // Only the first item's slip, the others typed right (a stranger's try): its line, and that item alone.
    const [first] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  -\u3000Is it open?\n  - At night?\n  - On Sunday?')));
    expect(first).toMatchObject({ line: 4, hint: 'Type it with the input method off: - Is it open?' });
  });

  it('refuses text in typographic quotes, which visitors would see, and keeps 「」, which Japanese text holds', () => {
    const [title] = errorsOf(withFile('content/en/new.md', ARTICLE('title: \u201CCan I register?\u201D')));
    expect(title).toMatchObject({
      line: 2,
      message: '"title" is in typographic quotes (\u201C \u201D or \uFF02), which YAML keeps as part of the text',
      hint: 'Use straight double quotes, or none: title: "Can I register?"',
    });
    const [question] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\nquestions:\n  - Which one?\n  - \uFF02Another?\uFF02')));
    expect(question).toMatchObject({ line: 5, hint: 'Use straight double quotes, or none: - "Another?"' });
    // Opened by an input method, closed by hand.
    expect(errorsOf(withFile('content/en/new.md', ARTICLE('title: \u201Cグループ？"')))[0]).toMatchObject({ line: 2, hint: 'Use straight double quotes, or none: title: "グループ？"' });
    expect(compileContent('en', withFile('content/en/new.md', ARTICLE('title: 「個人のメールアドレス」について')), NODE_ANSWER_HTML).errors).toEqual([]);
    expect(question).toMatchObject({ message: 'an item of "questions" is in typographic quotes (\u201C \u201D or \uFF02), which YAML keeps as part of the text' });
    // Typographic quotes around a word of the text, at its start or its end, are the editor's to choose.
    for (const title of ['\u201CNK-SHIPS\u201D の登録について', 'NK-SHIPS の\u201C共有\u201D']) {
      expect(compileContent('en', withFile('content/en/new.md', ARTICLE(`title: ${title}`)), NODE_ANSWER_HTML).errors).toEqual([]);
    }
  });

  it('says how to type what an input method typed in full-width letters: a key, true, an address', () => {
    const errors = errorsOf(withFile('content/en/new.md', ARTICLE('ｔｉｔｌｅ: New\ncta: ｔｒｕｅ', 'See [the site](https\uFF1A//example.com/pre).')));
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 2, message: 'unknown key "ｔｉｔｌｅ". Did you mean "title"?' }),
      expect.objectContaining({ line: 3, message: '"cta" must be true or false', hint: 'Type it with the input method off: cta: true' }),
      expect.objectContaining({
        line: 5,
        message: 'the link "https\uFF1A//example.com/pre" has a full-width : or / in its address',
        hint: 'Type it with the input method off: (https://example.com/pre)',
      }),
    ]));
  });

  it('reports an empty answer at the line the answer should start', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New', '   ')));
    expect(error).toMatchObject({ line: 4, message: 'the answer is empty' });
  });

  it('reports an unsafe link on its line', () => {
    const body = 'First line.\n\nClick [here](javascript:alert(1)) now.';
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New', body)));
    expect(error).toMatchObject({ line: 6, message: 'unsafe link "javascript:alert(1)"' });
    expect(error?.hint).toContain('https:');
  });

  it('names every link the sanitiser would empty, read as a browser reads it, and no link it keeps', () => {
    // As the file has it, so the editor can find it, and as the browser reads it, where that differs.
    const emptied: [written: string, message: string][] = [
      ['[here](jav&#x61;script:alert(1))', 'unsafe link "jav&#x61;script:alert(1)" (a browser reads it as "javascript:alert(1)")'],
      ['[here](javascript&colon;alert(1))', 'unsafe link "javascript&colon;alert(1)" (a browser reads it as "javascript:alert(1)")'],
      ['<a href="//cdn.example.com/x">here</a>', 'unsafe link "//cdn.example.com/x"'],
      ['<a href=//cdn.example.com>here</a>', 'unsafe link "//cdn.example.com"'],
      ['<a href="&#106;avascript:x">here</a>', 'unsafe link "&#106;avascript:x" (a browser reads it as "javascript:x")'],
      ['<a href="data:text/html,x">here</a>', 'unsafe link "data:text/html,x"'],
    ];
    for (const [written, message] of emptied) {
      const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New', `First line.\n\nClick ${written} now.`)));
      expect(error, written).toMatchObject({ line: 6, message });
      expect(error?.hint).toContain('could run code');
      expect(error?.hint).toContain('not starting with //');
    }
    const kept = ['[here](/help?a=1&amp;b=2)', '<a href="https://example.com/?a=1&amp;b=2">here</a>', '[here](mailto:help@example.com)'];
    for (const written of kept) {
      const result = compileContent('en', withFile('content/en/new.md', ARTICLE('title: New', `Click ${written} now.`)), NODE_ANSWER_HTML);
      expect(result.errors, written).toEqual([]);
      expect(result.pack?.articles.find((a) => a.id === 'new')?.html, written).toMatch(/<a href="[^"]+"/);
    }
  });

  it("reports what the sanitiser would drop from the index's introduction, on its line", () => {
    const index = realIndex();
    const lines = index.split('\n');
    const at = lines.findIndex((line, i) => i > 0 && line === '---') + 2;
    const broken = [...lines.slice(0, at), 'See <a href="jav&#x61;script:alert(1)">our page</a>.', '', '![Our logo](logo.png)', ...lines.slice(at)].join('\n');
    const [link, image] = errorsOf(withFile('content/en/index.md', broken));
    expect(link).toMatchObject({ file: 'content/en/index.md', line: at + 1, message: expect.stringMatching(/^unsafe link "jav&#x61;script:alert\(1\)"/) });
    // Named for what it is: not an answer, the static FAQ page's introduction.
    expect(image).toMatchObject({ line: at + 3, message: 'images are not supported in the introduction: "![Our logo](logo.png)"' });
  });

  it('reports raw HTML with a script or an event handler (and the image, which is refused as well)', () => {
    const errors = errorsOf(withFile('content/en/new.md', ARTICLE('title: New', 'Hi <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>')));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^unsafe HTML/),
      expect.stringMatching(/^images are not supported in answers/),
      expect.stringMatching(/^unsafe HTML/),
    ]);
  });

  it('reports a file without front matter', () => {
    const [error] = errorsOf(withFile('content/en/new.md', 'Just text.'));
    expect(error).toMatchObject({ line: 1, message: 'the file does not start with front matter' });
  });

  it('names a front-matter line "---" typed by a Japanese input method, opening or closing', () => {
    const [opening] = errorsOf(withFile('content/en/new.md', 'ーーー\ntitle: New\n---\nAn answer.\n'));
    expect(opening).toMatchObject({
      line: 1,
      message: 'the line "ーーー" that opens the front matter is typed in full-width characters',
      hint: 'Type it with the input method off: ---',
    });
    const [closing] = errorsOf(withFile('content/en/new.md', '---\ntitle: New\n\uFF0D\uFF0D\uFF0D\nAn answer.\n'));
    expect(closing).toMatchObject({ line: 3, message: 'the line "\uFF0D\uFF0D\uFF0D" that closes the front matter is typed in full-width characters' });
    const [mixed] = errorsOf(withFile('content/en/new.md', '---\ntitle: New\n--ー\nAn answer.\n'));
    expect(mixed).toMatchObject({ line: 3, message: 'the line "--ー" that closes the front matter is typed in full-width characters' });
    // A full-width space after "---" is nothing visible to fix: the line is read as the fence it looks like.
    expect(compileContent('en', withFile('content/en/new.md', '---\ntitle: New\n---\u3000\nAn answer.\n'), NODE_ANSWER_HTML).errors).toEqual([]);
  });

  it('reports a "cta" that is not true or false', () => {
    const [error] = errorsOf(withFile('content/en/new.md', ARTICLE('title: New\ncta: "yes"')));
    expect(error).toMatchObject({ line: 3, message: '"cta" must be true or false' });
  });

  it('reports a registration link that is not a web address', () => {
    const broken = realIndex().replace('https://example.com/pre-registration', 'javascript:alert(1)');
    const errors = errorsOf(withFile('content/en/index.md', broken));
    expect(errors[0]?.message).toBe('"registration.url" is not a web address: "javascript:alert(1)"');
  });

  it('reports a suggested question that no article answers', () => {
    const changed = realIndex().replace('  - Can I register a group or shared email address?', '  - What is the weather like?');
    const [error] = errorsOf(withFile('content/en/index.md', changed));
    expect(error?.message).toBe('the suggested question "What is the weather like?" gets no confident answer');
    // On its line (found by a review).
    const line = changed.split('\n').findIndex((text) => text.includes('What is the weather like?')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(error?.line).toBe(line);
  });

  it('reports every problem of every file at once', () => {
    const files = withFile('content/en/new.md', ARTICLE('titel: New', ''));
    expect(errorsOf(files).map((e) => e.message)).toEqual([
      'unknown key "titel". Did you mean "title"?',
      'missing "title"',
      'the answer is empty',
    ]);
  });

  it('reports an article the index does not link, with the line to add, and only that', () => {
    const files = withFile('content/en/orphan.md', ARTICLE('title: Orphan'), { linked: false }).map((f) =>
      f.path.endsWith('which-email.md') ? { ...f, source: String(f.source).replace('related: [', 'related: [orphan, ') } : f,
    );
    // which-email names it in `related`: the article is there, only unlinked, so that is not a second problem.
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/en/orphan.md', message: 'orphan.md is not linked from index.md, so no visitor would ever see it' });
    expect(errors[0]?.hint).toContain('- [Orphan](orphan.md)');
  });

  it('reports a link in the index to an article that is not there, on its line, with the likely one', () => {
    const index = realIndex().replace('(which-email.md)', '(wich-email.md)');
    const errors = errorsOf(withFile('content/en/index.md', index));
    const line = index.split('\n').findIndex((text) => text.includes('wich-email.md')) + 1;
    expect(errors[0]).toMatchObject({ file: 'content/en/index.md', line, message: 'the link to "wich-email.md" leads to no article. Did you mean "which-email.md"?' });
    // which-email.md is then linked from nowhere, which is said too.
    expect(errors[1]?.message).toBe('which-email.md is not linked from index.md, so no visitor would ever see it');
  });

  it('names the index line of a link typed with full-width brackets, which Markdown reads as text', () => {
    const written = realIndex().split('\n').find((text) => text.includes('(which-email.md)')) ?? '';
    const typed = written.replace('[', '\uFF3B').replace('](', '\uFF3D\uFF08').replace('.md)', '.md\uFF09');
    const index = realIndex().replace(written, typed);
    const errors = errorsOf(withFile('content/en/index.md', index));
    expect(errors).toEqual([
      {
        file: 'content/en/index.md',
        line: index.split('\n').indexOf(typed) + 1,
        message: 'the link to "which-email.md" on this line is typed with full-width brackets, so Markdown reads it as text',
        hint: `Type it with the input method off: ${written.trim()}`,
      },
    ]);
  });

  it('names an index line marked "ー" or "-　" instead of "- ", which the FAQ page would show as a paragraph', () => {
    const written = realIndex().split('\n').find((text) => text.includes('(which-email.md)')) ?? '';
    for (const typed of [written.replace(/^- /, 'ー '), written.replace(/^- /, '-\u3000'), written.replace(/^- /, '・')]) {
      const index = realIndex().replace(written, typed);
      expect(errorsOf(withFile('content/en/index.md', index))).toEqual([
        {
          file: 'content/en/index.md',
          line: index.split('\n').indexOf(typed) + 1,
          message: 'this line of the list starts with a mark Markdown does not read as a list item',
          hint: `Type it with the input method off: ${written}`,
        },
      ]);
    }
  });

  it("names the line of a setting inside a section of index.md (ui:, contact:), not the section's", () => {
    const index = realIndex()
      .replace('  url: https://example.com/contact', '  url: example.com/contact')
      .replace('\nno_answer:', '\nui:\n  # the panel\'s words\n  close: Close\n  placeholer: Ask here\nno_answer:');
    const lines = index.split('\n');
    const errors = errorsOf(withFile('content/en/index.md', index));
    expect(errors).toEqual([
      expect.objectContaining({ line: lines.indexOf('  url: example.com/contact') + 1, message: expect.stringMatching(/^"contact\.url" is not a web address/) }),
      expect.objectContaining({ line: lines.indexOf('  placeholer: Ask here') + 1, message: 'unknown key "placeholer". Did you mean "placeholder"?' }),
    ]);
  });

  it('refuses site.yml and synonyms.yml, which index.md replaced, saying where their keys go', () => {
    const errors = errorsOf([...realFiles, { path: 'content/en/site.yml', source: 'title: Old\n' }, { path: 'content/en/synonyms.yml', source: '- [a, b]\n' }]);
    expect(errors.map((e) => e.message)).toEqual([
      'site.yml is no longer read: the site settings and synonyms are in index.md now',
      'synonyms.yml is no longer read: the site settings and synonyms are in index.md now',
    ]);
    expect(errors[0]?.hint).toContain('front matter of index.md');
  });

  it('reports a missing index.md with what to write in it', () => {
    const errors = errorsOf(realFiles.filter((f) => !f.path.endsWith('index.md')));
    expect(errors).toEqual([expect.objectContaining({ file: 'content/en/index.md', message: 'missing index.md: every locale needs one' })]);
    expect(errors[0]?.hint).toContain('- [Title](shared-email.md)');
  });

  it('orders the articles as the index lists them', () => {
    const result = compileContent('en', realFiles, NODE_ANSWER_HTML);
    const linked = [...realIndex().matchAll(/\]\(([a-z-]+)\.md\)/g)].map((m) => m[1]);
    expect(result.pack?.articles.map((a) => a.id)).toEqual(linked);
  });

  it('formats an error for the terminal with where, what and how to fix', () => {
    const text = formatContentError({ file: 'content/en/a.md', line: 3, message: 'missing "title"', hint: 'Add it.' });
    expect(text).toBe('content/en/a.md:3: missing "title"\n  How to fix: Add it.');
  });
});
