/**
 * The only HTML an answer may contain, in one place for the one sanitiser (`app/safe-html.ts`), which the content
 * build runs over jsdom and the widget over the browser's parser: what one refuses, the other refuses too.
 */
export const ANSWER_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr',
  'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'kbd',
] as const;

/** Elements that hold code or hidden data: removed with everything inside them, not just their tags. */
export const DROPPED_WITH_CONTENT = ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'textarea', 'option'] as const;

/** Attributes allowed on each tag; every other attribute is dropped. `href` is checked by `isSafeUrl` too. */
export const ANSWER_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'target', 'rel'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

/**
 * Where plain text breaks between blocks: both engines put a space after these before they read the text, so
 * "<td>a</td><td>b</td>" is "a b", not "ab", in the search index and in what screen readers are told.
 */
export const TEXT_BREAKS = /<\/(p|li|h\d|blockquote|pre|tr|td|th)>|<br\s*\/?>/gi;
