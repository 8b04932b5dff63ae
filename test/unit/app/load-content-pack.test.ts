import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentLoadError, loadContentPack } from '../../../widget/app/load-content-pack';
import { CONTENT_ARRIVAL_MS, CONTENT_TIMEOUT_MS } from '../../../widget/content-pack';
import type { ContentPack } from '../../../widget/content-pack';
import { loadLoginFaqPack } from '../../helpers/login-faq';

const URL = 'https://help.example.com/content/en.json';
let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

afterEach(() => {
  vi.useRealTimers();
});

const served = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('loadContentPack', () => {
  it("reads the facade's fetch when one is under way, and fetches nothing itself", async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const loaded = await loadContentPack(URL, Promise.resolve(served(pack)), fetchImpl);
    expect(loaded.articles.map((a) => a.id)).toEqual(pack.articles.map((a) => a.id));
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('fetches without cookies when no fetch is under way', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => served(pack));
    await loadContentPack(URL, undefined, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith(URL, expect.objectContaining({ credentials: 'omit' }));
  });

  it("asks the server itself on a retry, past the browser's cache, where a first load may take what it has", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => served(pack));
    await loadContentPack(URL, undefined, fetchImpl);
    expect(fetchImpl).toHaveBeenLastCalledWith(URL, expect.objectContaining({ cache: 'default' }));
    await loadContentPack(URL, undefined, fetchImpl, undefined, true);
    expect(fetchImpl).toHaveBeenLastCalledWith(URL, expect.objectContaining({ cache: 'reload' }));
  });

  it("fetches a retried index.md itself, past the cache, rather than leave it to the Markdown script's plain fetch", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('# Help'));
    const loading = loadContentPack('https://help.example.com/content/en/index.md', undefined, fetchImpl, undefined, true);
    // The compiler's script cannot load here (no page): the fetch is what this is about.
    await loading.catch(() => {});
    expect(fetchImpl).toHaveBeenCalledWith('https://help.example.com/content/en/index.md', expect.objectContaining({ cache: 'reload' }));
  });

  it('says what went wrong: an HTTP error, a network failure, JSON that is not a pack', async () => {
    await expect(loadContentPack(URL, Promise.resolve(served('Not found', 404)))).rejects.toThrow(`${URL} answered HTTP 404`);
    const offline = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadContentPack(URL, Promise.reject(new TypeError('Failed to fetch')), offline)).rejects.toThrow(`${URL} could not be fetched`);
    await expect(loadContentPack(URL, Promise.resolve(served({ hello: 'world' })))).rejects.toThrow('is not an Askdown content pack');
  });

  it("fetches once more when the facade's fetch failed (the page sat offline before the visitor asked), not after an HTTP error", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => served(pack));
    const loaded = await loadContentPack(URL, Promise.reject(new TypeError('Failed to fetch')), fetchImpl);
    expect(loaded.articles).toHaveLength(pack.articles.length);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    await expect(loadContentPack(URL, Promise.resolve(served('Not found', 404)), fetchImpl)).rejects.toThrow('HTTP 404');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("fetches once more when the facade's download broke off mid-body (a dropped link), and only once", async () => {
    const brokenOff = () =>
      new Response(
        new ReadableStream({
          start(stream) {
            stream.enqueue(new TextEncoder().encode(JSON.stringify(pack).slice(0, 500)));
            stream.error(new TypeError('network error'));
          },
        }),
      );
    const fetchImpl = vi.fn<typeof fetch>(async () => served(pack));
    const loaded = await loadContentPack(URL, Promise.resolve(brokenOff()), fetchImpl);
    expect(loaded.articles).toHaveLength(pack.articles.length);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    // Broken again: the visitor gets the error and its retry, not a loop of requests.
    const breaking = vi.fn<typeof fetch>(async () => brokenOff());
    await expect(loadContentPack(URL, Promise.resolve(brokenOff()), breaking)).rejects.toThrow(`${URL} is not valid JSON`);
    expect(breaking).toHaveBeenCalledTimes(1);
    // Its own request that broke off is the error at once: the visitor's retry asks again.
    await expect(loadContentPack(URL, undefined, breaking)).rejects.toThrow('is not valid JSON');
    expect(breaking).toHaveBeenCalledTimes(2);
  });

  /** A response whose headers are in and whose body comes `afterMs` later (never, without). */
  const arrivingSlowly = (body: unknown, afterMs?: number) =>
    new Response(
      new ReadableStream({
        start(stream) {
          if (afterMs === undefined) return;
          setTimeout(() => {
            stream.enqueue(new TextEncoder().encode(JSON.stringify(body)));
            stream.close();
          }, afterMs);
        },
      }),
    );

  it('lets a pack the server has answered with take longer than CONTENT_TIMEOUT_MS to arrive (a large pack on a slow link; a stranger\'s try)', async () => {
    vi.useFakeTimers();
    const fetchImpl = vi.fn<typeof fetch>(async () => arrivingSlowly(pack, CONTENT_TIMEOUT_MS * 4));
    const loading = loadContentPack(URL, undefined, fetchImpl);
    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS * 4);
    expect((await loading).articles).toHaveLength(pack.articles.length);
  });

  it('gives up on a pack that stops arriving, once CONTENT_ARRIVAL_MS have passed since the server answered', async () => {
    vi.useFakeTimers();
    const loading = loadContentPack(URL, Promise.resolve(arrivingSlowly(pack)));
    let settled = false;
    const outcome = expect(loading.finally(() => (settled = true))).rejects.toThrow(new ContentLoadError(`${URL} did not answer in time`));
    await vi.advanceTimersByTimeAsync(CONTENT_ARRIVAL_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('gives up on a fetch that never answers, even one it did not start', async () => {
    vi.useFakeTimers();
    const loading = loadContentPack(URL, new Promise<Response>(() => {}));
    const outcome = expect(loading).rejects.toThrow(new ContentLoadError(`${URL} did not answer in time`));
    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS);
    await outcome;
  });
});
