/** URL schemes a link in an answer may use; relative links (no scheme) are allowed too. */
export const SAFE_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * Whether a link target is safe to put in front of visitors. Browsers ignore tabs, new lines and control
 * characters inside a scheme ("java\tscript:"), so they are removed before the scheme is read. Shared by the
 * content build, which rejects unsafe links, and the widget, which re-checks what it fetched.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (compact.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || (SAFE_URL_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * An address (or a part of one) with its percent-escapes decoded, as a person reads and writes it (`/サポート/`
 * for `/%E3%82%B5…`), except those of the characters an address keeps (`/`, `?`, `#`); as it is if an escape is
 * malformed (a bare `%`).
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
