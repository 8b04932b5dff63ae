import { useEffect, useRef } from 'preact/hooks';
import type { WidgetController } from '../embed/controller';

/**
 * Closing the panel gives focus back to where it was before the panel opened: the page's own control that opened
 * it (a "Help" link calling showArticle), or else the launcher. Returns the close. Declare it before the effect
 * that moves focus into the panel: it reads the focus the panel is about to take.
 */
export function useReturnFocus(open: boolean, controller: WidgetController, launcher: HTMLElement | undefined): () => void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    // The widget's own host (focus in its shadow root, on the launcher): the launcher is where focus goes anyway.
    if (open) opener.current = active instanceof HTMLElement && active !== document.body && !active.shadowRoot ? active : null;
  }, [open]);
  return () => {
    const back = opener.current;
    controller.close();
    (back?.isConnected ? back : launcher)?.focus();
  };
}
