/** `text` as it must be written inside a regular expression to match itself, for patterns built from editors' words. */
export const literalPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
