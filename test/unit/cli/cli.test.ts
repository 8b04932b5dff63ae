import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

describe('npm run ask', () => {
  it('prints one JSON line with the answer, ranked results and related ids', async () => {
    const { stdout } = await run(TSX, ['build/cli/ask.ts', 'can several people share one login?', '--json']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? '');
    expect(result.outcome).toBe('answer');
    expect(result.answer).toBe('shared-email');
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.results[0]).toEqual({ id: 'shared-email', score: expect.any(Number) });
    expect(result.related).toEqual(['which-email', 'personal-email-security', 'multiple-login-ids']);
  });

  it('prints the title, score and related titles for people', async () => {
    const { stdout } = await run(TSX, ['build/cli/ask.ts', 'registration hours']);
    expect(stdout).toContain('Answer: Can I register my email address at any time during the pre-registration period?');
    expect(stdout).toMatch(/Score \d+(\.\d+)?, confidence 0\.9\d*/);
    expect(stdout).toContain('Related:');
  });

  it('offers the closest articles as "did you mean" for a one-word question several articles share', async () => {
    const { stdout } = await run(TSX, ['build/cli/ask.ts', 'email']);
    expect(stdout).toMatch(/^Did you mean one of these\? \(confidence 0\.\d+\)/);
    expect(stdout.trim().split('\n').slice(1)).toHaveLength(3);
  });

  it('prints "answer": null for a question the FAQ does not answer, and no empty list of closest articles', async () => {
    const { stdout } = await run(TSX, ['build/cli/ask.ts', '--json', 'what is the weather in Tokyo']);
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'none', answer: null, confidence: 0 });
    expect((await run(TSX, ['build/cli/ask.ts', 'what is the weather in Tokyo'])).stdout).toBe('No answer (confidence 0).\n');
  });
});

describe('the command lines editors type (found by a review)', () => {
  it('refuse an option they do not take, and a folder left among the words when -- was forgotten, instead of answering from the English content', async () => {
    const misspelt = run(TSX, ['build/cli/ask.ts', '共有アドレスは使えますか', '--contnet', 'content/ja']);
    await expect(misspelt).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('npm run ask: unknown option --contnet; the options are --content, --json, --help') });
    const forgotten = run(TSX, ['build/cli/ask.ts', '共有アドレスは使えますか', 'content/ja']);
    await expect(forgotten).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('"content/ja" is a folder, not part of the question') });
    const evalMisspelt = run(TSX, ['build/cli/eval.ts', 'test/fixtures/login-faq-ja.json', '--contnet', 'content/ja']);
    await expect(evalMisspelt).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('npm run eval: unknown option --contnet') });
  });

  it("says when a question is in another language than the content, which the widget would answer from that language's pack (a stranger's try)", async () => {
    const { stderr, stdout } = await run(TSX, ['build/cli/ask.ts', '共有アドレスは使えますか']);
    expect(stdout).toMatch(/^No answer/);
    expect(stderr).toBe('npm run ask: the question is in Japanese, and content/en is in English: the widget answers it from its Japanese pack; ask with --content content/ja\n');
    expect((await run(TSX, ['build/cli/ask.ts', '共有アドレスは使えますか', '--content', 'content/ja'])).stderr).toBe('');
    const set = await run(TSX, ['build/cli/eval.ts', 'test/fixtures/login-faq-ja.json', '--misses', '0']);
    expect(set.stderr).toContain('npm run eval: most questions are in Japanese, and content/en is in English: the widget answers them from its Japanese pack; ask with --content content/ja');
  }, 30_000);

  it("eval says in words what is wrong with a missing file, a file that is not JSON, and a --misses that is no count; ask's --help is no error (a stranger's try)", async () => {
    await expect(run(TSX, ['build/cli/eval.ts', 'nothing.json'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('nothing.json could not be read (there is no such file): give a question set') });
    await expect(run(TSX, ['build/cli/eval.ts', 'README.md'])).rejects.toMatchObject({ code: 1, stderr: 'README.md is not JSON: a question set is {"queries": [{"query": "...", "expected": ["id", ...]}]}\n' });
    await expect(run(TSX, ['build/cli/eval.ts', 'test/fixtures/login-faq-queries.json', '--misses', 'abc'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--misses takes how many misses to list, a whole number from 0, not "abc"') });
    await expect(run(TSX, ['build/cli/ask.ts', '--help'])).resolves.toMatchObject({ stderr: expect.stringContaining('Usage: npm run ask') });
  }, 30_000);

  it("ask names a missing folder, and the folder of languages that build:content takes, asking for one language's (a stranger's try as an editor)", async () => {
    await expect(run(TSX, ['build/cli/ask.ts', 'shared email', '--content', 'contnet/en'])).rejects.toMatchObject({
      code: 1,
      stderr: "contnet/en: no such folder; --content takes one language's folder, e.g. --content content/en\n",
    });
    await expect(run(TSX, ['build/cli/ask.ts', 'shared email', '--content', 'content'])).rejects.toMatchObject({
      code: 1,
      stderr: 'content holds the language folders (en, ja): --content takes one of them, e.g. --content content/en\n',
    });
  });

  it('eval names an expected id that is no article, with the closest, and still scores the set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'askdown-eval-'));
    try {
      const file = join(dir, 'set.json');
      await writeFile(file, JSON.stringify({ queries: [{ query: 'shared mailbox', expected: ['shared-emial'] }, { query: 'registration hours', expected: ['registration-hours'] }] }));
      const { stdout, stderr } = await run(TSX, ['build/cli/eval.ts', file]);
      expect(stderr).toContain('expects ids that are no article of content/en, so their questions count as misses: "shared-emial" (did you mean "shared-email"?)');
      expect(JSON.parse(stdout.trim().split('\n').pop() ?? '').queries).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run eval', () => {
  it('scores a query set with its own articles and ends with a JSON line of metrics', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'askdown-eval-'));
    const file = join(dir, 'set.json');
    await writeFile(
      file,
      JSON.stringify({
        articles: [
          { id: 'tea', question: 'How do I make green tea?', answer: 'Steep the leaves in water at 80 degrees.' },
          { id: 'bread', question: 'How do I bake bread?', answer: 'Knead the dough and bake it for 40 minutes.' },
        ],
        queries: [
          { query: 'green tea', expected: ['tea'] },
          { query: 'baking bread at home', expected: ['bread'] },
          { query: 'how to fix a bicycle', expected: [] },
        ],
      }),
    );
    try {
      const { stdout } = await run(TSX, ['build/cli/eval.ts', file, '--curve']);
      const last = JSON.parse(stdout.trim().split('\n').pop() ?? '');
      expect(last).toMatchObject({ queries: 3, p1: 1, mrr10: 1, map100: 1, answered: 1, answerP1: 1, noAnswerAccuracy: 1 });
      expect(last).toMatchObject({ answerPrecision: 1, didYouMean: 0, choiceRecall: null, missedTop: 0, coverageAtP90: 1, aurc: 0 });
      expect(last.msPerQuery).toEqual(expect.any(Number));
      expect(stdout).toContain('Misses: 0 of 3');
      expect(stdout).toMatch(/Risk-coverage[^\n]*\ncoverage  precision  confidence >=(\n +[01]\.\d{3} +1\.000 +0\.\d{3}){1,2}$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads articles from --content when the file has none', async () => {
    const { stdout } = await run(TSX, ['build/cli/eval.ts', 'test/fixtures/login-faq-queries.json', '--content', 'content/en']);
    const last = JSON.parse(stdout.trim().split('\n').pop() ?? '');
    expect(last.queries).toBeGreaterThanOrEqual(75);
    expect(last.noAnswerAccuracy).toEqual(expect.any(Number));
  });
});
