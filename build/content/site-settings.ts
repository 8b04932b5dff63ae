import type { PackLink, SiteSettings } from '../../widget/content-pack';
import { ENGLISH_UI_TEXT, UI_TEXT_KEYS, type UiText } from '../../widget/ui-text';
import type { ContentError } from './content-error';
import { FieldReader } from './fields';

export const SITE_KEYS = ['title', 'faq_title', 'greeting', 'suggested_questions', 'registration', 'contact', 'no_answer', 'ui'] as const;

/** `questionLabel` is written `question_label` in index.md, like the other keys. */
const yamlKey = (key: string): string => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Whether a URL is an absolute http(s) address, as the registration and contact links must be. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url);
}

function readLink(fields: FieldReader, key: string, example: string): PackLink {
  if (!fields.has(key)) {
    fields.fail(key, `missing "${key}"`, `Add:\n  ${key}:\n    label: ...\n    url: ${example}`);
    return { label: '', url: '' };
  }
  const link = fields.section(key);
  link.rejectUnknownKeys(['label', 'url']);
  const label = link.text('label', { required: true, example: 'Go to email pre-registration' });
  const url = link.text('url', { required: true, example });
  const bad = url !== '' && !isWebUrl(url);
  if (bad) link.fail(undefined, `"${key}.url" is not a web address: "${url}"`, `Use a full address starting with https://, e.g. ${example}`);
  fields.errors.push(...link.errors);
  // Left out rather than kept: the run-time Markdown mode goes on without this link (the build stops).
  return { label, url: bad ? '' : url };
}

/**
 * Reads `ui:`, the panel's own strings. English ones default to the built-in text, so an English index.md may
 * leave out the section; in any other language a missing string would show English to the visitor, so it is an
 * error that lists the English to translate.
 */
function readUiText(fields: FieldReader, locale: string): UiText {
  const section = fields.section('ui');
  const keys = UI_TEXT_KEYS.map(yamlKey);
  section.rejectUnknownKeys(keys);
  const text = { ...ENGLISH_UI_TEXT };
  const missing: string[] = [];
  for (const key of UI_TEXT_KEYS) {
    const name = yamlKey(key);
    if (section.has(name)) text[key] = section.text(name, { required: true, example: ENGLISH_UI_TEXT[key] });
    else missing.push(`  ${name}: ${ENGLISH_UI_TEXT[key]}`);
  }
  if (!locale.startsWith('en') && missing.length > 0) {
    fields.fail('ui', `"ui" lacks ${missing.length} of the panel's strings, which visitors would see in English`, `Add under ui: (translated)\n${missing.join('\n')}`);
  }
  if (!text.questionCut.includes('{max}')) {
    section.fail('question_cut', '"ui.question_cut" must say {max}, where the widget puts the number of characters read', `e.g. question_cut: ${ENGLISH_UI_TEXT.questionCut}`);
  }
  fields.errors.push(...section.errors);
  return text;
}

/**
 * Reads the site settings from the index's front matter: the greeting, suggested questions and links editors set
 * for the whole widget. Their problems are left in `fields.errors`.
 */
export function readSiteSettings(fields: FieldReader, locale: string): SiteSettings {
  return {
    title: fields.text('title', { required: true, example: 'Questions?' }),
    // Optional: the FAQ page falls back to `title`. Absent from the pack when not set, so packs stay as they were.
    ...(fields.has('faq_title') ? { faqTitle: fields.text('faq_title', { required: true, example: 'NK-SHIPS log-in: frequently asked questions' }) } : {}),
    greeting: fields.text('greeting', { required: true, example: 'Hello! Ask me about the new log-in system.' }),
    suggestedQuestions: fields.textList('suggested_questions', 'Can I register a group email address?'),
    registration: readLink(fields, 'registration', 'https://example.com/pre-registration'),
    contact: readLink(fields, 'contact', 'https://example.com/contact'),
    noAnswer: fields.text('no_answer', { required: true, example: 'Sorry, I could not find an answer to that.' }),
    ui: readUiText(fields, locale),
  };
}
