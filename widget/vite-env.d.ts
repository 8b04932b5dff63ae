/// <reference types="vite/client" />

/**
 * The `sha256-…` hashes of the scripts the facade and the app load, written in by the build (`vite.config.ts`)
 * from the scripts built just before; '' in tests and wherever a script is built on its own, which loads unpinned.
 */
declare const __ASKDOWN_APP_INTEGRITY__: string;
declare const __ASKDOWN_JA_INTEGRITY__: string;
declare const __ASKDOWN_MARKDOWN_INTEGRITY__: string;
declare const __ASKDOWN_TYPO_INTEGRITY__: string;
declare const __ASKDOWN_SHARDS_INTEGRITY__: string;
