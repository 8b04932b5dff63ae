import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { followVisualViewport, lockPageScroll, PHONE_QUERY } from './phone-screen';

/**
 * While the panel is open and covers a phone's screen: page scroll locked, panel sized to the visual viewport.
 * Not while the host hides the widget (`hidden` on its element): nothing would be on the screen to scroll instead.
 */
export function usePhoneScreen(open: boolean, panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = panelRef.current;
    const win = panel?.ownerDocument.defaultView;
    if (!open || !panel || ((panel.getRootNode() as ShadowRoot).host as HTMLElement | undefined)?.hidden || !win?.matchMedia?.(PHONE_QUERY).matches) return;
    const unlock = lockPageScroll(panel.ownerDocument);
    const unfollow = followVisualViewport(panel.getRootNode() as ShadowRoot);
    return () => {
      unfollow();
      unlock();
    };
  }, [open, panelRef]);
}
