/**
 * The "Questions?" button, drawn with plain DOM so it appears before (and without) the app. Its icon is built
 * with DOM calls rather than markup so nothing here is ever parsed as HTML.
 */
export function createLauncher(doc: Document, label: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  // The host page's `askdown-widget::part(launcher)` reaches it (README, "Theming").
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  // aria-expanded follows the controller (setLauncherExpanded, from the first state on); aria-controls is set
  // by the app once it has drawn the panel it names.

  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
  svg.append(path);

  button.append(svg, label);
  return button;
}

export function setLauncherExpanded(button: HTMLButtonElement, expanded: boolean): void {
  button.setAttribute('aria-expanded', String(expanded));
}

/** The launcher's words, once the content says them in its own language (the icon stays). */
export function setLauncherLabel(button: HTMLElement, label: string, lang: string): void {
  button.lastChild!.textContent = label;
  button.lang = lang;
}
