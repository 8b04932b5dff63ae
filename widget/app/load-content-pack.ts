import type { ContentPack } from '../content-pack';
import { parseContentPack } from './parse-content-pack';

/** How long a visitor waits for the content before seeing the error and a retry button. */
export const CONTENT_TIMEOUT_MS = 5000;

/** Why the content could not be shown; the widget shows one friendly message for all, the console the detail. */
export class ContentLoadError extends Error {
  override name = 'ContentLoadError';
}

/** Fetches and checks a content pack; rejects with a `ContentLoadError` on any failure, including a time-out. */
export async function loadContentPack(url: string, fetchImpl: typeof fetch = fetch): Promise<ContentPack> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONTENT_TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new ContentLoadError(`${url} answered HTTP ${response.status}`);
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      throw new ContentLoadError(`${url} is not valid JSON`);
    }
    const pack = parseContentPack(data);
    if (!pack) throw new ContentLoadError(`${url} is not an Askdown content pack (run npm run build:content)`);
    return pack;
  } catch (error) {
    if (error instanceof ContentLoadError) throw error;
    throw new ContentLoadError(controller.signal.aborted ? `${url} did not answer in time` : `${url} could not be fetched`);
  } finally {
    clearTimeout(timer);
  }
}
