/**
 * What `npm run demo` sends on Vite's HMR channel once it has rebuilt the content packs without a problem: the
 * live preview's widget (`useContentPack`) loads them again. Its own module, so the demo's Node server can
 * import it without the app.
 */
export const CONTENT_REBUILT_EVENT = 'askdown:content-rebuilt';
