import { afterAll } from 'vitest';
import '@testing-library/jest-dom/vitest';
// As in every Node use of the matcher: Japanese analysed as the content build analyses it (see cjk-analysis.ts).
import '../widget/search';

// jsdom has constructable stylesheets but not `adoptedStyleSheets`, which every browser the widget supports has.
if (typeof ShadowRoot !== 'undefined' && !('adoptedStyleSheets' in ShadowRoot.prototype)) {
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', { value: [], writable: true });
}

/**
 * Preact runs a render's effects after the next frame, or after 35 ms should no frame come (its hooks'
 * `afterNextFrame`), and that fallback calls `cancelAnimationFrame`. On a loaded machine the last test of a file
 * can end before either: jsdom is then torn down and the timer throws `cancelAnimationFrame is not defined`, an
 * unhandled error that fails the run (seen once in CI, 2026-11-29, after web-team-api.test.tsx). So a file in a
 * page waits those 35 ms out before its page goes; Node runs the earlier timer first.
 */
const PREACT_FRAME_FALLBACK_MS = 35;
if (typeof window !== 'undefined') afterAll(() => new Promise((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS + 15)));
