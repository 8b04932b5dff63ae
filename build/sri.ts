import { createHash } from 'node:crypto';

/**
 * The Subresource Integrity value of a file: `sha384-` and its digest in base64. On its own, with nothing but
 * Node's crypto, because `vite.config.ts` imports it too.
 */
export function integrityOf(data: Buffer): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}
