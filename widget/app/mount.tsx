import { render } from 'preact';
import { App, type AppProps } from './App';

/**
 * Renders the panel app into a container inside the widget's shadow root. Returns its unmounting, which runs
 * every effect's cleanup: the app's listeners and timers go with it.
 */
export function mountApp(container: HTMLElement, props: AppProps): () => void {
  render(<App {...props} />, container);
  return () => render(null, container);
}
