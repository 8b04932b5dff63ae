import { installFuzzySearch, type FuzzySearch } from '../search/fuzzy-search';
import { TYPO_READY_EVENT, TYPO_SCRIPT } from '../search/typo-script';
import { warn } from './warn';
import { loadWidgetScript } from './widget-scripts';

let loading: Promise<void> | undefined;

/**
 * Fetches `askdown-typo.js` once and installs its search. Should it not come, typo correction is switched off
 * (the console says why) rather than leaving questions waiting: a misspelt word then just finds nothing.
 */
export function loadTypoSearch(): Promise<void> {
  return (loading ??= loadWidgetScript<FuzzySearch>(TYPO_SCRIPT, TYPO_READY_EVENT).then(installFuzzySearch, (error: unknown) => {
    warn('typo correction is off:', error);
    installFuzzySearch(null);
  }));
}
