import { isSafeUrl } from '../safe-url';
import { trustedHTML } from './trusted-html';

/**
 * A second wall behind the build's sanitiser: the content pack is fetched at run time, so the widget re-checks
 * its HTML against the same allow-list before showing it. DOMParser builds an inert document (scripts never run,
 * images never load), and anything not on the list is dropped.
 */
const ALLOWED_TAGS = new Set([
  'P', 'BR', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'HR', 'H3', 'H4', 'H5',
  'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'DEL', 'KBD',
]);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ['href', 'title', 'target', 'rel'],
  OL: ['start'],
  TH: ['align'],
  TD: ['align'],
};
/** Elements whose content is code or hidden data, removed with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH']);

function clean(parent: Element): void {
  for (const child of Array.from(parent.children)) {
    const tag = child.tagName.toUpperCase();
    if (DROPPED_WITH_CONTENT.has(tag)) {
      child.remove();
      continue;
    }
    clean(child);
    if (!ALLOWED_TAGS.has(tag)) {
      // Moved one by one: spreading thousands of children as arguments would overflow the stack.
      while (child.firstChild) parent.insertBefore(child.firstChild, child);
      child.remove();
      continue;
    }
    const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
    for (const { name } of Array.from(child.attributes)) {
      if (!allowed.includes(name.toLowerCase())) child.removeAttribute(name);
    }
    if (tag === 'A') {
      const href = child.getAttribute('href');
      if (href !== null && !isSafeUrl(href)) child.removeAttribute('href');
      if (child.getAttribute('target') === '_blank') child.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** Answer HTML with everything outside the allow-list removed. */
export function sanitizeAnswerMarkup(html: string): string {
  const doc = new DOMParser().parseFromString(trustedHTML(`<body>${html}</body>`), 'text/html');
  clean(doc.body);
  return doc.body.innerHTML;
}

/** The words of an answer, for the live region: screen readers announce text, not markup. */
export function answerPlainText(html: string): string {
  const doc = new DOMParser().parseFromString(trustedHTML(`<body>${html}</body>`), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
