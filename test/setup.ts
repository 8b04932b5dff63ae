import '@testing-library/jest-dom/vitest';
// As in every Node use of the matcher: Japanese analysed as the content build analyses it (see cjk-analysis.ts).
import '../widget/search';

// jsdom has constructable stylesheets but not `adoptedStyleSheets`, which every browser the widget supports has.
if (typeof ShadowRoot !== 'undefined' && !('adoptedStyleSheets' in ShadowRoot.prototype)) {
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', { value: [], writable: true });
}
