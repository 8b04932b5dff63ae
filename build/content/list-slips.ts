import type { ContentError } from './content-error';

/** `[a, b]` with an empty entry: two commas together, or a comma first or last. */
const EMPTY_ENTRY = /^\[(?:\s*,|.*,\s*,|.*,\s*\]$)/;

/** What a Japanese input method types for YAML's brackets and commas. */
const FULL_WIDTH_MARKS = /[［］，、]/;

/**
 * A second look, in the build, at messages about a list that miss the editor's slip (strangers' tries as editors):
 * `questions: [` above items written one per line, where the Markdown script's hint would close the bracket on its
 * line; `- [colour, color,, ]`, whose empty entry YAML refuses and the quoting advice would have quoted whole; and
 * a synonym group of "one word" that is a group written without its brackets (`- fax, facsimile`) or with
 * full-width ones (`- ［退職, 異動］`). Build only, as `withMissingColons`: the Markdown script gives its own hint.
 */
export function withListSlips(errors: readonly ContentError[], sourceOf: (file: string) => string): ContentError[] {
  return errors.map((error) => {
    if (error.line === undefined) return error;
    const lines = sourceOf(error.file).split(/\r?\n/);
    // `questions: [` with the items on lines of their own, each after "- ": closing the bracket on its line, as the
    // Markdown script's hint says, would leave them under an empty list, one more YAML error.
    const opened = /^(\s*[^\s:]+:)\s*\[\s*$/.exec(lines[error.line - 1] ?? '');
    if (opened && /never closed/.test(error.message) && /^\s*-\s/.test(lines.slice(error.line).find((line) => line.trim()) ?? '')) {
      return { ...error, hint: `The items are on lines of their own, each after "- ", which needs no brackets: remove the "[", leaving ${opened[1]}` };
    }
    const item = /^\s*-\s+(.*)$/.exec(lines[error.line - 1] ?? '')?.[1]?.trim();
    if (item === undefined) return error;
    const words = (list: string) => list.split(/[,，、]/).map((word) => word.trim()).filter(Boolean).join(', ');
    // Only where YAML refused the line: `[fax,]` is valid YAML (one word), whose message is the matcher's own.
    if (error.message.startsWith('invalid YAML') && EMPTY_ENTRY.test(item)) {
      return {
        ...error,
        message: 'invalid YAML: this list has an empty entry (two commas together, or a comma next to a bracket)',
        hint: `Remove the extra comma: - [${words(item.slice(1, -1))}]`,
      };
    }
    if (!/a group needs at least two words/.test(error.message)) return error;
    if (FULL_WIDTH_MARKS.test(item)) {
      return { ...error, hint: `The group was typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as - [${words(item.replace(/^［|］$/g, ''))}]` };
    }
    if (item.includes(',') && !item.startsWith('[')) return { ...error, hint: `Put the group's words in brackets: - [${words(item)}]` };
    return error;
  });
}
