import type { MatchResult } from '../../widget/search/matcher';
import type { FilesPending, LiveContent } from '../../widget/search/sharded-matcher';

/** Asks `live.matcher` as the widget's conversation does: on a `wait`, waits and asks again. */
export async function askLive(live: LiveContent, question: string): Promise<{ result: MatchResult; waits: number }> {
  for (let waits = 0; ; waits++) {
    try {
      return { result: live.matcher.match(question), waits };
    } catch (error) {
      const wait = (error as Partial<FilesPending>).wait;
      if (!wait) throw error;
      await wait;
    }
  }
}
