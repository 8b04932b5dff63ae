import { LANGUAGE_READY_EVENT, LANGUAGE_SCRIPTS, type LanguageSupport } from '../languages/language-support';
import { installCjkAnalysis } from '../search/cjk-analysis';
import { scriptLoader } from './widget-scripts';

const loaded = new Map<string, Promise<LanguageSupport | null>>();

/**
 * Loads the script of `locale` once, pinned to the hash it was built with, and installs its analysis; resolves
 * with its support, or null for a language that has no script (English). Rejects if the script does not come, so
 * the panel shows the load error with its retry, which tries again.
 */
export function loadLanguage(locale: string): Promise<LanguageSupport | null> {
  const script = LANGUAGE_SCRIPTS[locale];
  const loadScript = scriptLoader();
  if (!script || !loadScript) return Promise.resolve(null);
  let loading = loaded.get(locale);
  if (!loading) {
    loading = loadScript<LanguageSupport>(script.file, LANGUAGE_READY_EVENT, script.integrity).then(
      (support) => {
        installCjkAnalysis(support.analysis);
        return support;
      },
      (error: unknown) => {
        loaded.delete(locale);
        throw error;
      },
    );
    loaded.set(locale, loading);
  }
  return loading;
}
