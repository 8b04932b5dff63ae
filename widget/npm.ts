/**
 * The npm package's entry (`import { mount } from 'askdown'`): the widget the script tag gives, mounted from code.
 * The app, the Japanese support, the typo search, the run-time Markdown compiler and the sharded pack's reader are imported on demand, so a bundler splits them off and loads them when the
 * visitor reaches for the launcher, as the facade loads its scripts; there is no `window.Askdown`.
 */
import { readEmbedConfig, type EmbedAttributes } from './embed/config';
import { createController } from './embed/controller';
import { createEmitter } from './embed/events';
import { mountWidget, WIDGET_VERSION } from './embed/mount-widget';
import { APP_SCRIPT_FILE, type ScriptLoader } from './embed/panel-contract';
import { createPublicApi } from './embed/public-api';
import { LANGUAGE_SCRIPTS } from './languages/language-support';
import { MARKDOWN_SCRIPT } from './markdown/markdown-contract';
import { SHARDS_SCRIPT } from './shards/shards-contract';
import { TYPO_SCRIPT } from './search/typo-script';
import type { AskdownApi, MountOptions } from './public-types';

export type { AskdownApi, AskdownEventName, AskdownEvents, AskdownHandler, MountOptions } from './public-types';

/** The widget mount() drew and has not destroyed: one per page, as with the script tag. */
let mounted: AskdownApi | null = null;

/** The options as the facade reads them from a script tag's `dataset`. */
function attributesOf(options: MountOptions): EmbedAttributes {
  const { base: _base, open, ...rest } = options;
  const attributes: EmbedAttributes = {};
  for (const [name, value] of Object.entries(rest)) if (value !== undefined) attributes[name as keyof EmbedAttributes] = String(value);
  if (open !== undefined) attributes.open = String(open);
  return attributes;
}

/** The widget's own "scripts", from the bundle: the bundler's code splitting does the loading. */
const loadBundled: ScriptLoader = async <T>(file: string): Promise<T> => {
  if (file === APP_SCRIPT_FILE) return (await import('./app/mount-panel')).mountPanel as T;
  if (file === LANGUAGE_SCRIPTS.ja?.file) return (await import('./languages/japanese-support')).JAPANESE_SUPPORT as T;
  if (file === TYPO_SCRIPT.file) return (await import('fuse.js/basic')).default as T;
  if (file === MARKDOWN_SCRIPT.file) return (await import('./markdown/markdown-support')).loadMarkdownContent as T;
  if (file === SHARDS_SCRIPT.file) return (await import('./shards/open-sharded-content')).openShardedContent as T;
  throw new Error(`no Askdown module for ${file}`);
};

/**
 * Mounts the widget on the page with the same options as the script tag's `data-*` attributes and returns its
 * API. Called again while the widget is mounted, it warns and returns that one; `destroy()` on the result
 * removes it, after which `mount()` mounts afresh.
 */
export function mount(options: MountOptions = {}): AskdownApi {
  if (mounted) {
    console.warn('Askdown: mount() was called while the widget is mounted; destroy() it first. Returning the mounted one.');
    return mounted;
  }
  const emitter = createEmitter();
  const controller = createController(emitter);
  const api = createPublicApi(WIDGET_VERSION, controller, emitter);
  const base = new URL(options.base ?? document.baseURI, document.baseURI).href;
  const config = readEmbedConfig(attributesOf(options), base, (value) => CSS.supports('color', value), [
    document.documentElement.lang,
    navigator.language,
  ]);
  // Nothing of the app is fetched ahead: a bundler's chunk cannot be downloaded without being run.
  mountWidget(config, loadBundled, () => {}, controller, emitter);
  controller.onDestroy(() => (mounted = null));
  return (mounted = api);
}
