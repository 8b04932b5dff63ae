import { trustedTypesPolicy } from './trusted-types';

/**
 * Loads one of the widget's scripts (the app, a language) with a plain <script> element, which works under
 * `script-src 'self'`, and resolves with what the script announces on its own element with `readyEvent`. The
 * element is removed once it has run, so the host page's DOM is left as it was. With `pin.integrity`, a script
 * that is not byte for byte the one built with this one is refused by the browser and the promise rejects.
 * `integrity` is the script's `sha384-…` hash, which the build writes into the script that loads it ('' for
 * none); `crossOrigin` the facade tag's own attribute, as integrity needs CORS where the scripts are on another
 * origin than the page.
 */
export function loadScript<T>(doc: Document, url: string, readyEvent: string, integrity = '', crossOrigin: string | null = null): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const trusted = trustedTypesPolicy(window);
    // A script added by code is async already.
    script.src = (trusted ? trusted.createScriptURL(url) : url) as string;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = crossOrigin;
    }
    script.addEventListener(readyEvent, (event) => resolve((event as CustomEvent<T>).detail));
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
 * Downloads `url` into the HTTP cache without running it, for `loadScript` to find there: a `<link
 * rel=prefetch>`, which the browser fetches at low priority (where the server asks for revalidation, running it
 * later costs one 304). `crossOrigin` as `loadScript` will ask, so the request is the same. The element goes once
 * done.
 */
export function prefetchScript(doc: Document, url: string, crossOrigin: string | null): void {
  const link = doc.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  link.crossOrigin = crossOrigin;
  link.onload = link.onerror = () => link.remove();
  doc.head.append(link);
}
