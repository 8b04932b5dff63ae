/**
 * Finding the script tag that loaded the facade, after the page's load event. Not with `document.currentScript`
 * while the page loads: the first element a page's scripts touch makes the browser set up its DOM bindings,
 * milliseconds that would count against the host page's loading.
 */

/**
 * The first script address in a stack trace: Chrome writes "at https://…/askdown.js:1:200", Firefox and Safari
 * "name@https://…/askdown.js:1:200". Taken in a timer callback of ours, the stack holds only our functions.
 */
export function scriptUrlFromStack(stack: string | undefined): string | null {
  return /(https?:\/\/[^\s()@]+?):\d+:\d+/.exec(stack ?? '')?.[1] ?? null;
}

/** The last script tag with this address, else the last whose address names askdown (stack traces turned off). */
export function findScriptTag(doc: Document, url: string | null): HTMLScriptElement | null {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].reverse();
  return scripts.find((script) => script.src === url) ?? scripts.find((script) => script.src.includes('askdown')) ?? null;
}
