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
 * blocks: constructable stylesheets are allowed under it. Browsers without them get a `<style>` element, which
 * works wherever the page's CSP permits it.
 */
export function adoptStyles(shadow: ShadowRoot, cssText: string): void {
  const Sheet = shadow.ownerDocument.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in shadow) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element: an engine without constructable sheets throws above.
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = cssText;
  shadow.append(style);
}
