import { SCRIPT_READY_EVENT } from './panel-contract';
import { trustedTypesPolicy } from './trusted-types';

/**
 * Loads one of the widget's scripts (the app, a language) with a plain <script> element, which works under
 * `script-src 'self'`, and resolves with what the script announces on its own element (`SCRIPT_READY_EVENT`). The
 * element is removed once it has run, so the host page's DOM is left as it was. With `pin.integrity`, a script
 * that is not byte for byte the one built with this one is refused by the browser and the promise rejects.
 * `integrity` is the script's `sha256-…` hash, which the build writes into the script that loads it ('' for
 * none); `crossOrigin` the facade tag's own attribute, as integrity needs CORS where the scripts are on another
 * origin than the page.
 */
export function loadScript<T>(doc: Document, url: string, integrity = '', crossOrigin: string | null = null): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const trusted = trustedTypesPolicy(window);
    // A script added by code is async already.
    script.src = (trusted ? trusted.createScriptURL(url) : url) as string;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = crossOrigin;
    }
    script.addEventListener(SCRIPT_READY_EVENT, (event) => resolve((event as CustomEvent<T>).detail));
    // After "load", the promise has resolved if the script announced itself; otherwise the URL served something else.
    const fail = () => {
      script.remove();
      reject(new Error(`cannot load ${url}`));
    };
    script.onload = script.onerror = fail;
    doc.head.append(script);
  });
}

/**
 * Downloads `url` into the HTTP cache without running it, for `loadScript` to find there: a `fetch`, whose
 * response the browser's cache keeps and a script element then takes (in Chromium even while it is still
 * arriving; where the server asks for revalidation, with one 304). It asks exactly as that element will, with the
 * facade tag's `crossOrigin`: without it, no-cors with the visitor's cookies; with it, CORS (and cookies only for
 * `use-credentials`). A copy fetched any other way is one the element cannot use: a no-cors copy lacks the CORS
 * headers a CDN sends only to a request with an `Origin`, so the browser would refuse the app it served from its
 * cache and the widget could not load until the copy expired; and Firefox keeps copies fetched with and without
 * cookies apart. Not a `<link rel=prefetch>`: Safari has none, and it is an element in the page's head. A failed
 * download is the script element's to report, when the app is wanted.
 */
export function prefetchScript(url: string, crossOrigin: string | null): void {
  fetch(url, { mode: crossOrigin ? 'cors' : 'no-cors', credentials: crossOrigin === 'anonymous' ? undefined : 'include' }).catch(() => {});
}
