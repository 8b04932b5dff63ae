import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { ContentError } from './content-error';
import { commentCut, quotingAdvice } from './yaml-quoting';
import { findSlip, listSlip, openQuote } from './yaml-slips';

/** A YAML mapping with the line of each top-level key, so later checks can point at the right line. */
export interface ParsedYaml {
  data: unknown;
  keyLines: Map<string, number>;
}

/** A top-level key: at the start of its line, plain or quoted, followed by a colon and a space or the line's end. */
const TOP_LEVEL_KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"?:{}[\]!&*|>%@`-][^:#]*?))[ \t]*:(?:[ \t]|$)/;

/** The top-level key `line` starts with, if any. */
function topLevelKeyOf(line: string): string | undefined {
  const match = TOP_LEVEL_KEY.exec(line);
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

/** The line of each top-level key in `text`, counted from `firstLine`. */
function topLevelKeyLines(text: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const key = topLevelKeyOf(line);
    if (key !== undefined && !lines.has(key)) lines.set(key, i + firstLine);
  });
  return lines;
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (front matter starts on line 2) with js-yaml's core
 * schema (YAML 1.2: `yes` and dates stay text). The same parser reads the content in the build and, in the
 * run-time Markdown mode, in the browser (`askdown-markdown.js`), so both accept and refuse the same files.
 * Returns the data, or the parser's error with a line number in the editor's file; text YAML would read as
 * something else than written is an error too, with the line in quotes (`yaml-quoting.ts`).
 */
export function parseYaml(file: string, text: string, firstLine: number): ParsedYaml | ContentError {
  try {
    const data = load(text, { schema: CORE_SCHEMA, filename: file });
    const misread = commentCut(text) ?? openQuote(text) ?? listSlip(text.split('\n'));
    if (misread) return { file, line: misread.line + firstLine, message: misread.message, hint: misread.hint };
    return { data, keyLines: topLevelKeyLines(text, firstLine) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const tabbed = tabIndentedLines(text);
    // Tabs first: a tabbed line can look like text that needs quotes ("\t- [a, b]"), but the tab is what YAML refused.
    if (tabbed.length > 0) return tabError(file, tabbed, firstLine);
    const stoppedAt = error.mark?.line;
    const slip = findSlip(text, error.reason, stoppedAt);
    if (slip) return { file, line: slip.line + firstLine, message: slip.message, hint: slip.hint };
    const quoting = stoppedAt === undefined ? undefined : quotingAdvice(text.split('\n')[stoppedAt] ?? '');
    if (quoting) return { file, line: stoppedAt! + firstLine, ...quoting };
    return yamlError(file, error, (stoppedAt ?? 0) + firstLine, text, firstLine);
  }
}

/** The lines (0-based) whose indentation holds a tab, which YAML never accepts there. */
function tabIndentedLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/^ *\t/.test(line) ? [i] : []));
}

/** All the tab-indented lines at once: YAML stops at the first, and an editor fixing one a build is slow going. */
function tabError(file: string, lines: readonly number[], firstLine: number): ContentError {
  const shown = lines.map((line) => line + firstLine);
  const others = shown.length > 1 ? ` (and line${shown.length > 2 ? 's' : ''} ${shown.slice(1).join(', ')})` : '';
  return {
    file,
    line: shown[0],
    message: `invalid YAML: this line is indented with a tab${others}`,
    hint: 'Replace each tab at the start of a line with spaces: two for each level of indentation.',
  };
}

export const GENERAL_HINT =
  'Check the indentation (spaces, not tabs), put a space after each "key:", and quote a value that holds ": " ' +
  'or starts with [ { * & ! | > \' " % @ or `.';

function yamlError(file: string, problem: YAMLException, line: number, text: string, firstLine: number): ContentError {
  if (!/duplicated mapping key/.test(problem.reason)) return { file, line, message: `invalid YAML: ${problem.reason}`, hint: GENERAL_HINT };
  // YAML stops at the second and names neither the key nor the first (a stranger's try as an editor had "duplicated
  // mapping key" on a line far from the copy just added): a top-level key is named, with its first line.
  const key = topLevelKeyOf(text.split('\n')[line - firstLine] ?? '');
  const first = key === undefined ? undefined : topLevelKeyLines(text, firstLine).get(key);
  const message = first === undefined || first === line ? `invalid YAML: ${problem.reason}` : `"${key}" is written twice (first on line ${first})`;
  return { file, line, message, hint: 'Each key may appear once; delete or merge the repeated one.' };
}

export function isContentError(value: unknown): value is ContentError {
  return typeof value === 'object' && value !== null && 'hint' in value && 'message' in value;
}
