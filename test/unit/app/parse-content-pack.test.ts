import { beforeAll, describe, expect, it } from 'vitest';
import { parseContentPack } from '../../../widget/app/parse-content-pack';
import type { ContentPack } from '../../../widget/content-pack';
import { loadLoginFaqPack } from '../../helpers/login-faq';

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

/** The real pack after a round trip through JSON, as fetched, with `change` applied. */
function fetched(change: (data: Record<string, unknown>) => void = () => {}): unknown {
  const data = JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
  change(data);
  return data;
}

describe('parseContentPack', () => {
  it('accepts the pack the content build writes', () => {
    expect(parseContentPack(fetched())).toEqual(pack);
  });

  it('refuses a pack of another format, so an old pack is never misread', () => {
    expect(parseContentPack(fetched((data) => (data.format = 2)))).toBeNull();
  });

  it('refuses a pack whose index is missing or does not fit its articles', () => {
    expect(parseContentPack(fetched((data) => delete data.index))).toBeNull();
    expect(parseContentPack(fetched((data) => ((data.index as { terms: string }).terms += ' extra')))).toBeNull();
    expect(parseContentPack(fetched((data) => (data.articles as unknown[]).pop()))).toBeNull();
    expect(parseContentPack(fetched((data) => ((data.index as { postings: unknown[] }).postings[0] = 'text')))).toBeNull();
  });
});
