import { serveOnFreePort, type RunningServer } from '../../build/demo/static-server';

export { launchChromium } from '../../build/browser/chromium';

/** Serves the test host pages and the built `dist/` on a free localhost port (HTML with the strict CSP). */
export function startServer(roots: readonly string[] = ['test/e2e/pages', 'dist']): Promise<RunningServer> {
  return serveOnFreePort(roots);
}
