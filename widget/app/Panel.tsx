import { isImeKey } from './ime-key';
import type { FrameText } from './frame-text';
import { useUiText } from './current-ui-text';
import type { ComponentChildren, Ref } from 'preact';
import { trapTab } from './focus';
import type { Theme } from '../embed/config';

interface PanelProps {
  id: string;
  title: string;
  /** The title's language where it is not the panel's (our own English title in a panel of another language). */
  titleLang?: string;
  /** The language of the panel's words, so screen readers speak them right. */
  lang: string;
  theme: Theme;
  /** Controls beside the close button (the language switch). */
  headerTools?: ComponentChildren;
  open: boolean;
  /** Whether it covers the screen, and so is modal (`useCoversScreen`). */
  modal: boolean;
  panelRef: Ref<HTMLDivElement>;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The chat panel, a dialog that Escape closes (focus then goes back to what opened it: the launcher, or the page's
 * own control; `useReturnFocus`). Where it covers the screen it is modal: Tab cycles inside it, and screen readers
 * are told the page behind is out of reach. Where it floats beside the page, the page stays usable with a mouse,
 * so it is not modal for anyone: Tab goes on from its last control to the launcher, and Shift+Tab from the
 * launcher comes back. It stays mounted while closed so the conversation survives closing and reopening.
 */
export function Panel({ id, title, titleLang, lang, theme, open, modal, panelRef, onClose, headerTools, children }: PanelProps) {
  const text = useUiText<FrameText>();
  return (
    <div
      id={id}
      ref={panelRef}
      class="panel"
      part="panel"
      data-theme={theme}
      lang={lang}
      role="dialog"
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      hidden={!open}
      onKeyDown={(event) => {
        // Not the Escape that ends an IME conversion (a Japanese visitor cancelling one).
        if (event.key === 'Escape' && !isImeKey(event)) {
          event.stopPropagation();
          onClose();
        } else if (modal) {
          trapTab(event, event.currentTarget);
        }
      }}
    >
      {/* A div, not a header: a dialog does not scope a header, which would be a second banner beside the page's. */}
      <div class="panel-header" part="header">
        <h2 id={`${id}-title`} class="panel-title" lang={titleLang ?? lang}>
          {title}
        </h2>
        {headerTools}
        <button class="close" aria-label={text.close} onClick={onClose} />
      </div>
      {children}
    </div>
  );
}
