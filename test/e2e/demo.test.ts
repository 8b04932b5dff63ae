import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { askQuestion, openPage, useChromium } from './harness';

const chromium = useChromium();
let demo: ChildProcess | undefined;

afterAll(() => {
  demo?.kill();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `npm run demo`'s script as a web team would run it and resolves with its URL once it serves. */
async function startDemo(): Promise<string> {
  const port = await freePort();
  demo = spawn(process.execPath, ['--import', 'tsx', 'build/serve-demo.ts'], { env: { ...process.env, PORT: String(port) } });
  return new Promise((resolve, reject) => {
    let output = '';
    demo?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Askdown demo:')) resolve(`http://127.0.0.1:${port}`);
    });
    demo?.on('exit', (code) => reject(new Error(`the demo exited with ${code}: ${output}`)));
  });
}

describe('npm run demo', () => {
  it('builds the facade, the app and the content, and serves a page where the widget answers', async () => {
    // Gone before the demo starts, so only the demo's own build can bring it back.
    await rm('dist/askdown-app.js', { force: true });
    const origin = await startDemo();
    const { page, problems } = await openPage(chromium.browser, `${origin}/`);
    await page.getByRole('button', { name: 'Questions?' }).click();
    await askQuestion(page, 'registration hours');
    await page.getByRole('heading', { level: 3, name: /at any time/ }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
