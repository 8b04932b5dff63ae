import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../widget/safe-url';

describe('isSafeUrl', () => {
  it.each(['https://example.com/a', 'http://example.com', 'mailto:help@example.com', 'tel:+81-3-0000-0000', '/help', 'faq.html#top', '#top', '?q=1'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html,x',
    '//evil.example/',
    ' //evil.example/',
    'file:///etc/passwd',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});
