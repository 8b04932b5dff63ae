/**
 * index.md's lines for the build's own checks of it (`index-typing.ts`, `section-lines.ts`): read once, as the
 * compiler reads it (`decodeEditorFile`: UTF-8, no byte-order mark, "\n" line ends); none when it cannot be read,
 * which the compiler reports itself.
 */
import { roleOf, type LocaleEntry } from './compile-file';
import { isContentError } from './yaml-source';
import { decodeEditorFile } from './text-encoding';

export interface IndexLines {
  path: string;
  lines: string[];
}

export function indexLinesOf(entries: readonly LocaleEntry[]): IndexLines | undefined {
  const index = entries.find((entry) => roleOf(entry.path) === 'index');
  if (!index || !('source' in index)) return undefined;
  const text = decodeEditorFile(index.path, index.source);
  return isContentError(text) ? undefined : { path: index.path, lines: text.split('\n') };
}
