/**
 * The content pack: what `build/` writes to `dist/content/<locale>.json` and what the widget, the CLI and the
 * tests read. It is the only contract between the content build and everything that consumes it, so it is plain
 * data with no behaviour.
 */
import type { PackedIndex } from './search/packed-index';
import type { LiveContent } from './search/sharded-matcher';
import type { UiText } from './ui-text';

/** A link shown to visitors, such as the registration page or the contact page. */
export interface PackLink {
  label: string;
  url: string;
}

/** Site-level settings that content editors own (the front matter of `content/<locale>/index.md`). */
export interface SiteSettings {
  /** Panel heading, e.g. "Questions?". */
  title: string;
  /**
   * The static FAQ page's title and heading, when editors give it one of its own (`faq_title:`): a search engine
   * shows it, and "Questions?" says little there. Not read by the widget.
   */
  faqTitle?: string;
  /** First message the visitor sees when the panel opens. */
  greeting: string;
  /** Questions offered as one-click buttons under the greeting. */
  suggestedQuestions: string[];
  /** Call to action shown under answers that ask for it, and always in the panel footer. */
  registration: PackLink;
  /** Where visitors go when the FAQ has no answer. */
  contact: PackLink;
  /** Message shown when no article answers the question confidently. */
  noAnswer: string;
  /** Every other string of the panel, in the pack's language (`ui:` in index.md). */
  ui: UiText;
}

/** One answer article, compiled from `content/<locale>/<id>.md`. */
export interface PackArticle {
  id: string;
  title: string;
  /** Sanitised HTML rendered from the article's Markdown. */
  html: string;
  /** Ids of the articles shown under this one: the editor's choices, then the most similar (`createRelatedLookup`). */
  related: string[];
  /** Whether the answer shows the registration call to action. */
  cta: boolean;
  /** Other ways a visitor would ask this question, as the editor wrote them: matched letter by letter. */
  questions: string[];
  /** Paths where the article leads the suggested questions (`pageMatches`); absent when it has none. */
  pages?: string[];
}

/** Optional query-side synonyms: each group lists words a visitor may use for the same idea. */
export type SynonymGroups = string[][];

/** The same groups as index terms (stemmed, folded: `synonymTermGroups`), as a pack carries them. */
export type SynonymTermGroups = string[][];

export interface ContentPack {
  /** Version of this format, bumped when a consumer would misread an older pack. */
  format: 5;
  locale: string;
  site: SiteSettings;
  articles: PackArticle[];
  /**
   * The search index of the titles, the editor's questions, the tags and the answers, built by the content
   * build (`packSearchIndex`), so the browser never tokenises, stems or counts the articles. The tags are only
   * ever searched, so the pack holds them only here.
   */
  index: PackedIndex;
  /**
   * The synonym groups (the editors' and, in English packs, the built-in English ones), analysed by the content
   * build: the browser builds its look-up from them as they are.
   */
  synonymTerms: SynonymTermGroups;
  /** The articles' meaningful words as written, space-separated: typo correction chooses among them. */
  vocabulary: string;
  /**
   * Never in a built pack: the problems the run-time Markdown mode found in the editors' files, when the page
   * asks for them (`data-preview`), for the panel to list.
   */
  problems?: string[];
  /**
   * Never in a built pack: a sharded pack's reader (`askdown-shards.js`), through which the app finds what this
   * pack does not list (its `articles` are empty): the matcher, and the articles by id.
   */
  live?: LiveContent;
}

export const CONTENT_PACK_FORMAT = 5 as const;

/**
 * How long a visitor waits for the content before seeing the error and a retry button: for the server to answer
 * with a built pack (then `CONTENT_ARRIVAL_MS`), for the whole of a sharded pack's file a question needs (a
 * request that never ended would hold every later question), and for the whole run-time Markdown load.
 */
export const CONTENT_TIMEOUT_MS = 5000;

/**
 * How long a built pack may take to arrive whole once its server has answered (counted from then, or from the
 * app's reading of the facade's download): a large help centre's single pack (3,000 articles, 657 KB gzip) takes
 * 13 s at 400 kbit/s, which `CONTENT_TIMEOUT_MS` cut short at every try (a stranger's try, 2026-11-30). A pack
 * that needs longer (657 KB below about 90 kbit/s) still fails, and a server that stops halfway is told apart
 * only after it: shard a large pack for such links.
 */
export const CONTENT_ARRIVAL_MS = 60_000;
