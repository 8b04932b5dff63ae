/** The element the widget lives in, and the open shadow root that keeps host CSS out and ours in. */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

export const HOST_TAG = 'askdown-widget';

/**
 * The host goes at the end of <html>, after <body>: a `transform`, `filter` or `contain` on the host page's body
 * would otherwise become the containing block of our fixed-position launcher and panel, and frameworks that
 * re-render the whole body would remove us.
 */
export function createShadowHost(doc: Document): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return { host, shadow };
}

/**
 * Applies CSS without `<style>` or `style=""`, which a strict Content-Security-Policy (`style-src 'self'`)
 * blocks: constructable stylesheets are allowed under it, and every browser the widget supports has them
 * (Chrome 73, Firefox 101, Safari 16.4), so there is no `<style>` fallback to carry.
 */
export function adoptStyles(shadow: ShadowRoot, cssText: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
