import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as published from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slimJsYaml } from '../../../vite.config';

type JsYaml = typeof published;

const JS_YAML = 'node_modules/js-yaml/dist/js-yaml.mjs';

/** js-yaml as the Markdown script bundles it: through the build's transform, imported from a file of its own. */
async function transformedJsYaml(dir: string): Promise<JsYaml> {
  const plugin = slimJsYaml();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
  const result = transform.call({}, await readFile(JS_YAML, 'utf8'), `/project/${JS_YAML}`);
  if (!result) throw new Error('the transform left js-yaml alone');
  const file = join(dir, 'js-yaml.mjs');
  await writeFile(file, result.code);
  return (await import(pathToFileURL(file).href)) as JsYaml;
}

/** What `load` makes of `text` with the core schema: the data, or the error's reason and line. */
function read(yaml: JsYaml, text: string): unknown {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    const problem = error as { reason?: string; mark?: { line?: number } };
    return { reason: problem.reason, line: problem.mark?.line };
  }
}

/** Every front matter of the real content, and YAML whose reading the default schema would change. */
async function samples(): Promise<string[]> {
  const texts: string[] = [];
  for (const locale of ['en', 'ja']) {
    for (const name of await readdir(join('content', locale))) {
      const source = await readFile(join('content', locale, name), 'utf8');
      texts.push(source.split(/^---$/m)[1] ?? '');
    }
  }
  return [
    ...texts,
    'opens: 2026-12-01\nat: 2026-12-01T09:00:00Z',
    'base: &base {a: 1}\nmerged:\n  <<: *base\n  b: 2',
    'data: !!binary aGVsbG8=',
    'list: !!set {a, b}',
    'pairs: !!omap [a: 1, b: 2]',
    'answer: yes\nother: on\nnumber: 0o17\nhex: 0x1F\nnothing: ~',
    'title: "unclosed',
    'tags: [a, b',
  ];
}

describe("js-yaml as the Markdown script bundles it (vite.config.ts's slimJsYaml)", () => {
  let dir: string;
  let bundled: JsYaml;
  beforeAll(async () => {
    dir = await mkdtemp(join(os.tmpdir(), 'askdown-js-yaml-'));
    bundled = await transformedJsYaml(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads every sample exactly as js-yaml as published does with the core schema, errors\' reasons and lines too', async () => {
    const texts = await samples();
    expect(texts.length).toBeGreaterThan(14);
    for (const text of texts) expect(read(bundled, text), text).toEqual(read(published, text));
  });

  it('no longer reaches the default schema\'s extra types, nor makes snippets, which the bundler may then drop', () => {
    expect(bundled.DEFAULT_SCHEMA).toBe(bundled.CORE_SCHEMA);
    expect(published.DEFAULT_SCHEMA).not.toBe(published.CORE_SCHEMA);
    const snippetOf = (yaml: JsYaml) => {
      try {
        yaml.load('title: "open', { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        return (error as { mark?: { snippet?: string } }).mark?.snippet;
      }
    };
    expect(snippetOf(published)).toContain('title');
    expect(snippetOf(bundled)).toBeUndefined();
  });

  it('stops the build when js-yaml no longer reads as expected', () => {
    const transform = slimJsYaml().transform as (code: string, id: string) => unknown;
    expect(() => transform.call({}, 'var _default = somethingElse;', `/project/${JS_YAML}`)).toThrow(/slimJsYaml/);
    const withoutSnippets = 'var _default = core.extend({ implicit: [] });';
    expect(() => transform.call({}, withoutSnippets, `/project/${JS_YAML}`)).toThrow(/slimJsYaml/);
    expect(transform.call({}, 'var _default = somethingElse;', '/project/other.js')).toBeNull();
  });
});
