// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../../widget/content-pack';
import type { MarkdownFailure } from '../../../widget/markdown/markdown-contract';
import { loadMarkdownSite, serveMarkdownFolder } from '../../helpers/markdown-site';

let warnings: string[];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const ids = (pack: ContentPack | MarkdownFailure): string[] => ('failed' in pack ? [] : pack.articles.map((a) => a.id));
const index = (): Promise<string> => readFile('content/en/index.md', 'utf8');

describe('the run-time Markdown mode with content an editor broke', () => {
  it('leaves out a broken article, answers from the others, and names file, line, problem and fix in the console', async () => {
    serveMarkdownFolder('content/en', 'en', { 'which-email.md': '---\ntitle: Which email?\ntags: [a, b\n---\nText.\n' });
    const pack = await loadMarkdownSite('en');
    expect(ids(pack)).toEqual(['shared-email', 'personal-email-security', 'multiple-login-ids', 'new-service-application', 'registration-hours']);
    expect(warnings).toEqual([
      'Askdown: /content/en/which-email.md:3: invalid YAML: the list that starts with "[" on this line is never closed\n  How to fix: End it with "]" on the same line: tags: [a, b]',
      // Its title is a suggested question, which would otherwise find another article.
      expect.stringContaining('the suggested question "What kind of email address should I prepare for pre-registration?" is left out'),
    ]);
    // The others drop it from their related lists instead of linking nowhere.
    for (const article of (pack as ContentPack).articles) expect(article.related).not.toContain('which-email');
    expect(pack).not.toHaveProperty('problems');
  });

  it('with data-preview, puts every problem in the pack for the panel to list', async () => {
    serveMarkdownFolder('content/en', 'en', { 'which-email.md': null, 'shared-email.md': '---\ntitel: Shared?\n---\nText.\n' });
    const pack = (await loadMarkdownSite('en', true)) as ContentPack;
    expect(pack.problems).toEqual([
      expect.stringMatching(/^\/content\/en\/shared-email\.md:2: unknown key "titel"\. Did you mean "title"\? \u2014 /),
      expect.stringMatching(/^\/content\/en\/shared-email\.md:\d+: missing "title" \u2014 /),
      expect.stringMatching(/^\/content\/en\/index\.md:\d+: the link to "which-email\.md" leads to a file that could not be fetched \(HTTP 404\) \u2014 Correct the file name/),
      expect.stringContaining('the suggested question "Can I register a group or shared email address?" is left out'),
      expect.stringContaining('the suggested question "What kind of email address should I prepare for pre-registration?" is left out'),
    ]);
    expect(ids(pack)).toHaveLength(4);
  });

  it('skips a bad synonym group and keeps the rest of the settings', async () => {
    const changed = (await index()).replace('  - [security, secure,', '  - [security measures, secure,');
    serveMarkdownFolder('content/en', 'en', { 'index.md': changed });
    const pack = (await loadMarkdownSite('en')) as ContentPack;
    expect(ids(pack)).toHaveLength(6);
    expect(warnings).toEqual([expect.stringContaining('synonym group 9: "security measures" is not a single word')]);
  });

  it('gives up, saying why, only when nothing usable is left: no index, or settings that cannot be read', async () => {
    serveMarkdownFolder('content/en', 'en', { 'index.md': null });
    expect(await loadMarkdownSite('en')).toEqual({ failed: '/content/en/index.md gave no usable content (1 problem, listed above)' });
    expect(warnings).toEqual([expect.stringContaining('/content/en/index.md: index.md could not be fetched (HTTP 404)')]);

    // With data-preview, the problems come with the failure, for the panel to list.
    serveMarkdownFolder('content/en', 'en', { 'index.md': 'title: no front matter\n' });
    expect(await loadMarkdownSite('en', true)).toEqual({ failed: expect.any(String), problems: [expect.stringMatching(/^\/content\/en\/index\.md:1: the file does not start with front matter/)] });
  });

  it('goes on with a wrong setting, reported: the link left out, the rest as written', async () => {
    const changed = (await index()).replace('greeting:', 'greting:').replace('url: https://example.com/contact', 'url: javascript:alert(1)');
    serveMarkdownFolder('content/en', 'en', { 'index.md': changed });
    const pack = (await loadMarkdownSite('en')) as ContentPack;
    expect(ids(pack)).toHaveLength(6);
    expect(pack.site.contact).toEqual({ label: 'Contact us', url: '' });
    expect(pack.site.registration.url).toBe('https://example.com/pre-registration');
    expect(warnings.join('\n')).toContain('unknown key "greting". Did you mean "greeting"?');
    expect(warnings.join('\n')).toContain('"contact.url" is not a web address');
  });

  it("leaves out a suggested question whose article is missing, rather than answer it with another, and says so", async () => {
    serveMarkdownFolder('content/en', 'en', { 'shared-email.md': '---\nquestons: [a]\n---\nText.\n' });
    const pack = (await loadMarkdownSite('en')) as ContentPack;
    expect(pack.site.suggestedQuestions).not.toContain('Can I register a group or shared email address?');
    expect(pack.site.suggestedQuestions).toHaveLength(2);
    expect(warnings.join('\n')).toContain('the suggested question "Can I register a group or shared email address?" is left out');
  });

  it('says a misspelt link is the thing to check, on its line in the index, without a false "did you mean"', async () => {
    const source = await index();
    const changed = source.replace('(registration-hours.md)', '(registration-hour.md)');
    serveMarkdownFolder('content/en', 'en', { 'index.md': changed });
    await loadMarkdownSite('en');
    const line = changed.split('\n').findIndex((text) => text.includes('registration-hour.md')) + 1;
    expect(warnings[0]).toMatch(new RegExp(`^Askdown: /content/en/index\\.md:${line}: the link to "registration-hour\\.md" leads to a file that could not be fetched \\(HTTP 404\\)`));
    expect(warnings.join('\n')).not.toContain('Did you mean "registration-hour"');
  });

  it('gives up when every article is broken', async () => {
    const broken = Object.fromEntries(['shared-email', 'which-email', 'personal-email-security', 'multiple-login-ids', 'new-service-application', 'registration-hours'].map((id) => [`${id}.md`, 'no front matter']));
    serveMarkdownFolder('content/en', 'en', broken);
    expect(await loadMarkdownSite('en')).toHaveProperty('failed');
    expect(warnings.filter((w) => w.includes('does not start with front matter'))).toHaveLength(6);
  });

  it('reads an article whose file name a URL must encode (Japanese, a space), as the build reads it', async () => {
    const shared = (await readFile('content/en/shared-email.md', 'utf8')).replace('---\n', '---\nid: shared-email\n');
    const linked = (await index()).replace('](shared-email.md)', '](<共有 アドレス.md>)');
    serveMarkdownFolder('content/en', 'en', { 'index.md': linked, [encodeURIComponent('共有 アドレス.md')]: shared, 'shared-email.md': null });
    const pack = await loadMarkdownSite('en');
    expect(ids(pack)).toContain('shared-email');
    expect(warnings).toEqual([]);
  });
});

