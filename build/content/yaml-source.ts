import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { ContentError } from './content-error';

/** A YAML mapping with the line of each top-level key, so later checks can point at the right line. */
export interface ParsedYaml {
  data: unknown;
  keyLines: Map<string, number>;
}

/** A top-level key: at the start of its line, plain or quoted, followed by a colon and a space or the line's end. */
const TOP_LEVEL_KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"?:{}[\]!&*|>%@`-][^:#]*?))[ \t]*:(?:[ \t]|$)/;

/** The line of each top-level key in `text`, counted from `firstLine`. */
function topLevelKeyLines(text: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const match = TOP_LEVEL_KEY.exec(line);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, i + firstLine);
  });
  return lines;
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (front matter starts on line 2) with js-yaml's core
 * schema (YAML 1.2: `yes` and dates stay text). The same parser reads the content in the build and, in the
 * run-time Markdown mode, in the browser (`askdown-markdown.js`), so both accept and refuse the same files.
 * Returns the data, or the parser's error with a line number in the editor's file.
 */
export function parseYaml(file: string, text: string, firstLine: number): ParsedYaml | ContentError {
  try {
    return { data: load(text, { schema: CORE_SCHEMA, filename: file }), keyLines: topLevelKeyLines(text, firstLine) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = /flow collection/.test(error.reason) ? unclosedBracketLine(text) : error.mark?.line;
    const quoting = line === undefined ? undefined : quotingAdvice(text.split('\n')[line] ?? '');
    return quoting ? { file, line: line! + firstLine, ...quoting } : yamlError(file, error, (line ?? 0) + firstLine);
  }
}

/** Keys whose value is a list, which may rightly start with "[". */
const LIST_KEYS = new Set(['questions', 'tags', 'related', 'pages', 'suggested_questions', 'synonyms']);

/** A plain value YAML reads as something else: it starts with one of these, or holds ": " or " #". */
const SPECIAL_START = /^[[\]{}*&!|>%@`]/;

/**
 * When the line YAML stumbled on is text that needs quotes (a title such as "[Draft] Can I…?" or "Note: …"),
 * says so with the line rewritten, instead of the parser's "bad indentation", which sends the editor looking
 * for spaces.
 */
function quotingAdvice(line: string): Pick<ContentError, 'message' | 'hint'> | undefined {
  const entry = /^(\s*)(?:([A-Za-z_][\w-]*)[ \t]*:[ \t]+|-[ \t]+)(.*?)\s*$/.exec(line);
  if (!entry) return undefined;
  const [, indent = '', key, value = ''] = entry;
  const listed = key !== undefined && LIST_KEYS.has(key) && /^[[{]/.test(value);
  // A quoted value, a list where one belongs, or a block of text (`greeting: >-`) is not text that needs quotes.
  if (value === '' || /^["']/.test(value) || listed || /^[|>][+-]?\d*\s*(?:#.*)?$/.test(value)) return undefined;
  const start = SPECIAL_START.exec(value)?.[0];
  const inside = /:\s|\s#/.exec(value)?.[0].trim();
  if (start === undefined && inside === undefined) return undefined;
  const why = start !== undefined ? `it starts with "${start}"` : `it holds "${inside} "`;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const fixed = key === undefined ? `${indent}- ${quoted}` : `${indent}${key}: ${quoted}`;
  const what = key === undefined ? 'this list item' : `the value of "${key}"`;
  return { message: `invalid YAML: ${what} needs quotes, as ${why}`, hint: `Put it in double quotes: ${fixed.trim()}` };
}

/**
 * The line (0-based) of the bracket left open: js-yaml notices it only at the end of the text, but the editor
 * needs the line where the list began, e.g. `related: [a, b`.
 */
function unclosedBracketLine(text: string): number | undefined {
  let depth = 0;
  let opened: number | undefined;
  text.split('\n').forEach((line, i) => {
    for (const char of line.replace(/"[^"]*"|'[^']*'/g, '')) {
      if (char === '[' || char === '{') {
        if (depth === 0) opened = i;
        depth++;
      } else if ((char === ']' || char === '}') && depth > 0) depth--;
    }
  });
  return depth > 0 ? opened : undefined;
}

function yamlError(file: string, problem: YAMLException, line: number): ContentError {
  const duplicate = /duplicated mapping key/.test(problem.reason);
  const hint = duplicate
    ? 'Each key may appear once; delete or merge the repeated one.'
    : 'Check indentation (spaces, not tabs), that every "key: value" has a space after the colon, and quote ' +
      'values that contain ": " or start with a special character such as [ { * & ! | > \' " % @ or `.';
  return { file, line, message: `invalid YAML: ${problem.reason}`, hint };
}

export function isContentError(value: unknown): value is ContentError {
  return typeof value === 'object' && value !== null && 'hint' in value && 'message' in value;
}
