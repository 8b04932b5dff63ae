import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * When the open panel becomes modal (the window narrowed until it covers the screen), focus left outside it moves
 * in, to `target` (the question box) or the panel: beside the page it could have gone on to the launcher, which
 * the covering panel hides, or back to the page, which it covers, and Escape and Tab would be lost there.
 */
export function useModalFocus(modal: boolean, open: boolean, panelRef: RefObject<HTMLElement | null>, targetRef: RefObject<HTMLElement | null>): void {
  const wasModal = useRef(modal);
  useEffect(() => {
    const becameModal = modal && !wasModal.current;
    wasModal.current = modal;
    const panel = panelRef.current;
    if (!becameModal || !open || !panel) return;
    if (!panel.contains((panel.getRootNode() as ShadowRoot | Document).activeElement)) (targetRef.current ?? panel).focus();
  }, [modal, open, panelRef, targetRef]);
}
