import { APP_READY_EVENT, type MountPanel } from './panel-contract';
import { trustedTypesPolicy } from './trusted-types';

/**
 * Loads the app script with a plain <script> element: it works under `script-src 'self'` and needs no CORS
 * headers from the host. The element is removed once it has run, so the host page's DOM is left as it was.
 */
export function loadAppScript(doc: Document, url: string): Promise<MountPanel> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const trusted = trustedTypesPolicy(doc.defaultView ?? window);
    // A script added by code is async already.
    script.src = (trusted ? trusted.createScriptURL(url) : url) as string;
    script.addEventListener(APP_READY_EVENT, (event) => resolve((event as CustomEvent<MountPanel>).detail));
    // After "load", the promise has resolved if the app announced itself; otherwise the URL served something else.
    const fail = () => {
      script.remove();
      reject(new Error(`no Askdown app at ${url}`));
    };
    script.onload = script.onerror = fail;
    doc.head.append(script);
  });
}
