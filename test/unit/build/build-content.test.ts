import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent, reportBuild } from '../../../build/content/build-content';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'askdown-content-'));
  await cp('content', join(work, 'content'), { recursive: true });
});

afterEach(() => rm(work, { recursive: true, force: true }));

describe('buildContent', () => {
  it('writes one pack per locale', async () => {
    const result = await buildContent({ contentRoot: join(work, 'content'), outDir: join(work, 'dist/content') });
    expect(result.errors).toEqual([]);
    const pack = JSON.parse(await readFile(join(work, 'dist/content/en.json'), 'utf8'));
    expect(pack.locale).toBe('en');
    expect(pack.articles).toHaveLength(6);
  });

  it('writes nothing when any file is bad, leaving the last good pack in place', async () => {
    const outDir = join(work, 'dist/content');
    await buildContent({ contentRoot: join(work, 'content'), outDir });
    const before = await readFile(join(outDir, 'en.json'), 'utf8');

    await writeFile(join(work, 'content/en/shared-email.md'), '---\ntitle: [unclosed\n---\nText\n');
    const result = await buildContent({ contentRoot: join(work, 'content'), outDir });

    expect(result.written).toEqual([]);
    expect(result.errors[0]?.file).toMatch(/shared-email\.md$/);
    expect(await readFile(join(outDir, 'en.json'), 'utf8')).toBe(before);
    expect(await readdir(outDir)).toEqual(['en.json']);
    expect(reportBuild(result)).toMatch(/^Content build failed: 1 problem\. Nothing was written\.\n.*shared-email\.md:2: invalid YAML/);
  });
});
