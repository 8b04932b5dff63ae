import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import Published from 'fuse.js/basic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slimFuse } from '../../../vite.config';
import { DEFAULT_MATCH_OPTIONS } from '../../../widget/search/defaults';
import { installFuzzySearch } from '../../../widget/search/fuzzy-search';
import { createTypoCorrector } from '../../../widget/search/typo';
import { bundledFuse, FUSE } from '../../helpers/bundled-fuse';

type FuseClass = typeof Published;

/** Every word of the English and Japanese content, as typo correction's vocabulary is made of such words. */
async function contentWords(): Promise<string[]> {
  const words = new Set<string>();
  for (const locale of ['en', 'ja']) {
    for (const name of await readdir(join('content', locale))) {
      for (const word of (await readFile(join('content', locale, name), 'utf8')).toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []) words.add(word);
    }
  }
  return [...words];
}

/** Misspellings of `word`: a letter dropped, two swapped, one doubled, one replaced. */
function misspellings(word: string): string[] {
  if (word.length < 4) return [word];
  const middle = Math.floor(word.length / 2);
  return [
    word.slice(0, middle) + word.slice(middle + 1),
    word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1),
    word.slice(0, middle) + word[middle] + word.slice(middle),
    `${word.slice(0, -1)}x`,
  ];
}

/** What typo correction asks of a searcher over `words` (`widget/search/typo.ts`), and the published options' defaults. */
function searches(Fuse: FuseClass, words: readonly string[], queries: readonly string[]): unknown[] {
  const fuse = new Fuse([...words], { includeScore: true, threshold: 0.5, ignoreLocation: true });
  const unlimited = new Fuse([...words], { includeScore: true });
  return queries.map((query, i) => [fuse.search(query, { limit: 8 }), i % 10 === 0 ? unlimited.search(query).slice(0, 3) : []]);
}

describe("Fuse.js as the typo script bundles it (vite.config.ts's slimFuse)", () => {
  let dir: string;
  let bundled: FuseClass;
  beforeAll(async () => {
    dir = await mkdtemp(join(os.tmpdir(), 'askdown-fuse-'));
    bundled = await bundledFuse(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds, scores and orders a word list exactly as Fuse.js as published does', async () => {
    const words = await contentWords();
    expect(words.length).toBeGreaterThan(300);
    const queries = words.filter((_, i) => i % 4 === 0).flatMap(misspellings);
    expect(queries.length).toBeGreaterThan(200);
    expect(searches(bundled, words, queries)).toEqual(searches(Published, words, queries));
    // Every word of the content, searched four ways by both builds: 19 s on the project's 2-core VM, over the
    // suite's 20 s once the content grew (2026-11-29), and slower on a busy machine.
  }, 60_000);

  it('corrects through typo correction, and leaves alone a word longer than any it knows (found by a stranger\'s try)', () => {
    // Fuse.js takes an empty list for a list of objects, whose search the bundle leaves out: a word of 18 letters
    // or more, with no word of about its length to compare, threw, and the question got no answer at all.
    installFuzzySearch(bundled);
    try {
      const correct = createTypoCorrector(['registration', 'shared', 'address', 'department'], new Set(['which']), DEFAULT_MATCH_OPTIONS);
      expect(correct('registraton')).toEqual({ term: 'registr' });
      expect(correct('telecommunicationsdepartment')).toBeNull();
      expect(correct('sharedemailaddress')).toBeNull();
    } finally {
      installFuzzySearch(Published);
    }
  });

  it('no longer has what typo correction never uses: object search, adding and removing, the statics', () => {
    const removed = (Fuse: FuseClass) => [Fuse.prototype.add, Fuse.prototype.remove, Fuse.match, Fuse.createIndex, Fuse.parseIndex];
    expect(removed(Published).every((member) => typeof member === 'function')).toBe(true);
    expect(removed(bundled).every((member) => member === undefined)).toBe(true);
  });

  it('folds no diacritics (typo correction never asks it to): the folding is left out', () => {
    const words = ['résumé', 'resume', 'łódź'];
    const folded = (Fuse: FuseClass) => new Fuse(words, { ignoreDiacritics: true, threshold: 0 }).search('lodz').map((result) => result.item);
    expect(folded(Published)).toEqual(['łódź']);
    expect(folded(bundled)).toEqual([]);
    const unfolded = (Fuse: FuseClass) => new Fuse(words, { includeScore: true }).search('resume');
    expect(unfolded(bundled)).toEqual(unfolded(Published));
  });

  it('works out no matched indices (typo correction never asks for them): their code is left out', () => {
    const indices = (Fuse: FuseClass) => new Fuse(['register', 'registration'], { includeMatches: true, minMatchCharLength: 2 }).search('registr');
    expect(indices(Published).map((result) => result.matches?.[0]?.indices)).toEqual([[[0, 6]], [[0, 7]]]);
    expect(indices(bundled).map((result) => result.item)).toEqual(indices(Published).map((result) => result.item));
    expect(indices(bundled).every((result) => result.matches === undefined)).toBe(true);
  });

  it('keeps no search keys (a word list has none): their store and checks are left out', () => {
    const keyed = (Fuse: FuseClass) => () => new Fuse([{ name: 'log-in' }], { keys: [{ name: 'name', weight: -1 }] });
    expect(keyed(Published)).toThrow(/weight/);
    // Keys are for object search, which the bundle left out already: given some, it fails, but not on their checks.
    expect(keyed(bundled)).not.toThrow(/weight/);
    const words = (Fuse: FuseClass) => new Fuse(['register', 'registration'], { includeScore: true, keys: [] }).search('registr');
    expect(words(bundled)).toEqual(words(Published));
  });

  it('stops the build when Fuse.js no longer reads as expected', async () => {
    const transform = slimFuse().transform as (code: string, id: string) => unknown;
    expect(() => transform.call({}, 'var Fuse = class {\n\tsearch() {\n\t}\n};', `/project/${FUSE}`)).toThrow(/slimFuse/);
    expect(transform.call({}, 'anything', '/project/other.js')).toBeNull();
    // A release whose key store declares something the rest uses (found by a stranger's review): leaving it out
    // would leave the script calling what it no longer has.
    const published = await readFile(FUSE, 'utf8');
    const helper = published
      .replace('const hasOwn = Object.prototype.hasOwnProperty;\n', 'const hasOwn = Object.prototype.hasOwnProperty;\nfunction keyLabel(key) {\n\treturn key;\n}\n')
      .replace('//#region src/core/index.ts\n', '//#region src/core/index.ts\nkeyLabel("name");\n');
    expect(helper).not.toBe(published);
    expect(() => transform.call({}, helper, `/project/${FUSE}`)).toThrow(/KeyStore's keyLabel/);
  });
});
