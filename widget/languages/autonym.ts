/**
 * A language's name in that language ("日本語", "English"), from the runtime's `Intl`: no names ship in the code.
 * The locale itself where the runtime has no such names.
 */
export function autonym(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
