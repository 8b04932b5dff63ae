import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../build/content/build-content';
import { serveOnFreePort, type RunningServer } from '../../build/demo/static-server';
import { launchChromium } from '../../build/browser/chromium';
import { TEST_CSP } from './harness';

const run = promisify(execFile);
const TSC = resolve('node_modules/.bin/tsc');

/** `npm pack` of this checkout (as built), installed in a fresh folder as a web team's project would. */
let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'askdown-npm-'));
  // --ignore-scripts: the package is packed from the dist/ this run has just built.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project]);
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'web-team-site', private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(project, filename)], { cwd: project });
}, 120_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** Type-checks `source` as a web team's TypeScript file against the installed package; resolves with tsc's output. */
async function typeCheck(source: string): Promise<string> {
  await writeFile(join(project, 'use.ts'), source);
  const args = ['--ignoreConfig', '--noEmit', '--strict', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom', 'use.ts'];
  try {
    await run(TSC, args, { cwd: project });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/**
 * Serves `roots` under the strict CSP and opens `path` in Chromium, noting every console error, warning and page
 * error; `use` runs with the page and those problems, then browser and server close.
 */
async function onServedPage(roots: string[], path: string, use: (page: Page, problems: string[]) => Promise<void>): Promise<void> {
  let server: RunningServer | undefined;
  const browser = await launchChromium();
  try {
    server = await serveOnFreePort(roots, TEST_CSP);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.origin}${path}`);
    await use(page, problems);
  } finally {
    await browser.close();
    await server?.close();
  }
}

describe('the npm package', () => {
  it('holds the script-tag files, their types and the licence, and not the content', async () => {
    const installed = join(project, 'node_modules', 'askdown', 'dist');
    for (const file of ['askdown.js', 'askdown-app.js', 'askdown-ja.js', 'askdown.d.ts', 'integrity.json', 'npm/askdown.js', 'npm/askdown.d.ts']) {
      await expect(access(join(installed, file))).resolves.toBeUndefined();
    }
    await expect(access(join(installed, 'content'))).rejects.toThrow();
    await expect(access(join(installed, '..', 'LICENSE'))).resolves.toBeUndefined();
  });

  it('types mount(), its options, the API and the events, and refuses what they do not allow', async () => {
    expect(
      await typeCheck(`import { mount, type AskdownApi } from 'askdown';
const api: AskdownApi = mount({ content: '/help/{locale}.json', locales: 'en ja', theme: 'dark', position: 'left', open: false });
api.on('answer', (detail) => detail.source.toUpperCase());
api.showArticle('shared-email');
api.suggest(['which-email']);
api.destroy();
`),
    ).toBe('');
    expect(await typeCheck(`import { mount } from 'askdown';\nmount({ theme: 'purple' });\n`)).toContain('purple');
    expect(await typeCheck(`import { mount } from 'askdown';\nmount().on('answer', (d) => d.nope);\n`)).toContain('nope');
  });

  it('is bundled by a web team\'s build and answers on their page', async () => {
    await writeFile(join(project, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Web team site</title></head><body><h1>Web team site</h1><script type="module" src="./main.js"></script></body></html>');
    await writeFile(join(project, 'main.js'), "import { mount } from 'askdown';\nmount({ content: '/content/{locale}.json', title: 'Need help?' });\n");
    await build({ root: project, logLevel: 'warn', configFile: false, build: { outDir: join(project, 'site'), emptyOutDir: true } });
    // The browser asks for one; a 404 would be the page's only console error.
    await writeFile(join(project, 'site', 'favicon.ico'), '');

    await onServedPage([join(project, 'site'), 'dist'], '/index.html', async (page, problems) => {
      await page.getByRole('button', { name: 'Need help?' }).click();
      const input = page.getByRole('textbox', { name: 'Your question' });
      await input.fill('registration hours');
      await input.press('Enter');
      await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
      // No global: the API is what mount() returned.
      expect(await page.evaluate(() => 'Askdown' in window)).toBe(false);
      // The app came from the bundle, not from the script-tag files.
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''));
      expect(scripts.filter((name) => /^askdown(-app|-ja)?\.js$/.test(name))).toEqual([]);
      expect(problems, scripts.join(' ')).toEqual([]);
    });
  });

  it("reads a sharded pack, whose reader shares the app's modules in the web team's bundle, with the app's Japanese rules", async () => {
    // The reader installs the analysis and rules the app lends it: in one bundle they are its own modules, which
    // once recursed on the first question.
    const content = join(project, 'sharded');
    const result = await buildContent({ contentRoot: 'content', outDir: join(content, 'content'), faqDir: join(content, 'faq'), shardAbove: 0 });
    expect(result.errors).toEqual([]);
    await writeFile(join(project, 'sharded.html'), '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Web team site</title></head><body><h1>Web team site</h1><script type="module" src="./sharded.js"></script></body></html>');
    await writeFile(join(project, 'sharded.js'), "import { mount } from 'askdown';\nmount({ content: '/content/{locale}.json', locales: 'ja en' });\n");
    await build({ root: project, logLevel: 'warn', configFile: false, build: { outDir: join(project, 'site-sharded'), emptyOutDir: true, rollupOptions: { input: join(project, 'sharded.html') } } });
    await writeFile(join(project, 'site-sharded', 'favicon.ico'), '');

    await onServedPage([join(project, 'site-sharded'), content], '/sharded.html', async (page, problems) => {
      // Named in English until the app has read the Japanese pack.
      await page.locator('askdown-widget .launcher').click();
      const input = page.getByRole('textbox', { name: 'ご質問' });
      await input.fill('グループアドレスは登録できますか');
      await input.press('Enter');
      await page.getByRole('heading', { level: 3, name: 'グループアドレス・共有アドレスを登録することはできますか？' }).waitFor();
      // The Japanese script's reading of "where" reaches the reader's matcher: a choice, not the rule.
      await input.fill('利用履歴はどこで確認できますか');
      await input.press('Enter');
      await page.getByText('次のいずれかをお探しですか？', { exact: true }).waitFor();
      const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      expect(requested.some((path) => /^\/content\/ja\.[0-9a-f]{12}\/terms\//.test(path))).toBe(true);
      expect(problems).toEqual([]);
    });
  });
});
