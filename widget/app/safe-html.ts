import { ANSWER_ATTRIBUTES, ANSWER_TAGS, DROPPED_WITH_CONTENT } from '../answer-allow-list';
import { isSafeUrl } from '../safe-url';
import { trustedHTML } from './trusted-html';

/**
 * The one sanitiser of answers, a DOM walker over the allow-list (`answer-allow-list.ts`). The content build runs
 * it over jsdom's HTML parser (`build/content/sanitize.ts`); the widget over the browser's, both for its second
 * wall (the pack is fetched at run time, so it is checked again before it is shown) and in the run-time Markdown
 * mode, which renders the editors' files in the browser. Both parsers follow the HTML standard, so the build and
 * the browser keep exactly the same of any markup. DOMParser builds an inert document (scripts never run, images
 * never load), and anything not on the list is dropped.
 */
const ALLOWED_TAGS = new Set<string>(ANSWER_TAGS.map((tag) => tag.toUpperCase()));
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT.map((tag) => tag.toUpperCase()));

/** Removes from `parent`, an element of a parsed document, everything outside the allow-list. */
export function cleanAnswerElement(parent: Element): void {
  // Comments too: they show nothing, and a `<!--` left open in an answer would hide the rest of it.
  for (const node of Array.from(parent.childNodes)) if (node.nodeType === 8) node.remove();
  for (const child of Array.from(parent.children)) {
    const tag = child.tagName.toUpperCase();
    if (DROPPED.has(tag)) {
      child.remove();
      continue;
    }
    cleanAnswerElement(child);
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
      // A link to another site opens in a new tab, raw HTML's as Markdown's (build/content/markdown.ts): leaving
      // the page would end the conversation.
      else if (href && /^https?:/i.test(href)) child.setAttribute('target', '_blank');
      // A link opens here or in a new tab that cannot reach back, never in a frame or window of the host page's.
      if (child.getAttribute('target') === '_blank') child.setAttribute('rel', 'noopener noreferrer');
      else child.removeAttribute('target');
    }
  }
}

/** Answer HTML parsed into an inert document's body, under the page's Trusted Types policy where it has one. */
export function parseAnswerHtml(html: string): HTMLElement {
  return new DOMParser().parseFromString(trustedHTML(`<body>${html}</body>`), 'text/html').body;
}

/** Answer HTML with everything outside the allow-list removed. */
export function sanitizeAnswerMarkup(html: string): string {
  const body = parseAnswerHtml(html);
  cleanAnswerElement(body);
  return body.innerHTML;
}

/** The words of an answer, for the live region: screen readers announce text, not markup. */
export function answerPlainText(html: string): string {
  return (parseAnswerHtml(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}
