import { render } from 'preact';
import { App, type AppProps } from './App';

/** Renders the panel app into a container inside the widget's shadow root. */
export function mountApp(container: HTMLElement, props: AppProps): void {
  render(<App {...props} />, container);
}
