import { describe, expect, it } from 'vitest';
import { shownPath } from '../../../build/shown-path';

describe('a path in the build\'s messages', () => {
  it('is shown from the folder the command runs in, or in full where that is shorter (a stranger\'s try as a web team)', () => {
    expect(shownPath('/work/main/content/en/x.md', '/work/main')).toBe('content/en/x.md');
    expect(shownPath('/work/copy/content', '/work/main')).toBe('../copy/content');
    expect(shownPath('/tmp/checked/content/en.json', '/work/main/deep/er')).toBe('/tmp/checked/content/en.json');
    expect(shownPath('/work/main', '/work/main')).toBe('/work/main');
  });
});
