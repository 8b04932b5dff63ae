/**
 * Text in front matter that YAML reads as something other than what the editor wrote, and the line rewritten in
 * quotes: the parser's own words ("bad indentation of a mapping entry") send an editor looking for spaces.
 */
import type { ContentError } from './content-error';

/** Keys whose value is a list, which may rightly start with "[". */
const LIST_KEYS = new Set(['questions', 'tags', 'related', 'pages', 'suggested_questions', 'synonyms']);

/** A plain value starting with one of these is read as YAML syntax, not as text. */
const SPECIAL_START = /^[[\]{}*&!|>%@`]/;

/** One "key: value" or "- item" line, taken apart. */
interface ValueLine {
  key?: string;
  value: string;
}

type Advice = Pick<ContentError, 'message' | 'hint'>;

function valueLine(line: string): ValueLine | undefined {
  const entry = /^\s*(?:([A-Za-z_][\w-]*)[ \t]*:[ \t]+|-[ \t]+)(.*?)\s*$/.exec(line);
  if (!entry) return undefined;
  const [, key, value = ''] = entry;
  return { value, ...(key === undefined ? {} : { key }) };
}

/** A value that is not plain text: empty, a list where one belongs, or a block of text (`greeting: >-`). */
function isNotText({ key, value }: ValueLine): boolean {
  const listed = key !== undefined && LIST_KEYS.has(key) && /^[[{]/.test(value);
  return value === '' || listed || /^[|>][+-]?\d*\s*(?:#.*)?$/.test(value);
}

/** `text` as a YAML double-quoted value, which reads back as exactly `text`. */
export function yamlDoubleQuoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function advice(entry: ValueLine, text: string, problem: string): Advice {
  const quoted = yamlDoubleQuoted(text);
  const fixed = entry.key === undefined ? `- ${quoted}` : `${entry.key}: ${quoted}`;
  const what = entry.key === undefined ? 'this list item' : `the value of "${entry.key}"`;
  return { message: `invalid YAML: ${what} ${problem}`, hint: `Put it in double quotes: ${fixed}` };
}

/** For the line YAML stumbled on: whether it is text that needs quotes, and how to write it. */
export function quotingAdvice(line: string): Advice | undefined {
  const entry = valueLine(line);
  if (!entry || isNotText(entry)) return undefined;
  const { value } = entry;
  const quote = /^["']/.exec(value)?.[0];
  if (quote !== undefined) {
    // "'Shared' mailbox, can we…": YAML takes the quotes as the whole value and stumbles on the rest.
    if (value.length > 1 && value.endsWith(quote)) return undefined;
    return advice(entry, value, `needs quotes around all of it, as it starts with ${quote} but does not end with it`);
  }
  const start = SPECIAL_START.exec(value)?.[0];
  const inside = /:\s|\s#/.exec(value)?.[0].trim();
  if (start === undefined && inside === undefined) return undefined;
  return advice(entry, value, `needs quotes, as ${start !== undefined ? `it starts with "${start}"` : `it holds "${inside} "`}`);
}

/**
 * The first plain value that YAML cut short at " #", reading the rest as a comment ("title: Mailbox #2 for the
 * team?" is the title "Mailbox"): valid YAML, so nothing else would say so. A comment proper is "# " with a
 * space after it; `line` counts from 0.
 */
export function commentCut(text: string): (Advice & { line: number }) | undefined {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const entry = valueLine(lines[line] ?? '');
    if (!entry || isNotText(entry) || /^["'[{]/.test(entry.value)) continue;
    const cut = /\s#(?=\S)/.exec(entry.value);
    if (!cut) continue;
    const kept = entry.value.slice(0, cut.index);
    return { line, ...advice(entry, entry.value, `loses its end: YAML reads "${entry.value.slice(cut.index + 1)}" as a comment and keeps "${kept}"`) };
  }
  return undefined;
}
