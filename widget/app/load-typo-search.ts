import { installFuzzySearch, type FuzzySearch } from '../search/fuzzy-search';
import { TYPO_SCRIPT } from '../search/typo-script';
import { CONTENT_TIMEOUT_MS } from '../content-pack';
import { warn } from './warn';
import { loadWidgetScript } from './widget-scripts';

let loading: Promise<void> | undefined;

/**
 * Fetches `askdown-typo.js` once and installs its search. A question waits for it no longer than for the content
 * (`CONTENT_TIMEOUT_MS`): it is then answered uncorrected (the console says why), and the search is installed
 * whenever it comes, for the questions after (a slow connection, a page still busy loading). Should it not come at
 * all, typo correction stays off: a misspelt word then just finds nothing.
 */
export function loadTypoSearch(): Promise<void> {
  return (loading ??= new Promise<void>((resolve) => {
    const late = setTimeout(() => {
      warn('typo correction is off until askdown-typo.js comes');
      installFuzzySearch(null);
      resolve();
    }, CONTENT_TIMEOUT_MS);
    loadWidgetScript<FuzzySearch>(TYPO_SCRIPT, Infinity)
      .then(installFuzzySearch, (error: unknown) => {
        warn('typo correction is off:', error);
        installFuzzySearch(null);
      })
      .finally(() => {
        clearTimeout(late);
        resolve();
      });
  }));
}
