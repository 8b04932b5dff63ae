/**
 * Problems in a section of index.md's settings (`ui:`, `registration:`, `contact:`) are reported on the section's
 * line: the reader of a section knows its keys but not their lines. The build moves each to the line of the key
 * it names, inside the section. Only the build: the run-time Markdown mode's script has no bytes for it, and keeps
 * the section's line.
 */
import type { ContentError } from './content-error';
import type { IndexLines } from './index-lines';
import { literalPattern } from './literal-pattern';

/** `"registration.url" …` or `unknown key "placeholer" …`: the key a message names, inside its section. */
const NAMED_KEY = /^"[a-z_]+\.([\w-]+)"|^unknown key "([^"]+)"/;

export function onTheKeysLine(error: ContentError, index: IndexLines | undefined): ContentError {
  if (!index || error.file !== index.path || error.line === undefined) return error;
  const key = NAMED_KEY.exec(error.message);
  const name = key?.[1] ?? key?.[2];
  if (name === undefined) return error;
  const { lines } = index;
  if (!/^[a-z_]+[ \t]*:[ \t]*(?:#.*)?$/.test(lines[error.line - 1] ?? '')) return error;
  for (let i = error.line; i < lines.length && /^(?:\s|#|$)/.test(lines[i] ?? ''); i++) {
    if (new RegExp(`^\\s+["']?${literalPattern(name)}["']?[ \\t]*:`).test(lines[i] ?? '')) return { ...error, line: i + 1 };
  }
  return error;
}
