import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { WidgetController } from '../embed/controller';

/**
 * Closing the panel while focus is in it, whoever closes it (the visitor, or the page's own code calling
 * `Askdown.close()`), gives focus back to where it was before the panel opened: the page's own control that opened
 * it (a "Help" link calling showArticle), or else the launcher. A hidden panel would otherwise drop it to the
 * page's top. Focus the page has moved elsewhere stays there. The controller tells its listeners as the panel
 * opens, before the panel takes focus, and as it closes, before it hides.
 */
export function useReturnFocus(controller: WidgetController, launcher: HTMLElement | undefined, panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opener: HTMLElement | null = null;
    const listener = (isOpen: boolean) => {
      const box = panel.current;
      // Focus in the panel: a close gives it back; told again of a panel already open (an article asked for while
      // the content loads), the opener stays.
      if (box?.contains((box.getRootNode() as ShadowRoot).activeElement)) {
        if (!isOpen) (opener?.isConnected ? opener : launcher)?.focus();
      } else if (isOpen) {
        const active = document.activeElement;
        // The widget's own host (focus on the launcher): the launcher is where focus goes anyway.
        opener = (active !== document.body && !active?.shadowRoot ? active : null) as HTMLElement | null;
      }
    };
    // A page's first call (open, ask) opened the panel before the app was here to hear it; the panel takes focus
    // only after this, so the page's control still has it.
    listener(controller.isOpen);
    return controller.subscribe(listener);
  }, [controller, launcher]);
}
