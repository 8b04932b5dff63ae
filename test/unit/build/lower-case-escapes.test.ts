import { describe, expect, it } from 'vitest';
import { lowerCaseEscapes } from '../../../build/lower-case-escapes';

describe('lowerCaseEscapes', () => {
  it('writes the hex digits of every \\u escape in lower case, in strings and regular expressions', () => {
    expect(lowerCaseEscapes(String.raw`var a="\u304D",b=/\u51FA\u6765/;`)).toBe(String.raw`var a="\u304d",b=/\u51fa\u6765/;`);
    expect(lowerCaseEscapes(String.raw`/[\u30A1-\u30F6]/g`)).toBe(String.raw`/[\u30a1-\u30f6]/g`);
  });

  it('leaves text that only looks like an escape: an escaped backslash followed by u', () => {
    expect(lowerCaseEscapes(String.raw`"\\u304D"`)).toBe(String.raw`"\\u304D"`);
    expect(lowerCaseEscapes(String.raw`"\\\u304D"`)).toBe(String.raw`"\\\u304d"`);
    expect(lowerCaseEscapes(String.raw`"\u{1F600}" "u304D"`)).toBe(String.raw`"\u{1F600}" "u304D"`);
  });

  it('keeps what the code means', () => {
    const source = String.raw`["\u304D\u30A1", /^\u51FA$/.test("\u51fa"), "\\u00FF"]`;
    const evaluate = (code: string): unknown => (0, eval)(code);
    expect(evaluate(lowerCaseEscapes(source))).toEqual(evaluate(source));
  });
});
