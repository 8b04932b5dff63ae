import type { ContentError } from './content-error';

/** Brackets and separators a Japanese input method types full-width, which YAML reads as letters. */
const FULL_WIDTH_LIST_MARKS = /[［］｛｝，、]/;

/**
 * The build's own hint on a problem whose quoted value holds full-width brackets or separators (`related:
 * ［a, b］`, `[a、b]`): YAML read the list as one word, and the message, about an unknown id or a one-word
 * group, does not say why. Build only: the Markdown script has no bytes for it, and gives the message alone.
 */
export function withFullWidthHints(errors: readonly ContentError[]): ContentError[] {
  return errors.map((error) =>
    FULL_WIDTH_LIST_MARKS.test(error.message)
      ? {
          ...error,
          hint: `${error.hint ?? ''}${error.hint ? ' ' : ''}The list was typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as [a, b].`,
        }
      : error,
  );
}
