import type Fuse from 'fuse.js/basic';

/**
 * The approximate string search typo correction draws its candidates from: Fuse.js. It is installed, not
 * imported, so the widget can keep its 4 KB out of the first answer: Node installs it when it loads the matcher
 * (`widget/search/index.ts`); the widget from `askdown-typo.js`, which it fetches as the panel mounts and which
 * only a question with an unknown word has to wait for.
 */
export type FuzzySearch = typeof Fuse;

/** Thrown by typo correction asked for before the search is installed; the widget waits for it and asks again. */
export class FuzzySearchPending extends Error {
  override name = 'FuzzySearchPending';
}

/** undefined: not installed yet; null: it could not come, so words are left uncorrected. */
let installed: FuzzySearch | null | undefined;

/** `undefined` puts it back on its way, as in the widget before `askdown-typo.js` has come (for tests). */
export function installFuzzySearch(search: FuzzySearch | null | undefined): void {
  installed = search;
}

/** The installed search, null when there is none to come; throws `FuzzySearchPending` while one is on its way. */
export function fuzzySearch(): FuzzySearch | null {
  if (installed === undefined) throw new FuzzySearchPending('typo correction is not loaded yet');
  return installed;
}
