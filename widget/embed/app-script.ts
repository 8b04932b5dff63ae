import { APP_READY_EVENT, type MountPanel } from './panel-contract';

/**
 * Loads the app script with a plain <script> element: it works under `script-src 'self'` and needs no CORS
 * headers from the host. The element is removed once it has run, so the host page's DOM is left as it was.
 */
export function loadAppScript(doc: Document, url: string): Promise<MountPanel> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url; // a script added by code is async already
    script.addEventListener(APP_READY_EVENT, (event) => resolve((event as CustomEvent<MountPanel>).detail));
    // After "load", the promise has resolved if the app announced itself; otherwise the URL served something else.
    const fail = () => {
      script.remove();
      reject(new Error(`the Askdown app did not start from ${url}`));
    };
    script.onload = script.onerror = fail;
    doc.head.append(script);
  });
}
