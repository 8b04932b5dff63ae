import { evidenceFeatures, type Matcher } from '../../widget/search';
import type { QuerySet } from '../cli/eval-queries';

/**
 * How a sample was asked: as written in its set; again with its expected articles left out; or of another set's
 * articles altogether. The last two are questions the FAQ does not answer, often in words it uses: the hard
 * case for the confidence, and one that labelled sets have too few of.
 */
export type SampleKind = 'asked' | 'without' | 'foreign';

/** One question as the confidence model sees it, with what the evaluation needs to judge each outcome. */
export interface ConfidenceSample {
  set: string;
  kind: SampleKind;
  /** Samples of one question (in any set) stay in one cross-validation fold. */
  group: string;
  features: number[];
  /** 1 when the top article is an expected one. */
  label: 0 | 1;
  /** Whether the FAQ, as asked, has an answer. */
  answerable: boolean;
  /** Whether "did you mean" would offer an expected article. */
  choiceHasExpected: boolean;
}

/**
 * Every query of a set, asked as it is and, when it has expected articles, asked again without them.
 */
export function confidenceSamples(name: string, set: QuerySet, matcher: Matcher): ConfidenceSample[] {
  const samples: ConfidenceSample[] = [];
  for (const { query, expected } of set.queries) {
    const wanted = new Set(expected);
    const asked = matcher.match(query);
    const group = query.toLowerCase();
    samples.push({
      set: name,
      kind: 'asked',
      group,
      features: evidenceFeatures(asked.evidence),
      label: wanted.has(asked.results[0]?.id ?? '') ? 1 : 0,
      answerable: wanted.size > 0,
      choiceHasExpected: asked.choices.some((id) => wanted.has(id)),
    });
    if (wanted.size === 0) continue;
    const without = matcher.match(query, { without: wanted });
    samples.push({ set: name, kind: 'without', group, features: evidenceFeatures(without.evidence), label: 0, answerable: false, choiceHasExpected: false });
  }
  return samples;
}

/** Another set's questions asked of this set's articles: none of them is answered here. */
export function foreignSamples(name: string, questions: readonly string[], matcher: Matcher): ConfidenceSample[] {
  return questions.map((query) => ({
    set: name,
    kind: 'foreign' as const,
    group: query.toLowerCase(),
    features: evidenceFeatures(matcher.match(query).evidence),
    label: 0 as const,
    answerable: false,
    choiceHasExpected: false,
  }));
}
