import type { TrustedTypesPolicy } from './panel-contract';

let policy: TrustedTypesPolicy | undefined;

/**
 * The widget's one Trusted Types policy, "askdown", made on first use: a page that requires Trusted Types lists
 * it (`trusted-types askdown`) and may allow it only once, so the facade makes it and hands it to the app. It
 * passes the app's address, which the facade computed, and HTML that the app only ever parses into an inert
 * document to sanitise. Null where the browser has no Trusted Types.
 */
export function trustedTypesPolicy(win: Window): TrustedTypesPolicy | undefined {
  const factory = (win as Window & { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypesPolicy } }).trustedTypes;
  return (policy ??= factory?.createPolicy('askdown', { createHTML: String, createScriptURL: String }));
}
