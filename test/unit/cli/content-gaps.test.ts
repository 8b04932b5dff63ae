import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../../../build/cli/load-pack';
import { readGapEvents } from '../../../build/gaps/gap-events';
import { buildGapReport, renderGapReport } from '../../../build/gaps/gap-report';
import { unknownWords } from '../../../build/gaps/unknown-words';
import type { ContentPack } from '../../../widget/content-pack';

const run = promisify(execFile);
const SAMPLE = 'test/fixtures/gap-events.jsonl';
let en: ContentPack;

beforeAll(async () => {
  en = await loadPackFromDir('content/en');
});

describe('the gap report', () => {
  it('reads the forwarded events, and names each line it cannot read', async () => {
    const { events, problems } = readGapEvents(await readFile(SAMPLE, 'utf8'));
    expect(problems).toEqual(['line 21: not JSON', 'line 22: a "no-answer" event without its question']);
    expect(events.filter((e) => e.kind === 'asked')).toHaveLength(11);
    expect(events.filter((e) => e.kind === 'unanswered')).toHaveLength(6);
    // A helpful answer is not a gap; an unhelpful one is, with the article given.
    expect(events.filter((e) => e.kind === 'unhelpful')).toEqual([
      { kind: 'unhelpful', question: 'who is responsible for the shared password', id: 'shared-email' },
      { kind: 'unhelpful', question: 'who is responsible for the password when we share', id: 'shared-email' },
    ]);
    // An answer the visitor picked from "Did you mean" is one the FAQ could have given at once; others are not.
    expect(events.filter((e) => e.kind === 'chosen')).toEqual([
      { kind: 'chosen', question: 'corp addr or private one for prereg?', id: 'which-email' },
      { kind: 'chosen', question: 'corp address or private address for prereg', id: 'which-email' },
    ]);
  });

  it('groups questions with the same meaningful words, most asked first, each with its closest article and fix', async () => {
    const report = buildGapReport(readGapEvents(await readFile(SAMPLE, 'utf8')).events, en);
    expect(report).toMatchObject({ asked: 11, unanswered: 6, unhelpful: 2, chosen: 2 });
    expect(report.clusters.map((c) => [c.kind, c.count, c.examples])).toEqual([
      ['unanswered', 3, ['pre-registration deadline', 'what is the deadline for pre-registration?']],
      ['unanswered', 2, ['how do I reset my password', 'reset password please']],
      ['unhelpful', 2, ['who is responsible for the password when we share', 'who is responsible for the shared password']],
      ['chosen', 2, ['corp addr or private one for prereg?', 'corp address or private address for prereg']],
      ['unanswered', 1, ["can the agency use one group mailbox"]],
    ]);
    const [deadline, , unhelpful, chosen, agency] = report.clusters;
    expect(chosen?.article?.id).toBe('which-email');
    expect(chosen?.fix).toBe('Add "corp addr or private one for prereg?" to the `questions:` of "which-email", so the next visitor who asks it gets the answer at once.');
    // The FAQ never gives a deadline: little of the question is in the closest article, so a new article comes
    // first, the closest one named for the editor to judge.
    expect(deadline?.fix).toMatch(/^No article seems to be about this\. Write one if the FAQ should answer it; if "registration-hours"/);
    // On topic but in words the articles do not use: the article is named, and the question to add to it.
    expect(agency?.article?.id).toBe('shared-email');
    expect(agency?.fix).toContain(`add "can the agency use one group mailbox" to its \`questions:\``);
    expect(unhelpful?.article?.id).toBe('shared-email');
    expect(unhelpful?.fix).toMatch(/^Check that "shared-email" answers/);
  });

  it('renders Markdown an editor can act on', async () => {
    const report = buildGapReport(readGapEvents(await readFile(SAMPLE, 'utf8')).events, en);
    const markdown = renderGapReport(report, SAMPLE, 'content/en');
    expect(markdown).toContain('6 questions got no answer (55% of 11 questions asked); 2 answers marked as not helpful; 2 answers picked from "Did you mean".');
    expect(markdown).toContain('### 1. “pre-registration deadline”: 3 times');
    expect(markdown).toContain('- Also asked: “what is the deadline for pre-registration?”');
    expect(markdown).toContain('## Answers marked not helpful');
    expect(markdown).toContain('## Answered only after "Did you mean"');
    expect(markdown).toContain('- Picked: What kind of email address should I prepare for pre-registration? (`which-email`)');
    expect(markdown).toContain('- **corp**: 2 questions, perhaps short for “corporate”, e.g. “corp addr or private one for prereg?”');
    expect(renderGapReport(buildGapReport([], en), SAMPLE, 'content/en')).toContain('Nothing to fix');
  });

  it('lists the words of the questions asked that no article or synonym group has, most used first', async () => {
    const report = buildGapReport(readGapEvents(await readFile(SAMPLE, 'utf8')).events, en);
    expect(report.unknownWords).toEqual([
      { word: 'deadline', count: 3, example: 'pre-registration deadline' },
      { word: 'corp', count: 2, example: 'corp addr or private one for prereg?', shortFor: 'corporate' },
      { word: 'reset', count: 2, example: 'how do I reset my password' },
      { word: 'agency', count: 1, example: "can the agency use one group mailbox" },
      { word: 'addr', count: 1, example: 'corp addr or private one for prereg?', shortFor: 'address' },
    ]);
    // "prereg" is in content/en's synonym groups, "mailbox" in its articles, "pre-registration" in both: not listed.
    expect(report.unknownWords.map((w) => w.word)).not.toContain('prereg');
  });

  it("leaves out questions in another language than the content's, and says how to report on them", async () => {
    const ja = await loadPackFromDir('content/ja');
    const events = [
      { kind: 'unanswered' as const, question: 'pre-registration deadline' },
      { kind: 'unanswered' as const, question: '事前登録の期限はいつまでですか' },
      { kind: 'asked' as const, question: '事前登録の期限はいつまでですか' },
    ];
    const english = buildGapReport(events, en);
    expect(english).toMatchObject({ unanswered: 1, otherLanguage: 2 });
    expect(english.unknownWords.map((w) => w.word)).toEqual(['deadline']);
    expect(renderGapReport(english, SAMPLE, 'content/en')).toContain("2 events in another language than this content's left out");
    expect(renderGapReport(english, SAMPLE, 'content/en')).toContain('(`--content content/ja`, say)');
    const japanese = buildGapReport(events, ja);
    expect(japanese).toMatchObject({ unanswered: 1, otherLanguage: 1 });
    // The other folder is named, not the one just used.
    expect(renderGapReport(japanese, SAMPLE, 'content/ja')).toContain('(`--content content/en`, say)');
    expect(japanese.clusters[0]?.examples).toEqual(['事前登録の期限はいつまでですか']);
  });

  it('names the article the visitors were shown, and counts right when only no-answer events were forwarded', async () => {
    const events = [
      { kind: 'unanswered' as const, question: 'can the agency use the vessel mailbox', closest: ['shared-email'] },
      { kind: 'unanswered' as const, question: 'what is the deadline', closest: ['registration-hours'] },
    ];
    const report = buildGapReport(events, en);
    expect(report.clusters.map((c) => c.article?.id)).toEqual(['shared-email', 'registration-hours']);
    // Without the questions themselves there is no share to give, and the words come from these events.
    const markdown = renderGapReport(report, SAMPLE, 'content/en');
    expect(markdown).toContain('2 questions got no answer; 0 answers marked as not helpful; 0 answers picked from "Did you mean".');
    expect(report.unknownWords.map((w) => w.word)).toEqual(expect.arrayContaining(['deadline', 'agency', 'vessel']));
    expect(report.clusters[1]?.fix).toBe(
      'No article seems to be about this. Write one if the FAQ should answer it; if "registration-hours" does already, add the question to its `questions:` instead.',
    );
  });

  it("says so where today's content answers at once what the events say it did not, instead of asking for it again", () => {
    const events = [
      { kind: 'unanswered' as const, question: 'Can several people share one log-in?' },
      { kind: 'chosen' as const, question: 'Which email address should I use to pre-register?', id: 'which-email' },
      { kind: 'unanswered' as const, question: 'what is the deadline for pre-registration' },
    ];
    const report = buildGapReport(events, en);
    const fixOf = (example: string) => report.clusters.find((c) => c.examples.includes(example))?.fix ?? '';
    expect(fixOf('Can several people share one log-in?')).toMatch(/^The content answers this at once today, with "shared-email"/);
    expect(fixOf('Which email address should I use to pre-register?')).toMatch(/^The content answers this at once today, with "which-email"/);
    expect(fixOf('what is the deadline for pre-registration')).not.toMatch(/answers this at once today/);
  });

  it('never asks for an edit to an article deleted or renamed since the events: names it as gone, and the article of today', () => {
    const events = [
      { kind: 'unanswered' as const, question: 'can the agency use the vessel mailbox', closest: ['group-mailbox'] },
      { kind: 'unhelpful' as const, question: 'who is responsible for the shared password', id: 'old-shared' },
      { kind: 'chosen' as const, question: 'corp addr or private one for prereg?', id: 'email-kinds' },
    ];
    const report = buildGapReport(events, en);
    const [unanswered, unhelpful, chosen] = report.clusters;
    // Today's closest article instead of the one the visitors were shown, which is no more.
    expect(unanswered?.article?.id).toBe('shared-email');
    expect(unanswered?.fix).toContain('"shared-email"');
    expect(unanswered?.fix).not.toContain('group-mailbox');
    for (const [cluster, gone] of [[unhelpful, 'old-shared'], [chosen, 'email-kinds']] as const) {
      expect(cluster?.article).toEqual({ id: gone, title: null });
      expect(cluster?.fix).toMatch(new RegExp(`^"${gone}" is no article of the content today \\(deleted or renamed since these events\\)`));
      expect(cluster?.fix).not.toMatch(new RegExp(`questions:\` of "${gone}"`));
    }
    expect(unhelpful?.fix).toContain('"shared-email"');
    expect(chosen?.fix).toContain('"which-email"');
    expect(renderGapReport(report, SAMPLE, 'content/en')).toContain('- Answer given: `old-shared`, no article today');
  });

  it('clusters Japanese questions by their meaningful words', async () => {
    const ja = await loadPackFromDir('content/ja');
    const questions = ['事前登録の期限はいつまでですか', '事前登録の期限を教えて', 'パスワードを忘れました'];
    const report = buildGapReport(questions.map((question) => ({ kind: 'unanswered' as const, question })), ja);
    expect(report.clusters.map((c) => c.examples)).toEqual([['事前登録の期限はいつまでですか', '事前登録の期限を教えて'], ['パスワードを忘れました']]);
    // Words of the articles are known however the segmenter cut them there (事前登録用 here, 事前登録 there).
    const words = unknownWords(['事前登録用に併用しているアドレスはだめ？', '併用のアドレス'], ja);
    expect(words.map((w) => [w.word, w.count])).toEqual([['併用', 2]]);
  });

  it('runs as npm run content:gaps, writing the report where told and the skipped lines to stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'askdown-gaps-'));
    try {
      const out = join(dir, 'gaps.md');
      const { stderr } = await run(join('node_modules', '.bin', 'tsx'), ['build/cli/content-gaps.ts', SAMPLE, '--out', out]);
      expect(stderr).toContain(`${SAMPLE}: line 21: not JSON (skipped)`);
      expect(stderr).toContain(`Gap report written: ${out}`);
      expect(await readFile(out, 'utf8')).toMatch(/^# Questions the FAQ did not answer/);
      // A wrong path is said in words, not as a Node error code.
      const missing = await run(join('node_modules', '.bin', 'tsx'), ['build/cli/content-gaps.ts', join(dir, 'nothing.jsonl')]).catch((error: { stderr: string }) => error);
      expect(missing.stderr).toContain('nothing.jsonl could not be read (there is no such file): give the JSON-lines file');
      // A misspelt option, a file of no events, an --out in no folder: said, not a report of the wrong content, a
      // "nothing to fix" or a Node error code (a stranger's try).
      const misspelt = await run(join('node_modules', '.bin', 'tsx'), ['build/cli/content-gaps.ts', SAMPLE, '--contnet', 'content/ja']).catch((error: { code: number; stderr: string }) => error);
      expect(misspelt).toMatchObject({ code: 2, stderr: expect.stringContaining('npm run content:gaps: unknown option --contnet; the options are --content, --out.') });
      const noEvents = await run(join('node_modules', '.bin', 'tsx'), ['build/cli/content-gaps.ts', 'package.json']).catch((error: { code: number; stderr: string }) => error);
      expect(noEvents).toMatchObject({ code: 1, stderr: expect.stringContaining("package.json holds no event of the widget's (every line was skipped)") });
      const noFolder = await run(join('node_modules', '.bin', 'tsx'), ['build/cli/content-gaps.ts', SAMPLE, '--out', join(dir, 'none', 'gaps.md')]).catch((error: { code: number; stderr: string }) => error);
      expect(noFolder).toMatchObject({ code: 1, stderr: expect.stringContaining('gaps.md could not be written (there is no such folder)') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
