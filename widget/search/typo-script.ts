/**
 * `askdown-typo.js`: Fuse.js, for typo correction (`fuzzy-search.ts`), in a script of its own so that the first
 * answer to a question spelt right never waits for it. The app fetches it as the panel mounts, pinned to the
 * hash the build wrote into the app, and installs what it announces on its own <script> element.
 */
export const TYPO_SCRIPT = { file: 'askdown-typo.js', integrity: __ASKDOWN_TYPO_INTEGRITY__ };
