import { statSync } from 'node:fs';

/** Command-line flags of the CLI scripts: `--name value`, `--flag`, and the rest as positional arguments. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (!valueFlags.includes(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags.set(name, value);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string, fallback: string): string {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : fallback;
}

/**
 * What is wrong with a command line beyond its options (`known`, without `--`): an option it does not take
 * (`--contnet`), or a folder among the words, as when `npm run ask "question" --content content/ja` is written
 * without the `--` before the options, and npm keeps `--content` for itself. Null when nothing is.
 */
export function commandLineProblem(args: ParsedArgs, known: readonly string[], example: string): string | null {
  const unknown = [...args.flags.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) return `unknown option ${unknown.map((name) => `--${name}`).join(', ')}; the options are ${known.map((name) => `--${name}`).join(', ')}. E.g. ${example}`;
  const folder = args.positional.find((word) => statSync(word, { throwIfNoEntry: false })?.isDirectory());
  if (folder !== undefined) return `"${folder}" is a folder, not part of the question: npm keeps options for itself unless they follow --. E.g. ${example}`;
  return null;
}
