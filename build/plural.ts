/** "1 question", "2 questions": a count and its noun, for the messages of the build and the CLI. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
