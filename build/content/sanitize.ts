import sanitizeHtml from 'sanitize-html';
import { ANSWER_ATTRIBUTES, ANSWER_TAGS, DROPPED_WITH_CONTENT } from '../../widget/answer-allow-list';
import { SAFE_URL_SCHEMES } from '../../widget/safe-url';

/**
 * The only HTML an answer may contain once rendered. sanitize-html parses like a browser, which a regex cannot:
 * it drops scripts, styles, event-handler attributes and unsafe URL schemes however they are written.
 */
const ANSWER_HTML_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...ANSWER_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ANSWER_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...SAFE_URL_SCHEMES],
  allowProtocolRelative: false,
  nonTextTags: [...DROPPED_WITH_CONTENT],
  disallowedTagsMode: 'discard',
  transformTags: {
    // The answer card's heading is the article title, so headings inside an answer sit below it.
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, target: '_blank', rel: 'noopener noreferrer' } : attribs,
      };
    },
  },
};

export function sanitizeAnswerHtml(html: string): string {
  return sanitizeHtml(html, ANSWER_HTML_POLICY).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of answer HTML, one space between blocks, for search and screen-reader announcements. */
export function htmlToPlainText(html: string): string {
  const spaced = html.replace(/<\/(p|li|h\d|blockquote|pre|tr|td|th)>|<br\s*\/?>/gi, '$& ');
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
