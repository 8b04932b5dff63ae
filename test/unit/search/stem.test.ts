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
    ['connect', 'connected', 'connecting', 'connection', 'connections'],
  ])('gives "%s" and its inflections one stem', (...forms) => {
    const stems = new Set(forms.map(stem));
    expect(stems.size).toBe(1);
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('passwords')).not.toBe(stem('pass'));
    expect(stem('users')).not.toBe(stem('us'));
  });

  it('leaves words with digits whole', () => {
    expect(stem('24hours')).toBe('24hours');
    expect(stem('2fa')).toBe('2fa');
  });

  it('does not strip "s" from words that end in ss', () => {
    expect(stem('access')).toBe('access');
    expect(stem('address')).toBe('address');
  });
});
