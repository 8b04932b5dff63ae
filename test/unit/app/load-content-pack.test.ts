import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentLoadError, loadContentPack } from '../../../widget/app/load-content-pack';
import { CONTENT_TIMEOUT_MS } from '../../../widget/content-pack';
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

  it('gives up on a fetch that never answers, even one it did not start', async () => {
    vi.useFakeTimers();
    const loading = loadContentPack(URL, new Promise<Response>(() => {}));
    const outcome = expect(loading).rejects.toThrow(new ContentLoadError(`${URL} did not answer in time`));
    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS);
    await outcome;
  });
});
