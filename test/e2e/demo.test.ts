import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { askQuestion, openPage, useChromium } from './harness';

const chromium = useChromium();
let demo: ChildProcess | undefined;

/** A copy of the content, which the tests edit as an editor would, in a folder removed afterwards. */
let content: string;

afterAll(async () => {
  demo?.kill();
  if (content) await rm(join(content, '..'), { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `npm run demo`'s script as a web team would run it, on a copy of the content, and resolves with the
 * demo page's and the live preview's origins once it serves.
 */
async function startDemo(): Promise<{ demo: string; preview: string }> {
  // The demo takes PORT and the preview PORT + 1, which is free too but for a rare clash (the preview then exits).
  const port = await freePort();
  const work = await mkdtemp(join(tmpdir(), 'askdown-demo-'));
  content = join(work, 'content');
  await cp('content', content, { recursive: true });
  // The packs go to a site folder of their own: the other browser tests read dist/content/ at the same time.
  // With the content build's --faq-address, as `npm run demo -- --faq-address …` passes it.
  demo = spawn(process.execPath, ['--import', 'tsx', 'build/serve-demo.ts', '--faq-address', 'https://example.com/help/faq'], {
    env: { ...process.env, PORT: String(port), ASKDOWN_CONTENT: content, ASKDOWN_SITE: join(work, 'site') },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    demo?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Live preview:')) resolve({ demo: `http://127.0.0.1:${port}`, preview: `http://127.0.0.1:${port + 1}` });
    });
    demo?.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    demo?.on('exit', (code) => reject(new Error(`the demo exited with ${code}: ${output}`)));
  });
}

let origins: Promise<{ demo: string; preview: string }> | undefined;

async function editArticle(id: string, change: (source: string) => string): Promise<void> {
  const file = join(content, 'en', `${id}.md`);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('npm run demo', () => {
  // The demo's whole build (seven Vite builds with Terser, then the content) comes first: 21 s alone on a slow
  // 2-core VM, and over the suite's 30 s in a clean-clone CI run on it (2026-11-29).
  it('builds the facade, the app and the content, and serves a page where the widget answers', async () => {
    // Gone before the demo starts, so only the demo's own build can bring it back.
    await rm('dist/askdown-app.js', { force: true });
    origins = startDemo();
    const { page, problems } = await openPage(chromium.browser, `${(await origins).demo}/`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('writes the FAQ pages with the address it was given, as the content build does', async () => {
    await (origins ?? (origins = startDemo()));
    const page = await readFile(join(content, '..', 'site', 'faq', 'en', 'index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://example.com/help/faq/en/">');
  });

  it('pushes a content edit to the live preview without a reload, keeping the conversation, and lists a problem until it is fixed', async () => {
    const { preview } = await (origins ?? (origins = startDemo()));
    const { page } = await openPage(chromium.browser, `${preview}/demo/preview.html`, { bypassCSP: true });
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();

    await editArticle('registration-hours', (source) => source.replace('24 hours a day.', '24 hours a day, even on holidays.'));
    await expect.poll(async () => {
      await askQuestion(page, 'registration hours');
      return page.getByText('even on holidays').count();
    }, { timeout: 15_000 }).toBeGreaterThan(0);
    // The first answer is still there: same page, same conversation.
    expect(await page.getByRole('heading', { level: 3, name: /at any time/ }).count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // Closed, so that axe reads the page and the problem list with nothing of the panel under it.
    await page.keyboard.press('Escape');
    await editArticle('registration-hours', (source) => source.replace(/^title: .*$/m, 'titel: When?'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/registration-hours\.md, line 2: unknown key "titel"/);
    expect(await alert.textContent()).toContain('Use only these keys');
    expect(await axeViolations(page, 'page')).toEqual([]);
    // A preview opened (or reloaded) while the content is broken is told at once.
    await page.reload();
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/unknown key "titel"/);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await editArticle('registration-hours', (source) => source.replace('titel: When?', 'title: Can I register my email address at any time during the pre-registration period?'));
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(0);
    // Fixed without a reload either.
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.context().close();
  });

  it('rebuilds on every save, also after a save that replaces the file (an editor writing a copy and renaming it, git checkout) (found by a review)', async () => {
    await (origins ?? (origins = startDemo()));
    const file = join(content, 'en', 'registration-hours.md');
    const pack = join(content, '..', 'site', 'content', 'en.json');
    const saves: ((text: string) => Promise<void>)[] = [
      async (text) => {
        await writeFile(`${file}.tmp`, text);
        await rename(`${file}.tmp`, file);
      },
      (text) => writeFile(file, text),
      (text) => writeFile(file, text),
    ];
    for (const [i, save] of saves.entries()) {
      await save((await readFile(file, 'utf8')).replace(/24 hours a day[^.]*\./, `24 hours a day (save ${i}).`));
      await expect.poll(async () => (await readFile(pack, 'utf8')).includes(`(save ${i})`), { timeout: 15_000, message: `save ${i}` }).toBe(true);
    }
  }, 60_000);
});
