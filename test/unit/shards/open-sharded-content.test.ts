import Fuse from 'fuse.js/basic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shardPack } from '../../../build/content/shard-pack';
import { cjk } from '../../../widget/search/cjk-analysis';
import { answerMisfits } from '../../../widget/search/misfit-rule';
import { shardFiles } from '../../../widget/sharded-pack';
import { openShardedContent } from '../../../widget/shards/open-sharded-content';
import { askLive } from '../../helpers/ask-live';
import { loadJapaneseLoginFaqPack } from '../../helpers/login-faq';

const MANIFEST_URL = 'https://help.example/content/ja.json';

describe('the sharded reader in one module graph with the app, as the npm package bundles them', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('installs the live views the app lends it, its own modules there, without calling itself forever, and answers', async () => {
    const files = shardPack(await loadJapaneseLoginFaqPack(), { termShardBytes: 2_000, docChunk: 7, htmlChunk: 5, idsPerShard: 50 });
    const folder = new URL('.', new URL((files.get(shardFiles.manifest) as { files: string }).files, MANIFEST_URL)).href;
    vi.stubGlobal('fetch', async (url: string) => {
      const file = files.get(url.slice(folder.length));
      return file === undefined ? new Response('Not found', { status: 404 }) : Response.json(file);
    });
    // What the app hands over (load-content-pack.ts): the live views of its own analysis and rules, which in the
    // npm package are this very module's; installed over themselves, they once called themselves forever.
    const pack = await openShardedContent(files.get(shardFiles.manifest), MANIFEST_URL, { loadFuzzySearch: async () => Fuse, cjk, misfit: answerMisfits });
    const live = pack.live!;
    expect((await askLive(live, 'グループアドレスは登録できますか')).result.answer).toBe('shared-email');
    expect((await askLive(live, '利用履歴はどこで確認できますか')).result.outcome).toBe('choice');
  });
});
