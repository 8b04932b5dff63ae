const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements Tab can reach inside `container`, in order. */
export function focusableIn(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[hidden]') && element.getAttribute('aria-hidden') !== 'true',
  );
}

/**
 * Keeps Tab and Shift+Tab cycling inside an open modal dialog, as WAI-ARIA's dialog pattern asks. Returns whether
 * it moved focus (and so prevented the browser's own move).
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== 'Tab') return false;
  const focusable = focusableIn(container);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return false;
  // The panel's own root (its shadow root) holds no shadow root of its own: its activeElement is the focus.
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  // The container itself holds focus after a click on its text, or once a button that had it went away: it is
  // outside the cycle, and the browser's own move from it would leave the dialog (a stranger's audit).
  const outside = active === container || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    first.focus();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
