import type { ContentError } from './content-error';

/**
 * A quoted value with the brackets or separators a Japanese input method types full-width, which YAML reads as
 * letters: a list, so no sentence's question mark or full stop in it. A Japanese sentence has its 、 too (a title
 * quoted by a problem about the file's encoding, a suggested question), and got the hint wrongly (a stranger's
 * try, 2026-11-29).
 */
const FULL_WIDTH_LIST = /"[^"?？。]*[［］｛｝【】，、][^"?？。]*"/;

/** Whether a problem's message quotes a list typed with full-width marks, which `withFullWidthHints` retypes. */
export function quotesFullWidthList(message: string): boolean {
  return FULL_WIDTH_LIST.test(message);
}

/**
 * The build's own hint on a problem whose quoted value holds full-width brackets or separators (`related:
 * ［a, b］`, `[a、b]`): YAML read the list as one word, and the message, about an unknown id or a one-word
 * group, does not say why. Build only: the Markdown script has no bytes for it, and gives the message alone.
 */
export function withFullWidthHints(errors: readonly ContentError[]): ContentError[] {
  return errors.map((error) => {
    const quoted = FULL_WIDTH_LIST.exec(error.message)?.[0];
    if (!quoted) return error;
    // The list as it should be typed, with its own words (an editor's try: "as [a, b]" left them to work it out).
    const halfWidth = quoted.slice(1, -1).replace(/[［｛【]/g, '[').replace(/[］｝】]/g, ']').replace(/\s*[，、]\s*/g, ', ').trim();
    const list = halfWidth.startsWith('[') ? halfWidth : `[${halfWidth}]`;
    return {
      ...error,
      hint: `${error.hint ?? ''}${error.hint ? ' ' : ''}The list was typed with full-width marks (［ ］ ， 、), which YAML reads as letters: type them half-width, as ${list}.`,
    };
  });
}
