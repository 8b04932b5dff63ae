/**
 * The script tag that loaded the facade: `document.currentScript`, read while the facade's code first runs
 * (it is null in any later task), else, where a loader ran the code some other way, the last script tag whose
 * address names askdown.
 */
export function ownScriptTag(doc: Document): HTMLScriptElement | undefined {
  return (doc.currentScript as HTMLScriptElement | null) ?? [...doc.querySelectorAll<HTMLScriptElement>('script[src*=askdown]')].pop();
}
