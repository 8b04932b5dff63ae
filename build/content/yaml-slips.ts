/**
 * Typing slips that YAML reports far from where they are, or only in its own words, found on the editor's line
 * with the fix. A Japanese input method types full-width forms of YAML's colon and space (： and U+3000), which
 * look like the real ones; a quote or a bracket left open is noticed only at the end of the text; a list item
 * out of line makes YAML complain about the line after it. `findSlip` is asked once YAML has refused the text;
 * `openQuote` and `listSlip` of valid YAML too, where the same slips make YAML read something else than typed.
 */
import type { ContentError } from './content-error';

/** A slip and its fix; `line` counts from 0, as the text's lines. */
export type Slip = Pick<ContentError, 'message' | 'hint'> & { line: number };

/** `key：value`, or `key:　value` (a full-width space after the colon). */
const FULL_WIDTH_KEY = /^([ \t]*)([A-Za-z_][\w-]*)[ \t\u3000]*(?:\uFF1A|:\u3000)[ \t\u3000]*(.*)$/;
/**
 * A full-width space in the indentation of a key or a list item; not of other text, as a line of a block of
 * Japanese text (`greeting: >-`) may rightly start with one.
 */
const FULL_WIDTH_INDENT = /^[ \t]*\u3000[ \t\u3000]*(?:-|[A-Za-z_][\w-]*[ \t]*[:\uFF1A])/;
const FULL_WIDTH_DASH = /^([ \t]*)-\u3000+(.*)$/;

/** The hint for a slip of the input method: the line as it should be. */
export const typedAgain = (line: string): string => `Type it with the input method off: ${line}`;

/** `title:Can I…`: YAML reads a colon without a space after it as part of the text. */
const NO_SPACE_KEY = /^([ \t]*)([A-Za-z_][\w-]*):([^\s:].*)$/;

/** A slip on one line: a full-width form of YAML's marks, or a colon without its space. */
function lineSlip(line: string, index: number): Slip | undefined {
  const key = FULL_WIDTH_KEY.exec(line);
  if (key) {
    const [, indent = '', name = '', value = ''] = key;
    const what = line.includes('\uFF1A') ? 'colon (\uFF1A)' : 'space after the colon';
    return { line: index, message: `invalid YAML: a full-width ${what} follows "${name}"`, hint: typedAgain(`${indent}${name}: ${value}`) };
  }
  const bare = NO_SPACE_KEY.exec(line);
  if (bare) return { line: index, message: `invalid YAML: "${bare[2]}" needs a space after its colon`, hint: `Write it with one: ${bare[1]}${bare[2]}: ${bare[3]}` };
  if (FULL_WIDTH_INDENT.test(line)) {
    return {
      line: index,
      message: 'invalid YAML: this line is indented with a full-width space (U+3000)',
      hint: 'Indent with normal spaces (the input method off), two for each level.',
    };
  }
  const dash = FULL_WIDTH_DASH.exec(line);
  if (dash) return { line: index, message: 'invalid YAML: a full-width space follows this item\'s "-"', hint: typedAgain(`${dash[1]}- ${dash[2]}`) };
  return undefined;
}

/** `key: "text` or `- 'text`: a value that opens a quote and does not close it on its line. */
const OPENED_QUOTE = /^([ \t]*(?:[A-Za-z_][\w-]*[ \t]*:|-)[ \t]+)(["'])(.*)$/;

/**
 * The first value that opens a quote and does not close it on its line. YAML reads on to the next such quote,
 * lines later, and then fails there or, worse, reads the lines between as part of the value; a value of ours
 * never needs to go on over lines in quotes (a block, `>-`, is for that). Asked of valid YAML too, for that.
 */
export function openQuote(text: string, last = Infinity): Slip | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length && index <= last; index++) {
    const match = OPENED_QUOTE.exec(lines[index] ?? '');
    if (!match) continue;
    const [, start = '', quote = '', rest = ''] = match;
    // Closed on the line, escapes read as YAML reads them (\" in double quotes, '' in single ones); what may follow
    // the closing quote is for YAML to judge.
    if ((quote === '"' ? /^(?:[^"\\]|\\.)*"/ : /^(?:[^']|'')*'(?!')/).test(rest)) continue;
    const name = quote === '"' ? 'double quote (")' : "single quote (')";
    return {
      line: index,
      message: `invalid YAML: this value opens a ${name} that is not closed on its line`,
      // An input method closes with a typographic quote (”), which YAML does not read as one: replaced, not kept.
      hint: `End the value with ${quote} on the same line: ${start}${quote}${rest.trimEnd().replace(/[\u201D\uFF02]$/, '')}${quote}`,
    };
  }
  return undefined;
}

/** The line (0-based) where a `[` or `{` left open began, and which; js-yaml notices only at the end of the text. */
function unclosedBracket(lines: readonly string[]): { line: number; bracket: string } | undefined {
  let depth = 0;
  let opened: { line: number; bracket: string } | undefined;
  lines.forEach((line, i) => {
    for (const char of line.replace(/"[^"]*"|'[^']*'/g, '')) {
      if (char === '[' || char === '{') {
        if (depth === 0) opened = { line: i, bracket: char };
        depth++;
      } else if ((char === ']' || char === '}') && depth > 0) depth--;
    }
  });
  return depth > 0 ? opened : undefined;
}

function bracketSlip(lines: readonly string[]): Slip | undefined {
  const open = unclosedBracket(lines);
  if (!open) return undefined;
  const close = open.bracket === '[' ? ']' : '}';
  return {
    line: open.line,
    message: `invalid YAML: the list that starts with "${open.bracket}" on this line is never closed`,
    hint: `End it with "${close}" on the same line: ${(lines[open.line] ?? '').trimEnd()}${close}`,
  };
}

const LIST_ITEM = /^( *)- /;
/** `key: text`, text YAML reads as plain text (not a list, a block, a quote, an anchor). */
const KEY_WITH_TEXT = /^\s*([A-Za-z_][\w-]*)[ \t]*:[ \t]+([^\s[{>|#&*!'"].*)$/;

/**
 * A list YAML reads otherwise than it looks, up to line `last`: an item indented otherwise than the one before it
 * (deeper, YAML joins it to that item's text; shallower, it stops there), or items under a key that has text on
 * its own line (YAML joins them all to that text). Asked of valid YAML too, for the joins.
 */
export function listSlip(lines: readonly string[], last = lines.length - 1): Slip | undefined {
  let previous: number | undefined;
  let before = '';
  for (let index = 0; index <= last && index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const indent = LIST_ITEM.exec(line)?.[1]?.length;
    const keyed = indent === undefined ? null : KEY_WITH_TEXT.exec(before);
    if (keyed) {
      return {
        line: index - 1,
        message: `invalid YAML: "${keyed[1]}" has text on its own line and a list under it, which YAML reads as one text`,
        hint: `Move the text to a line of its own, the list's first item: - ${keyed[2]}`,
      };
    }
    if (indent !== undefined && previous !== undefined && indent !== previous) {
      const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
      return {
        line: index,
        message: `invalid YAML: this list item is indented by ${spaces(indent)}, the one before it by ${spaces(previous)}`,
        hint: `Line up the "-" of every item of the list: indent each by ${spaces(previous)}.`,
      };
    }
    // "- - a": a list in a list, whose items are rightly deeper.
    previous = /^\s*- +- /.test(line) ? undefined : indent;
    before = line;
  }
  return undefined;
}

/**
 * The slip that most likely made YAML refuse `text`, given js-yaml's `reason` and the line (0-based) it stopped
 * on: a slip on one line first (it makes YAML stumble on that line or after it), then what the reason names.
 */
export function findSlip(text: string, reason: string, stoppedAt: number | undefined): Slip | undefined {
  const lines = text.split('\n');
  const last = stoppedAt ?? lines.length - 1;
  for (let index = 0; index <= last && index < lines.length; index++) {
    const slip = lineSlip(lines[index] ?? '', index);
    if (slip) return slip;
  }
  // A quote left open makes YAML stumble anywhere after it, in words about something else.
  const quote = openQuote(text, /quoted scalar/.test(reason) ? Infinity : last);
  if (quote) return quote;
  if (/flow collection/.test(reason)) return bracketSlip(lines);
  return listSlip(lines, last);
}
