/**
 * `--faq-address URL`: where the FAQ pages' folder is served (`https://example.com/help/faq/`), for their
 * full-address `hreflang` and `canonical` links (README, "A static FAQ page"). Taken by `npm run build:content`
 * (so `npm run build`) and `npm run demo`, which writes the same pages.
 */
export const FAQ_ADDRESS_EXAMPLE = 'https://example.com/help/faq/';

export function faqAddressProblem(written: string): string {
  return `--faq-address needs the full web address of the FAQ pages' folder, e.g. --faq-address ${FAQ_ADDRESS_EXAMPLE}; got: ${written || '(nothing)'}`;
}

/** A `--faq-address` flag's value (`true` when it was given none) as the build uses it; `fail` says what is wrong. */
export function faqAddressOf(value: string | true, fail: (message: string) => never): string {
  const written = typeof value === 'string' ? value.trim() : '';
  return readFaqAddress(written) ?? fail(faqAddressProblem(written));
}

/** The address as the build uses it (a missing final `/` added), or null when it is no http(s) folder address. */
function readFaqAddress(written: string): string | null {
  try {
    const url = new URL(written.trim());
    if (/^https?:$/.test(url.protocol) && !url.search && !url.hash) return url.href.replace(/\/?$/, '/');
  } catch {
    // Not an address at all: null, as for one of another kind.
  }
  return null;
}
