import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { followVisualViewport, lockPageScroll, PHONE_QUERY } from './phone-screen';

/**
 * While the panel is open and covers a phone's screen (`covering`: open, and `useCoversScreen`, so it follows a
 * window resized or turned): page scroll locked, panel sized to the visual viewport. Not while the host hides the
 * widget (`hidden` on its element): nothing would be on the screen to scroll instead.
 */
export function usePhoneScreen(covering: boolean, panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = panelRef.current;
    const win = panel?.ownerDocument.defaultView;
    // Always in the widget's shadow root, but for a panel drawn on its own (component tests).
    const root = panel?.getRootNode();
    if (!covering || !(root instanceof ShadowRoot) || (root.host as HTMLElement).hidden || !win?.matchMedia?.(PHONE_QUERY).matches) return;
    const unlock = lockPageScroll(root.ownerDocument);
    const unfollow = followVisualViewport(root);
    return () => {
      unfollow();
      unlock();
    };
  }, [covering, panelRef]);
}
