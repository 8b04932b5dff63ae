import { createHash } from 'node:crypto';

/**
 * Subresource Integrity values. On their own, with nothing but Node's crypto, because `vite.config.ts` imports
 * them too.
 */

/** `sha384-` and the file's digest in base64: what `dist/integrity.json` gives web teams for their script tag. */
export function integrityOf(data: Buffer): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/**
 * `sha256-` and the digest: the hash the build writes into a script that loads another (the facade the app's,
 * the app the others'). Every browser must check SHA-256, 384 and 512 alike, and SHA-256 is as safe here: a
 * changed script that kept our hash would need a second preimage (2^256 work; a collision, 2^128, only helps
 * whoever writes the original, which is the build). Its 44 characters against 64 are random to gzip, so the
 * four pins in the app cost about 85 B less, the facade's one about 24 (2026-11-28): room the budgets did not have.
 */
export function pinnedIntegrityOf(data: Buffer): string {
  return `sha256-${createHash('sha256').update(data).digest('base64')}`;
}
