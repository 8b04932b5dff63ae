import { describe, expect, it } from 'vitest';
import { firstNonAscii } from '../../../build/size/ascii';

describe('firstNonAscii', () => {
  it('finds the first character outside ASCII, by line and column', () => {
    expect(firstNonAscii('const a = 1;\nconst b = "ー";')).toBe('2:12 (U+30FC)');
    expect(firstNonAscii('x\u00a0')).toBe('1:2 (U+00A0)');
  });

  it('passes pure ASCII, escapes included', () => {
    expect(firstNonAscii('const b = "\\u30FC"; // \\x7f')).toBeNull();
    expect(firstNonAscii('\x7f\t\n')).toBeNull();
  });
});
