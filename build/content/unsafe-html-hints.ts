import type { ContentError } from './content-error';
import { UNSAFE_LINK_HINT } from './markdown-checks';

/**
 * A hint for HTML that Markdown cannot write either, where the Markdown script's says "write it in Markdown": a
 * form (an answer cannot hold one; the page that has it can be linked) and a `javascript:` link in a tag (no
 * link may run code, in Markdown or HTML). A stranger's try as an editor wrote both and was sent to Markdown.
 * Build only, as `withListSlips`: the Markdown script has no bytes for it.
 */
export function withUnsafeHtmlHints(errors: readonly ContentError[]): ContentError[] {
  return errors.map((error) => {
    const quoted = /^unsafe HTML "(.*)"$/s.exec(error.message)?.[1];
    if (quoted === undefined || /<\s*(?:script|style|iframe|object|embed)\b|\son[a-z]+\s*=/i.test(quoted)) return error;
    if (/<\s*form\b/i.test(quoted)) {
      return { ...error, hint: 'Answers cannot hold forms: link to the page that has the form instead, e.g. [Open the registration form](https://example.com/register).' };
    }
    return /javascript:/i.test(quoted) ? { ...error, hint: UNSAFE_LINK_HINT } : error;
  });
}
