// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../widget/content-pack';
import type * as PackMatcher from '../../widget/pack-matcher';
import { loadLoginFaqPack } from '../helpers/login-faq';
import { renderApp } from '../helpers/render-app';

/** Every call of the matchers' `warm`: what it said, and whether it ran in the same task as the call before. */
const calls: { more: boolean; sameTask: boolean }[] = [];
let inTask = false;
/** A matcher that always has more to warm: whether the app's calls end only with the panel. */
let endless = false;

vi.mock('../../widget/pack-matcher', async (original) => {
  const actual = await original<typeof PackMatcher>();
  return {
    createPackMatcher: (...args: Parameters<typeof actual.createPackMatcher>) => {
      const matcher = actual.createPackMatcher(...args);
      const warm = matcher.warm!;
      matcher.warm = () => {
        const sameTask = inTask;
        inTask = true;
        // Scheduled before the app schedules its next call, so it runs first if that call is a task of its own.
        setTimeout(() => (inTask = false));
        const more = warm() || endless;
        calls.push({ more, sameTask });
        return more;
      };
      return matcher;
    },
  };
});

let pack: ContentPack;

beforeAll(async () => {
  pack = await loadLoginFaqPack();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  calls.length = 0;
  endless = false;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first question, prepared ahead', () => {
  it("reads the pack's phrasings, then asks one question, as soon as it is loaded, one small task at a time, before anyone opens the panel", async () => {
    renderApp(pack);
    await waitFor(() => expect(calls.at(-1)?.more).toBe(false));
    // One call per article, and the question.
    expect(calls).toHaveLength(pack.articles.length + 1);
    expect(calls.filter((call) => call.sameTask)).toEqual([]);
    // Done is done: nothing more is asked of it.
    await pause(20);
    expect(calls).toHaveLength(pack.articles.length + 1);
  });

  it('stops when the panel goes away', async () => {
    endless = true;
    const view = renderApp(pack);
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    view.unmount();
    // Preact runs an unmounted component's effect cleanups after the next paint, not at once.
    await pause(300);
    const made = calls.length;
    await pause(100);
    expect(calls.length).toBe(made);
  });
});
