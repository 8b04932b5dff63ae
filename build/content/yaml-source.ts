import { isMap, isScalar, LineCounter, parseDocument, YAMLParseError } from 'yaml';
import type { ContentError } from './content-error';

/** A YAML mapping with the line of each top-level key, so later checks can point at the right line. */
export interface ParsedYaml {
  data: unknown;
  keyLines: Map<string, number>;
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (front matter starts on line 2). Returns the data, or the
 * parser's first error with a line number in the editor's file.
 */
export function parseYaml(file: string, text: string, firstLine: number): ParsedYaml | ContentError {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [problem] = document.errors;
  if (problem) return yamlError(file, problem, lineCounter.linePos(problem.pos[0]).line + firstLine - 1);

  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? pair.key : null;
      if (key && key.range) keyLines.set(String(key.value), lineCounter.linePos(key.range[0]).line + firstLine - 1);
    }
  }
  return { data: document.toJS(), keyLines };
}

function yamlError(file: string, problem: YAMLParseError, line: number): ContentError {
  const reason = problem.message.split('\n')[0] ?? problem.message;
  const hint =
    problem.code === 'DUPLICATE_KEY'
      ? 'Each key may appear once; delete or merge the repeated one.'
      : 'Check indentation (spaces, not tabs), that every "key: value" has a space after the colon, and quote ' +
        'values that contain ": " or start with a special character such as [ { * & ! | > \' " % @ or `.';
  return {
    file,
    line,
    message: `invalid YAML: ${reason}`,
    hint,
  };
}

export function isContentError(value: unknown): value is ContentError {
  return typeof value === 'object' && value !== null && 'hint' in value && 'message' in value;
}
