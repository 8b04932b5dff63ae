import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnFreePort, type RunningServer } from '../../../build/demo/static-server';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(os.tmpdir(), 'askdown-static-'));
  await writeFile(join(dir, 'app.js'), 'console.log(1);');
  server = await serveOnFreePort([dir]);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the demo and test server', () => {
  it('lets the browser cache a file but revalidate it, answering 304 while it is unchanged and 200 once edited', async () => {
    const first = await fetch(`${server.origin}/app.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const unchanged = await fetch(`${server.origin}/app.js`, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await writeFile(join(dir, 'app.js'), 'console.log(22);');
    await utimes(join(dir, 'app.js'), new Date(), new Date(Date.now() + 5000));
    const edited = await fetch(`${server.origin}/app.js`, { headers: { 'If-None-Match': etag } });
    expect(edited.status).toBe(200);
    expect(await edited.text()).toBe('console.log(22);');
  });
});
