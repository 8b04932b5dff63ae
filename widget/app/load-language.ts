import { LANGUAGE_READY_EVENT, LANGUAGE_SCRIPTS, type LanguageSupport } from '../languages/language-support';
import { installCjkAnalysis } from '../search/cjk-analysis';
import { trustedScriptURL } from './trusted-html';

const loaded = new Map<string, Promise<LanguageSupport | null>>();

/**
 * Loads the script of `locale` (next to `scriptUrl`, the facade's), once, and installs its analysis; resolves
 * with its support, or null for a language that has no script (English). Rejects if the script does not come, so
 * the panel shows the load error with its retry, which tries again.
 */
export function loadLanguage(locale: string, scriptUrl: string): Promise<LanguageSupport | null> {
  const file = LANGUAGE_SCRIPTS[locale];
  if (!file) return Promise.resolve(null);
  let loading = loaded.get(locale);
  if (!loading) {
    const url = new URL(file, scriptUrl).href;
    loading = new Promise<LanguageSupport>((resolve, reject) => {
      const script = document.createElement('script');
      let ready = false;
      script.src = trustedScriptURL(url);
      script.addEventListener(LANGUAGE_READY_EVENT, (event) => {
        const support = (event as CustomEvent<LanguageSupport>).detail;
        installCjkAnalysis(support.analysis);
        ready = true;
        resolve(support);
      });
      // After "load" the script has announced itself, unless the URL served something else.
      script.onload = script.onerror = () => {
        script.remove();
        if (ready) return;
        loaded.delete(locale);
        reject(new Error(`no Askdown language script at ${url}`));
      };
      document.head.append(script);
    });
    loaded.set(locale, loading);
  }
  return loading;
}
