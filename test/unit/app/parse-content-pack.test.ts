import { beforeAll, describe, expect, it } from 'vitest';
import { parseContentPack } from '../../../widget/app/parse-content-pack';
import type { ContentPack } from '../../../widget/content-pack';
import { POSTING_STRIDE } from '../../../widget/search/search-index';
import { loadLoginFaqPack } from '../../helpers/login-faq';

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

type Data = Record<string, unknown> & { index: { terms: string; postings: unknown[][]; fieldLengths: unknown[] } };

/** The real pack after a round trip through JSON, as fetched, with `change` applied. */
function fetched(change: (data: Data) => void = () => {}): unknown {
  const data = JSON.parse(JSON.stringify(pack)) as Data;
  change(data);
  return data;
}

const problemOf = (data: unknown) => {
  const parsed = parseContentPack(data);
  return 'problem' in parsed ? parsed.problem : null;
};

describe('parseContentPack', () => {
  it('accepts the pack the content build writes', () => {
    expect(parseContentPack(fetched())).toEqual({ pack });
  });

  it('refuses a pack of another format, so an old pack is never misread', () => {
    expect(problemOf(fetched((data) => (data.format = 4)))).toBe('its format is 4, not 5');
    expect(problemOf([1, 2])).toBe('it is not a JSON object');
  });

  it('names the article and the field that is wrong', () => {
    expect(problemOf(fetched((data) => ((data.articles as Record<string, unknown>[])[2]!.html = 42)))).toBe('article 2 has no text "html"');
    expect(problemOf(fetched((data) => ((data.articles as Record<string, unknown>[])[0]!.cta = 'yes')))).toBe('article 0 has no true/false "cta"');
    expect(problemOf(fetched((data) => (data.articles = [])))).toBe('it has no articles');
    expect(problemOf(fetched((data) => (data.synonymTerms = [['regist', 3]])))).toBe('its synonymTerms are not lists of text');
  });

  it('refuses site links that are not safe, as it refuses them in answers', () => {
    const tampered = fetched((data) => ((data.site as { contact: { url: string } }).contact.url = ' JaVaScRiPt:alert(1)'));
    expect(problemOf(tampered)).toBe('site.contact.url is not a safe link ( JaVaScRiPt:alert(1))');
    const registration = fetched((data) => ((data.site as { registration: { url: string } }).registration.url = 'data:text/html,x'));
    expect(problemOf(registration)).toMatch(/^site\.registration\.url is not a safe link/);
  });

  it('refuses a pack whose index is missing, corrupt or does not fit its articles', () => {
    expect(problemOf(fetched((data) => delete (data as Record<string, unknown>).index))).toMatch(/no search index/);
    expect(problemOf(fetched((data) => (data.index.terms += ' extra')))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => (data.articles as unknown[]).pop()))).toBe("its index's field lengths are damaged");
    expect(problemOf(fetched((data) => (data.index.postings[0] = 'text' as unknown as unknown[])))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => data.index.postings[3]!.pop()))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => (data.index.postings[1]![1] = -1)))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => (data.index.postings[1]![1] = 1.5)))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => (data.index.postings[2]![2] = '3' as unknown as number)))).toBe("its index's posting lists are damaged");
    // The gaps of a list add up to its last article: to the pack's last one, and one past it.
    const list = (pack.index.postings as number[][])[1]!;
    const last = list.filter((_, i) => i % POSTING_STRIDE === 0).reduce((sum, gap) => sum + gap, 0);
    const reaching = (article: number) => fetched((data) => (data.index.postings[1]![0] = list[0]! + article - last));
    expect(problemOf(reaching(pack.articles.length - 1))).toBe(null);
    expect(problemOf(reaching(pack.articles.length))).toBe("its index's posting lists are damaged");
    expect(problemOf(fetched((data) => (data.index.fieldLengths[0] = 'x')))).toBe("its index's field lengths are damaged");
  });
});
