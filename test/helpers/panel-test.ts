import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import { loadLoginFaqPack } from './login-faq';

/**
 * For a component test file of the panel: hands `take` the log-in pack once, before the tests, and leaves a clean
 * page, globals, mocks and address after each one.
 */
export function usePanelTest(take: (pack: ContentPack) => void): void {
  beforeAll(async () => take(await loadLoginFaqPack()));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    history.replaceState(null, '', '/');
  });
}
