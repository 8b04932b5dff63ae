/**
 * The only HTML an answer may contain, in one place for the content build's sanitiser (sanitize-html, in Node)
 * and the widget's (a DOM walker, in the browser): what one refuses, the other refuses too.
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
