import { describe, expect, it } from 'vitest';
import { stem } from '../../../widget/search/stem';

describe('stem', () => {
  it.each([
    ['share', 'shared', 'sharing', 'shares'],
    ['register', 'registered', 'registering', 'registers'],
    ['address', 'addresses'],
    ['apply', 'applies', 'applied'],
    ['secure', 'security', 'securely'],
    ['policy', 'policies'],
  ])('gives "%s" and its inflections one stem', (...forms) => {
    const stems = new Set(forms.map(stem));
    expect(stems.size).toBe(1);
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('passwords')).not.toBe(stem('pass'));
    expect(stem('users')).not.toBe(stem('us'));
  });

  it('only takes the plural "s" off three-letter words, and leaves words with digits whole', () => {
    expect(stem('ids')).toBe('id');
    expect(stem('gas')).toBe('gas');
    expect(stem('use')).toBe('use');
    expect(stem('24hours')).toBe('24hours');
  });

  it('does not strip "s" from words that end in ss, us or is', () => {
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });
});
