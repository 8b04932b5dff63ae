/** Tells the host page's console, under the widget's name, what went wrong: an error by its message alone. */
export function warn(...problem: unknown[]): void {
  console.warn('Askdown:', ...problem.map((part) => (part instanceof Error ? part.message : part)));
}
