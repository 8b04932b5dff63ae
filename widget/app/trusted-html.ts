import type { TrustedTypesPolicy } from '../embed/panel-contract';

let policy: TrustedTypesPolicy | undefined;

/** Keeps the facade's Trusted Types policy for the app's two HTML sinks (the facade loads the scripts). */
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
