import type { TrustedTypesPolicy } from '../embed/panel-contract';

let policy: TrustedTypesPolicy | undefined;

/** Keeps the facade's Trusted Types policy for the app's two HTML sinks and its one script sink. */
export function setTrustedTypesPolicy(given: TrustedTypesPolicy | undefined): void {
  policy = given;
}

/**
 * HTML for the only two places the app hands HTML to the browser: DOMParser, which parses answers into an inert
 * document to sanitise them, and the answer card, which shows what that sanitiser returned. On a page that
 * requires Trusted Types the browser accepts only a TrustedHTML there; elsewhere the string itself.
 */
export function trustedHTML(html: string): string {
  return (policy ? policy.createHTML(html) : html) as string;
}

/** A script address for the app's one script sink, the language script it loads (see `loadLanguage`). */
export function trustedScriptURL(url: string): string {
  return (policy ? policy.createScriptURL(url) : url) as string;
}
