import type { Token, Tokens } from 'marked';

function childrenOf(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  // Table cells carry their tokens but no raw text of their own: their tokens are searched from the table's start.
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [];
}

/**
 * Where `raw` starts in `source`, searching from `from`. Tokens inside blockquotes and list items lose their
 * "> " or indentation, so a multi-line raw may not appear verbatim; its first line still does.
 */
function locate(source: string, raw: string, from: number): { at: number; length: number } {
  const whole = source.indexOf(raw, from);
  if (whole !== -1) return { at: whole, length: raw.length };
  const firstLine = raw.split('\n')[0] ?? '';
  const partial = source.indexOf(firstLine, from);
  return partial !== -1 ? { at: partial, length: firstLine.length } : { at: from, length: 0 };
}

/**
 * Visits every token marked made of `source`, nested ones included (list items and table cells too), with the
 * offset in `source` where the token starts. Siblings are searched for in order, each after the one before, so
 * text that appears twice is found where this token is, not where it first appears.
 */
export function walkTokensWithOffsets(source: string, tokens: readonly Token[], visit: (token: Token, offset: number) => void): void {
  const walk = (list: readonly Token[], from: number): void => {
    let cursor = from;
    for (const token of list) {
      const { at, length } = locate(source, token.raw, cursor);
      visit(token, at);
      walk(childrenOf(token), at);
      cursor = at + length;
    }
  };
  walk(tokens, 0);
}

/** The file line of an offset in text that starts on line `firstLine` of the file. */
export function lineLocator(text: string, firstLine: number): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    // Binary search: the number of newlines before `offset`.
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((newlines[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return firstLine + low;
  };
}
