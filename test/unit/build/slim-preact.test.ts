// @vitest-environment jsdom
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as published from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slimPreact } from '../../../vite.config';

type Preact = typeof published;

const PREACT = 'node_modules/preact/dist/preact.mjs';

function transform(code: string): string {
  const plugin = slimPreact();
  const result = (plugin.transform as (code: string, id: string) => { code: string } | null).call({}, code, `/project/${PREACT}`);
  if (!result) throw new Error('the transform left Preact alone');
  return result.code;
}

let dir: string;
let slim: Preact;

beforeAll(async () => {
  // Inside the project: the jsdom environment's module runner imports no file outside it.
  await mkdir('node_modules/.cache', { recursive: true });
  dir = await mkdtemp(join('node_modules/.cache', 'slim-preact-'));
  const file = join(dir, 'preact.mjs');
  await writeFile(file, transform(await readFile(PREACT, 'utf8')));
  slim = (await import(/* @vite-ignore */ resolve(file))) as Preact;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A panel-like tree: every kind of element and attribute the widget's components draw, updated once. */
function drawn(preact: Preact, step: number): { html: string; namespaces: string[] } {
  const h = preact.h;
  const tree = h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', hidden: step === 0, tabIndex: -1 }, [
    h('h2', { id: 'title', class: 'panel-title' }, step ? 'Questions?' : 'Fragen?'),
    h('select', { class: 'language', value: step ? 'ja' : 'en', 'aria-label': 'Language' }, [h('option', { value: 'en' }, 'English'), h('option', { value: 'ja' }, '日本語')]),
    h('ul', { class: 'suggested' }, [h('li', null, h('button', { class: 'suggested-button', type: 'button', disabled: step === 1 }, 'Can I register?'))]),
    h('div', { class: 'answer-body', dangerouslySetInnerHTML: { __html: '<p>With the <a href="https://example.com/">new system</a>.</p>' } }),
    h('input', { id: 'q', class: 'composer-input', value: step ? 'shared' : '', placeholder: 'Ask', autocomplete: 'off', 'aria-describedby': 'note' }),
    h('a', { class: 'cta', href: 'https://example.com/register', target: '_blank', rel: 'noopener' }, 'Register'),
  ]);
  const root = document.createElement('div');
  preact.render(tree, root);
  if (step) preact.render(tree, root);
  return { html: root.innerHTML, namespaces: [...root.querySelectorAll('*')].map((element) => element.namespaceURI ?? '') };
}

describe('slimPreact', () => {
  it('draws the HTML the widget draws exactly as published Preact does, every element in the HTML namespace', () => {
    for (const step of [0, 1]) {
      const ours = drawn(slim, step);
      expect(ours).toEqual(drawn(published, step));
      expect(new Set(ours.namespaces)).toEqual(new Set(['http://www.w3.org/1999/xhtml']));
    }
  });

  it('leaves out the SVG and MathML branches, and stops the build if Preact no longer reads as expected', async () => {
    const source = await readFile(PREACT, 'utf8');
    const code = transform(source);
    expect(code).not.toContain('http://www.w3.org/2000/svg');
    expect(code).not.toContain('MathML');
    expect(code.length).toBeLessThan(source.length);
    expect(() => transform(source.replace('"foreignObject"', '"foreignobject"'))).toThrow(/no longer reads as slimPreact\(\) in vite\.config\.ts expects/);
  });
});
