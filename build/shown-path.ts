import { relative, resolve } from 'node:path';

/**
 * A path as the build's messages show it: from the folder the command runs in, unless that climbs further than the
 * full path is long (`--out /tmp/checked` read as ../../../../tmp/checked, a web team's try).
 */
export function shownPath(path: string, from = process.cwd()): string {
  const shown = relative(from, path);
  if (shown === '') return path;
  const full = resolve(from, path);
  return shown.startsWith('..') && full.length < shown.length ? full : shown;
}
