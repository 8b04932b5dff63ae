/**
 * What the open panel does to the page on a phone, where it covers the whole screen: the page behind stops
 * scrolling, and the panel follows the visual viewport, which shrinks under the on-screen keyboard while the
 * layout viewport (what `position: fixed` uses) does not on iOS, so the question box would sit behind the keyboard.
 */

/** Panels this narrow, or this short, cover the screen (the same query as panel.css). */
export const PHONE_QUERY = '(max-width: 600px), (max-height: 500px)';

/**
 * Stops the host page scrolling behind the panel; the function returned gives it back. CSSOM, not a style
 * attribute, so a strict Content-Security-Policy allows it; the host's own inline value is restored exactly.
 */
export function lockPageScroll(doc: Document): () => void {
  const root = doc.documentElement;
  const previous = root.style.getPropertyValue('overflow');
  const priority = root.style.getPropertyPriority('overflow');
  // A page with no style attribute gets none back either (not `style=""`: a stranger's try, 2026-11-29).
  const attribute = root.getAttribute('style');
  root.style.setProperty('overflow', 'hidden', 'important');
  return () => {
    root.style.setProperty('overflow', previous, priority);
    if (attribute === null && !root.style.length) root.removeAttribute('style');
  };
}

/**
 * Keeps `--askdown-viewport-height` and `--askdown-viewport-top` on the widget's host equal to the visual
 * viewport's, through a stylesheet of its own (no style attribute), until the function returned is called.
 */
export function followVisualViewport(shadow: ShadowRoot): () => void {
  const win = shadow.ownerDocument.defaultView;
  const viewport = win?.visualViewport;
  const Sheet = win?.CSSStyleSheet;
  if (!viewport || !Sheet || !('adoptedStyleSheets' in shadow)) return () => {};
  const sheet = new Sheet();
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const update = () =>
    sheet.replaceSync(`:host{--askdown-viewport-height:${viewport.height}px;--askdown-viewport-top:${viewport.offsetTop}px}`);
  update();
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  return () => {
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
