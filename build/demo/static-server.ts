import type { AddressInfo } from 'node:net';
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The strict policy the demo is served with, so the demo proves the widget needs nothing looser. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** The `Cache-Control` header for a URL path. */
export type CacheControl = (path: string) => string;

/** Resolves a URL path inside one of `roots`, never outside them ("/../" is refused), with the file's stat. */
async function findFile(roots: readonly string[], urlPath: string): Promise<{ file: string; info: Stats } | null> {
  const relativePath = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  for (const root of roots) {
    const base = resolve(root);
    const candidate = resolve(base, relativePath === '' ? 'index.html' : relativePath);
    if (candidate !== base && !candidate.startsWith(base + sep)) continue;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return { file: candidate, info };
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      const indexInfo = await stat(index).catch(() => null);
      if (indexInfo?.isFile()) return { file: index, info: indexInfo };
    }
  }
  return null;
}

/**
 * A static file server over several folders, first match wins. Files may be cached but are revalidated on every
 * use (`no-cache` with an ETag of size and modification time), as a typical static host serves them: a reload
 * shows edits, and what the widget prefetches while the page is idle is found in the browser's cache when it is
 * run. HTML is served with `contentSecurityPolicy` (the strict demo policy unless told otherwise). `cacheControl`
 * gives another policy by URL path (a test of what other policies do to an upgrade).
 */
export function createStaticServer(roots: readonly string[], contentSecurityPolicy?: string, cacheControl?: CacheControl): Server {
  return createServer(serveStaticFiles(roots, contentSecurityPolicy, cacheControl));
}

/** `createStaticServer`'s request handler alone, for a test's server that serves some paths its own way. */
export function serveStaticFiles(roots: readonly string[], contentSecurityPolicy = STRICT_CSP, cacheControl: CacheControl = () => 'no-cache'): RequestListener {
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    findFile(roots, path)
      .then(async (found) => {
        if (!found) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        const { file, info } = found;
        const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cacheControl(path), ETag: etag };
        if (type.startsWith('text/html')) headers['Content-Security-Policy'] = contentSecurityPolicy;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, headers).end();
          return;
        }
        response.writeHead(200, headers).end(await readFile(file));
      })
      .catch(() => response.writeHead(500).end());
  };
}

/** A running static server on a free localhost port, for the browser tests and the bench. */
export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export function serveOnFreePort(roots: readonly string[], contentSecurityPolicy?: string, cacheControl?: CacheControl): Promise<RunningServer> {
  return listenOnFreePort(createStaticServer(roots, contentSecurityPolicy, cacheControl));
}

/** Starts `server` (a static one, or a test's own) on a free localhost port. */
export async function listenOnFreePort(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
