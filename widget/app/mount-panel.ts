import { isImeKey } from './ime-key';
import { adoptStyles } from '../embed/shadow-host';
import type { MountPanel } from '../embed/panel-contract';
import { isMarkdownContent } from '../markdown/markdown-contract';
import { earlyArticleFetches } from './early-article-fetches';
import { loadMarkdownCompiler } from './load-markdown-pack';
import { loadTypoSearch } from './load-typo-search';
import { setScriptLoader } from './widget-scripts';
import { mountApp } from './mount';
import panelCss from './panel.css?inline';
import { setTrustedTypesPolicy } from './trusted-html';
import { questionMisfits } from '../search/answer-misfits';
import { installMisfitRule } from '../search/misfit-rule';

/** The panel's id, which the launcher's aria-controls names. */
const PANEL_ID = 'askdown-panel';

/**
 * Adds the panel's styles to the widget's shadow root and renders the app just before the launcher. The
 * render waits for a task of its own: it would otherwise run in the task that evaluated this script, and the two
 * together are one long task for a page that is still busy.
 */
export const mountPanel: MountPanel = ({ shadow, launcher, controller, emitter, config, content, trustedTypes, loadScript }) => {
  setScriptLoader(loadScript);
  installMisfitRule(questionMisfits);
  // In the run-time Markdown mode the compiler and the articles are wanted before anything can answer: they come
  // while the panel is drawn.
  if (isMarkdownContent(config.contentUrl)) {
    void loadMarkdownCompiler().catch(() => {});
    if (content) void earlyArticleFetches(config.contentUrl, content);
  }
  setTimeout(() => {
    if (controller.destroyed) return;
    adoptStyles(shadow, panelCss);
    setTrustedTypesPolicy(trustedTypes);
    // Now, beside the content: a question with an unknown word waits for it (`useConversation`), others do not.
    void loadTypoSearch();
    // Before the launcher, so the panel comes first in the shadow root's tab order.
    const container = document.createElement('div');
    launcher.before(container);
    controller.onDestroy(mountApp(container, { controller, emitter, config, panelId: PANEL_ID, content, launcher }));
    launcher.setAttribute('aria-controls', PANEL_ID);
    // Beside the page the open panel is not modal, so Tab reaches the launcher after it and the page after that,
    // where the panel may cover what has focus (WCAG 2.4.11): Escape there closes it, focus staying where it is.
    // Not an Escape the page acts on, said or not: one it prevented, a field's (a search box clears), one inside a
    // dialog of its own (which the Escape closes), nor one that ends an IME conversion. The panel's own Escape
    // stops at the panel.
    const closeOnEscape = (event: KeyboardEvent) => {
      const target = event.composedPath()[0] as Element;
      if (event.key !== 'Escape' || event.defaultPrevented || isImeKey(event) || !controller.isOpen) return;
      if (!target.closest?.('input,textarea,select,[contenteditable],dialog,[aria-modal="true"]')) controller.close();
    };
    document.addEventListener('keydown', closeOnEscape);
    controller.onDestroy(() => document.removeEventListener('keydown', closeOnEscape));
  }, 0);
};
