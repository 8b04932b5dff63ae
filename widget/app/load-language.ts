import { LANGUAGE_SCRIPTS, type LanguageSupport } from '../languages/language-support';
import { installCjkAnalysis } from '../search/cjk-analysis';
import { loadWidgetScript, scriptLoader } from './widget-scripts';

/**
 * Loads the script of `locale` once and installs its analysis; resolves with its support, or null for a language
 * that has no script (English). Rejects if the script does not come, so the panel shows the load error with its
 * retry, which tries again.
 */
export function loadLanguage(locale: string): Promise<LanguageSupport | null> {
  const script = LANGUAGE_SCRIPTS[locale];
  if (!script || !scriptLoader()) return Promise.resolve(null);
  return loadWidgetScript<LanguageSupport>(script).then((support) => {
    installCjkAnalysis(support.analysis);
    return support;
  });
}
