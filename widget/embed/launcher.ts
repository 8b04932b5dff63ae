/**
 * The "Questions?" button, drawn with plain DOM so it appears before (and without) the app; nothing here is ever
 * parsed as HTML. Its icon is the stylesheet's (`.launcher::before`), so the label is the button's one child.
 */
export function createLauncher(doc: Document, label: string): HTMLButtonElement {
  // No `type="button"`: in its shadow root the button belongs to no form of the page, so it submits nothing.
  const button = doc.createElement('button');
  button.className = 'launcher';
  // The host page's `askdown-widget::part(launcher)` reaches it (README, "Theming"). An attribute, not `part.add`,
  // which jsdom lacks: web teams mount the widget in their own tests there.
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  // A live region from the start (one added with its words is not heard): "Help is unavailable" is said to the
  // visitor still on it, as a changed name is not read out by every screen reader; so is the content's title.
  button.setAttribute('aria-live', 'polite');
  // aria-expanded follows the controller (mountWidget, from the first state on); aria-controls is set
  // by the app once it has drawn the panel it names.
  button.append(label);
  return button;
}

/** The launcher's words, once the content says them in its own language (the icon stays). */
export function setLauncherLabel(button: HTMLElement, label: string, lang: string): void {
  button.lastChild!.textContent = label;
  button.lang = lang;
}
