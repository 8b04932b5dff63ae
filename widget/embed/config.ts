import { isMarkdownContent } from '../markdown/markdown-contract';

/** How a web team configured the widget through the script tag's `data-*` attributes. */
export interface EmbedConfig {
  /** The content pack of `locale`. */
  contentUrl: string;
  /** The language the widget starts in: one of `locales`. */
  locale: string;
  /** Every language the site has a pack for (`data-locales`), each at `packUrl(config, locale)`. */
  locales: string[];
  /**
   * The tag's attributes as written: the app reads `data-registration-url` itself (`withEmbedOverrides`) and
   * words the warnings about invalid ones (`configProblems`), so the facade carries neither.
   */
  attributes: EmbedAttributes;
  /** Where the script was loaded from, against which relative addresses resolve. */
  scriptUrl: string;
  /** Overrides the panel title and the launcher label. */
  title: string | null;
  /** Accent colour, already checked to be a CSS colour. */
  color: string | null;
  position: 'right' | 'left';
  openOnLoad: boolean;
}

/** The attributes read, as `dataset` gives them (`data-registration-url` is `registrationUrl`). */
export type EmbedAttributes = Partial<
  Record<'content' | 'locale' | 'locales' | 'registrationUrl' | 'title' | 'color' | 'position' | 'open' | 'theme' | 'faq' | 'preview', string>
>;

/** `data-theme`: the panel's colours; "auto" (the default) follows the visitor's light or dark setting. */
export type Theme = 'auto' | 'light' | 'dark';

/** The panel's theme from `data-theme`, which only the app reads (the launcher is in the accent in every theme). */
export function themeOf(attributes: EmbedAttributes): Theme {
  const theme = attributes.theme?.trim().toLowerCase();
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

const DEFAULT_CONTENT_PATH = 'content/{locale}.json';
/** Relative to the folder that holds the packs' folder. */
const DEFAULT_FAQ_PATH = 'faq/{locale}/';

/** A language tag's language alone, lowercased: `ja-JP` is `ja`. */
const language = (tag: string | undefined): string => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]!;

export function resolveUrl(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The pack of `locale`: `data-content` with `{locale}` replaced, else `content/<locale>.json` next to the script. */
export function packUrl({ attributes, scriptUrl }: Pick<EmbedConfig, 'attributes' | 'scriptUrl'>, locale: string): string {
  return localeUrl(attributes.content, locale, scriptUrl) ?? localeUrl(DEFAULT_CONTENT_PATH, locale, scriptUrl)!;
}

/** An address written with `{locale}`, for `locale`, against the script's; null if it is none or not http(s). */
function localeUrl(path: string | undefined, locale: string, scriptUrl: string): string | null {
  return resolveUrl(path?.replace('{locale}', locale), scriptUrl);
}

/**
 * The static FAQ page of `locale` (`data-faq`, with `{locale}`), else `faq/<locale>/` beside the packs' folder,
 * where `npm run build` writes it (`content/<locale>.json` and `faq/<locale>/`, both next to the script unless
 * `data-content` says otherwise: a page's own address would differ on every route of a single-page app); null
 * with `data-faq="none"`, and by default in the run-time Markdown mode, which has no FAQ page. Only the app reads it.
 */
export function faqPageUrl(config: Pick<EmbedConfig, 'attributes' | 'scriptUrl'>, locale: string): string | null {
  const faq = config.attributes.faq?.trim();
  if (faq?.toLowerCase() === 'none') return null;
  const pack = packUrl(config, locale);
  return localeUrl(faq, locale, config.scriptUrl) ?? (isMarkdownContent(pack) ? null : localeUrl(DEFAULT_FAQ_PATH, locale, new URL('..', pack).href));
}

/** Only colour characters, and at least one, before the browser's own check: the colour goes into a style rule. */
function isColor(value: string, supportsColor: (value: string) => boolean): boolean {
  return /^[#a-z0-9(),.%\s-]+$/i.test(value) && supportsColor(value);
}

/**
 * Turns the script tag's attributes into a configuration. `scriptUrl` is where the script was loaded from: the
 * content pack is looked for next to it unless `data-content` says otherwise. The languages are `data-locales`,
 * else `data-locale`, else English; the widget starts in the first of `data-locale` and `pageLanguages` (the
 * page's `<html lang>`, the browser's language) that is among them, else the first. Invalid values fall back to
 * the defaults instead of breaking the page; the app names them in the console (`configProblems`), so their
 * words do not weigh on the facade.
 */
export function readEmbedConfig(
  attributes: EmbedAttributes,
  scriptUrl: string,
  supportsColor: (value: string) => boolean,
  pageLanguages: readonly (string | undefined)[] = [],
): EmbedConfig {
  const locales = (attributes.locales || attributes.locale || 'en').split(/[\s,]+/).map(language).filter(Boolean);
  const locale = [attributes.locale, ...pageLanguages].map(language).find((wanted) => locales.includes(wanted)) ?? locales[0]!;
  const contentUrl = packUrl({ attributes, scriptUrl }, locale);
  const color = attributes.color?.trim() ?? '';
  const open = attributes.open?.trim().toLowerCase();
  return {
    contentUrl,
    locale,
    locales,
    attributes,
    scriptUrl,
    title: attributes.title?.trim() || null,
    color: isColor(color, supportsColor) ? color : null,
    position: attributes.position?.trim().toLowerCase() === 'left' ? 'left' : 'right',
    openOnLoad: open !== undefined && !/^(false|0|no)$/.test(open),
  };
}
