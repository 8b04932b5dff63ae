import { ANSWER_ATTRIBUTES, ANSWER_TAGS, DROPPED_WITH_CONTENT } from '../answer-allow-list';
import { isSafeUrl } from '../safe-url';
import { trustedHTML } from './trusted-html';

/**
 * A second wall behind the build's sanitiser: the content pack is fetched at run time, so the widget re-checks
 * its HTML against the same allow-list before showing it. DOMParser builds an inert document (scripts never run,
 * images never load), and anything not on the list is dropped.
 */
const ALLOWED_TAGS = new Set<string>(ANSWER_TAGS.map((tag) => tag.toUpperCase()));
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT.map((tag) => tag.toUpperCase()));

function clean(parent: Element): void {
  for (const child of Array.from(parent.children)) {
    const tag = child.tagName.toUpperCase();
    if (DROPPED.has(tag)) {
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
    const allowed = ANSWER_ATTRIBUTES[tag.toLowerCase()] ?? [];
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
