/** How a web team configured the widget through the script tag's `data-*` attributes. */
export interface EmbedConfig {
  contentUrl: string;
  /** Overrides the registration link from the content pack. */
  registrationUrl: string | null;
  /** Overrides the panel title and the launcher label. */
  title: string | null;
  /** Accent colour, already checked to be a CSS colour. */
  color: string | null;
  position: 'right' | 'left';
  openOnLoad: boolean;
}

/** The attributes read, as `dataset` gives them (`data-registration-url` is `registrationUrl`). */
export type EmbedAttributes = Partial<Record<'content' | 'registrationUrl' | 'title' | 'color' | 'position' | 'open', string>>;

const DEFAULT_CONTENT_PATH = 'content/en.json';

function isWebUrl(url: URL): boolean {
  return /^https?:$/.test(url.protocol);
}

function resolveUrl(value: string | undefined, base: string): string | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return isWebUrl(url) ? url.href : null;
  } catch {
    return null;
  }
}

function isColor(value: string, supportsColor: (value: string) => boolean): boolean {
  return /^[#a-z0-9(),.%\s-]+$/i.test(value) && supportsColor(value);
}

/**
 * Turns the script tag's attributes into a configuration. `scriptUrl` is where the script was loaded from: the
 * content pack is looked for next to it unless `data-content` says otherwise. Invalid values fall back to the
 * defaults instead of breaking the page; `warn` says which.
 */
export function readEmbedConfig(
  attributes: EmbedAttributes,
  scriptUrl: string,
  supportsColor: (value: string) => boolean,
  warn: (message: string) => void = () => {},
): EmbedConfig {
  const contentUrl = resolveUrl(attributes.content, scriptUrl) ?? new URL(DEFAULT_CONTENT_PATH, scriptUrl).href;
  if (attributes.content !== undefined && resolveUrl(attributes.content, scriptUrl) === null) {
    warn(`data-content "${attributes.content}" is not an http(s) address; using ${contentUrl}`);
  }
  const registrationUrl = resolveUrl(attributes.registrationUrl, scriptUrl);
  if (attributes.registrationUrl !== undefined && registrationUrl === null) {
    warn(`data-registration-url "${attributes.registrationUrl}" is not an http(s) address; ignoring it`);
  }
  const color = attributes.color?.trim() ?? '';
  if (color !== '' && !isColor(color, supportsColor)) warn(`data-color "${color}" is not a CSS colour; ignoring it`);
  const open = attributes.open?.trim().toLowerCase();
  return {
    contentUrl,
    registrationUrl,
    title: attributes.title?.trim() || null,
    color: color !== '' && isColor(color, supportsColor) ? color : null,
    position: attributes.position?.trim().toLowerCase() === 'left' ? 'left' : 'right',
    openOnLoad: open !== undefined && open !== 'false' && open !== '0' && open !== 'no',
  };
}
