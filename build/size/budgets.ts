/** Byte budgets (gzip -9) from issue 6, in bytes: 1 KB is counted as 1,000 bytes, the stricter reading. */
export const BUDGETS = {
  /**
   * `dist/askdown.js`, the file the script tag loads: issue 6's 3,000 B (issues 12 and 15 hold it there), with the
   * web teams' API, Subresource Integrity and the idle prefetch inside it (README, "Performance": "The facade
   * under 3,000 B again").
   */
  facade: 3_000,
  /**
   * Everything needed to answer the first question: facade, app and their CSS (inlined), not the content pack.
   * A question spelt right needs no more; one with an unknown word waits for the typo script too (`firstTypo`).
   */
  firstAnswer: 30_000,
  /**
   * `dist/askdown-typo.js`, Fuse.js for typo correction, fetched as the panel mounts: 7,000 until 2026-11-27, when
   * the build first left out the parts of Fuse.js it never uses (`slimFuse` in vite.config.ts, 6,550 → 4,103 B);
   * 4,500 until 2026-11-28, when it left out the folding of diacritics and the reading of objects' keys too
   * (4,106 → 3,674 B); 3,800 until 2026-11-29, when it left out the matched indices too (3,674 → 3,256 B); 3,300
   * until later that day, when it left out the store of search keys too (3,256 → 2,897 B); 2,950 until 2026-11-30,
   * when it left out what a word list searched with a string never reaches (2,893 → 2,784 B).
   */
  typo: 2_850,
  /** Facade, app and typo script: the first answer to a question with a misspelt word. */
  firstTypo: 31_000,
  /** `dist/askdown-ja.js`, what a Japanese pack adds: the Japanese analysis and frame text (issue 12). */
  japanese: 1_500,
  /** `dist/askdown-markdown.js`, the run-time Markdown mode's compiler (issue 13): only pages in that mode load it. */
  markdown: 40_000,
  /**
   * `dist/askdown-shards.js`, the sharded pack's reader (issue 15): only sites whose content build wrote a sharded
   * pack load it. It carries its own copy of the matcher, so the app's budgets pay nothing for it; not of the
   * rules for an answer that does not fit, which the app lends it (8,500 until 2026-11-28, when they moved out:
   * 8,461 → 8,156 B).
   */
  shards: 8_300,
};

/** The built scripts, relative to `dist/`. */
export const FACADE_FILE = 'askdown.js';
export const APP_FILE = 'askdown-app.js';
export const JAPANESE_FILE = 'askdown-ja.js';
export const TYPO_FILE = 'askdown-typo.js';
export const MARKDOWN_FILE = 'askdown-markdown.js';
export const SHARDS_FILE = 'askdown-shards.js';

/** Every script the widget is made of, as the build writes them into `dist/`. */
export const SCRIPT_FILES = [FACADE_FILE, APP_FILE, JAPANESE_FILE, TYPO_FILE, MARKDOWN_FILE, SHARDS_FILE] as const;
