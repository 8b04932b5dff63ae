import type { ContentPack } from '../../widget/content-pack';
import { createPackMatcher } from '../../widget/pack-matcher';
import { analyze } from '../../widget/search';
import { isBigramTerm } from '../../widget/search/cjk-analysis';
import { plural } from '../plural';
import type { GapEvent } from './gap-events';
import { unknownWords, type UnknownWord } from './unknown-words';

/** Questions with the same meaningful words, most asked first. */
export interface GapCluster {
  /** No answer; an answer marked unhelpful; or an article picked from "Did you mean", which could be the answer. */
  kind: 'unanswered' | 'unhelpful' | 'chosen';
  /** How many events the cluster has. */
  count: number;
  /** Its questions as visitors wrote them, most asked first, each once. */
  examples: string[];
  /**
   * The article closest to the most asked question; for an unhelpful answer, the article given; the one picked.
   * Its title is null when the events name an article the content no longer has (deleted or renamed since).
   */
  article: { id: string; title: string | null } | null;
  /** What an editor should do. */
  fix: string;
}

export interface GapReport {
  asked: number;
  unanswered: number;
  unhelpful: number;
  /** Answers the visitor picked from "Did you mean". */
  chosen: number;
  /** Events left out for being in another language than the content's (a Japanese question of English content). */
  otherLanguage: number;
  clusters: GapCluster[];
  /** Words of the questions asked that the content does not know, most used first. */
  unknownWords: UnknownWord[];
}

/** Two questions are one gap when they share at least this share of their meaningful words (Jaccard). */
const SAME_WORDS = 0.5;

/** From this share of the question's weight covered, the closest article is about it, but misses its wording. */
const ON_TOPIC_COVERAGE = 0.5;

/** The meaningful words of a question: stemmed, no stop words; for Japanese, its words and not its bigrams. */
function wordsOf(question: string): Set<string> {
  return new Set(analyze(question).filter((term) => !isBigramTerm(term)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

interface Group {
  seedWords: Set<string>;
  counts: Map<string, number>;
  ids: Map<string, number>;
}

/**
 * Greedy clustering: questions, most asked first, join the first cluster whose first question shares enough of
 * their words, else start one. Comparing with the first question (not the union) keeps a cluster from drifting.
 */
function cluster(questions: readonly { question: string; id?: string }[]): Group[] {
  const tally = new Map<string, { count: number; ids: Map<string, number> }>();
  for (const { question, id } of questions) {
    const entry = tally.get(question) ?? { count: 0, ids: new Map<string, number>() };
    entry.count++;
    if (id !== undefined) entry.ids.set(id, (entry.ids.get(id) ?? 0) + 1);
    tally.set(question, entry);
  }
  const groups: Group[] = [];
  for (const [question, { count, ids }] of [...tally].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
    const words = wordsOf(question);
    const group = groups.find((g) => (words.size > 0 || g.seedWords.size > 0) && jaccard(words, g.seedWords) >= SAME_WORDS);
    const target = group ?? { seedWords: words, counts: new Map<string, number>(), ids: new Map<string, number>() };
    if (!group) groups.push(target);
    target.counts.set(question, count);
    for (const [id, n] of ids) target.ids.set(id, (target.ids.get(id) ?? 0) + n);
  }
  return groups;
}

const total = (group: Group): number => [...group.counts.values()].reduce((a, b) => a + b, 0);
const mostOf = (counts: ReadonlyMap<string, number>): string | undefined => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether a question is in the content's language, as far as its letters tell: Japanese (or Chinese) content
 * takes questions with kana or kanji in them, any other content questions without. The events do not say
 * which language's panel a question was asked in, and a Japanese question has no fix in English content.
 */
function inLanguageOf(question: string, pack: ContentPack): boolean {
  return CJK.test(question) === /^(?:ja|zh)\b/i.test(pack.locale);
}

/** The fix for questions that got no answer, by how much of them the closest article covers. */
function unansweredFix(question: string, closest: { id: string; coverage: number } | undefined): string {
  if (closest === undefined) return 'No article covers this: write one if the FAQ should answer it.';
  if (closest.coverage >= ON_TOPIC_COVERAGE) {
    return `If "${closest.id}" answers it, add "${question}" to its \`questions:\` (or a synonym group for the words visitors use).`;
  }
  // Little of the question is in the closest article's words: most likely a new topic, but the editor knows.
  return `No article seems to be about this. Write one if the FAQ should answer it; if "${closest.id}" does already, add the question to its \`questions:\` instead.`;
}

/**
 * The fix for questions the content answers at once today, though the events say it did not: the events are older
 * than the last change, or a change since fixed it. Adding the question again would only crowd the article.
 */
const answeredNow = (id: string): string =>
  `The content answers this at once today, with "${id}" (a change since the events were collected): check that it is the right answer; nothing else to do.`;

/**
 * The fix where the events name an article the content no longer has: the editor is led to today's answer or
 * closest article, never to edit one that is gone.
 */
function goneFix(id: string, today: { answer: string | null; results: readonly { id: string }[] }, question: string): string {
  const gone = `"${id}" is no article of the content today (deleted or renamed since these events)`;
  if (today.answer !== null) return `${gone}; the content answers this at once with "${today.answer}": check that it is the right answer.`;
  const closest = today.results[0]?.id;
  return closest === undefined
    ? `${gone}, and no article is close to this: write one if the FAQ should answer it.`
    : `${gone}. If "${closest}" answers it, add "${question}" to its \`questions:\`; if none does, write one.`;
}

/**
 * Groups the unanswered and unhelpful questions, and those answered only after "Did you mean", into gaps, each
 * with its article and a suggested fix; and lists the words of the questions that the content does not know.
 * Only questions in the content's language count.
 */
export function buildGapReport(all: readonly GapEvent[], pack: ContentPack): GapReport {
  const events = all.filter((e) => inLanguageOf(e.question, pack));
  const matcher = createPackMatcher(pack);
  const titleOf = (id: string) => ({ id, title: pack.articles.find((a) => a.id === id)?.title ?? null });
  const exists = (id: string | undefined) => pack.articles.some((a) => a.id === id);
  const clusters: GapCluster[] = [];

  const unanswered = events.flatMap((e) => (e.kind === 'unanswered' ? [{ question: e.question, id: e.closest?.[0] }] : []));
  for (const group of cluster(unanswered)) {
    const examples = [...group.counts.keys()];
    const today = matcher.match(examples[0] ?? '');
    const ranked = today.results;
    // The article the visitors were shown, where the events say and it still exists; else the one of today.
    const shown = [mostOf(group.ids)].find(exists);
    const closest = shown === undefined ? ranked[0] : (ranked.find((r) => r.id === shown) ?? { id: shown, coverage: 0 });
    clusters.push({
      kind: 'unanswered',
      count: total(group),
      examples,
      article: closest ? titleOf(closest.id) : null,
      fix: today.answer !== null ? answeredNow(today.answer) : unansweredFix(examples[0] ?? '', closest),
    });
  }
  for (const group of cluster(events.flatMap((e) => (e.kind === 'unhelpful' ? [e] : [])))) {
    const id = mostOf(group.ids) ?? '';
    const examples = [...group.counts.keys()];
    const today = matcher.match(examples[0] ?? '');
    const better = today.results.find((r) => r.id !== id);
    clusters.push({
      kind: 'unhelpful',
      count: total(group),
      examples,
      article: titleOf(id),
      fix: !exists(id)
        ? goneFix(id, today, examples[0] ?? '')
        : `Check that "${id}" answers "${examples[0]}". If another article does` +
          (better ? ` (the next closest is "${better.id}")` : '') +
          ', add the question to its `questions:`; if none does, write one.',
    });
  }
  // Picked from "Did you mean": the ranking had the article, but not surely enough. Its wording is the fix.
  for (const group of cluster(events.flatMap((e) => (e.kind === 'chosen' ? [e] : [])))) {
    const id = mostOf(group.ids) ?? '';
    const examples = [...group.counts.keys()];
    const today = matcher.match(examples[0] ?? '');
    clusters.push({
      kind: 'chosen',
      count: total(group),
      examples,
      article: titleOf(id),
      fix: !exists(id)
        ? goneFix(id, today, examples[0] ?? '')
        : today.answer === id
          ? answeredNow(id)
          : `Add "${examples[0]}" to the \`questions:\` of "${id}", so the next visitor who asks it gets the answer at once.`,
    });
  }
  clusters.sort((a, b) => b.count - a.count);
  const asked = events.flatMap((e) => (e.kind === 'asked' ? [e.question] : []));
  // A collector that forwards only some events still shows its questions' words: one per event then.
  const questions = asked.length > 0 ? asked : events.map((e) => e.question);
  return {
    asked: asked.length,
    unanswered: unanswered.length,
    unhelpful: events.filter((e) => e.kind === 'unhelpful').length,
    chosen: events.filter((e) => e.kind === 'chosen').length,
    otherLanguage: all.length - events.length,
    clusters,
    unknownWords: unknownWords(questions, pack),
  };
}

const quote = (text: string): string => `“${text.replace(/\s+/g, ' ').slice(0, 200)}”`;

/** The report as Markdown, for an editor. */
export function renderGapReport(report: GapReport, source: string, contentDir: string): string {
  // Only where the questions were forwarded too: without them there is nothing to take a share of.
  const share = report.asked >= report.unanswered && report.asked > 0 ? ` (${Math.round((report.unanswered / report.asked) * 100)}% of ${plural(report.asked, 'question')} asked)` : '';
  const lines = [
    '# Questions the FAQ did not answer',
    '',
    `From \`${source}\`, against \`${contentDir}\`: ${plural(report.unanswered, 'question')} got no answer${share}; ` +
      `${plural(report.unhelpful, 'answer')} marked as not helpful; ${plural(report.chosen, 'answer')} picked from "Did you mean".`,
    '',
  ];
  if (report.otherLanguage > 0) {
    lines.push(
      `${plural(report.otherLanguage, 'event')} in another language than this content's left out: run the report again with that language's content folder (\`--content ${/ja\/?$/.test(contentDir) ? 'content/en' : 'content/ja'}\`, say).`,
      '',
    );
  }
  const section = (kind: GapCluster['kind'], heading: string) => {
    const clusters = report.clusters.filter((c) => c.kind === kind);
    if (clusters.length === 0) return;
    lines.push(`## ${heading}`, '');
    clusters.forEach((c, i) => {
      lines.push(`### ${i + 1}. ${quote(c.examples[0] ?? '')}: ${plural(c.count, 'time')}`, '');
      if (c.examples.length > 1) lines.push(`- Also asked: ${c.examples.slice(1, 4).map(quote).join(', ')}${c.examples.length > 4 ? `, and ${c.examples.length - 4} more` : ''}`);
      const label = { unanswered: 'Closest article', unhelpful: 'Answer given', chosen: 'Picked' }[kind];
      const article = c.article && (c.article.title === null ? `\`${c.article.id}\`, no article today` : `${c.article.title} (\`${c.article.id}\`)`);
      lines.push(`- ${label}: ${article ?? 'none'}`);
      lines.push(`- Suggested fix: ${c.fix}`, '');
    });
  };
  section('unanswered', 'Unanswered');
  section('unhelpful', 'Answers marked not helpful');
  section('chosen', 'Answered only after "Did you mean"');
  if (report.unknownWords.length > 0) {
    lines.push('## Words visitors used that the FAQ does not know', '');
    lines.push(
      'If one means a word the articles use, add it to that word\'s synonym group in `index.md` (or start one); if it',
      'names something no article covers, it may be a gap above.',
      '',
    );
    for (const word of report.unknownWords) {
      const like = word.shortFor ? `, perhaps short for “${word.shortFor}”` : '';
      lines.push(`- **${word.word}**: ${plural(word.count, 'question')}${like}, e.g. ${quote(word.example)}`);
    }
    lines.push('');
  }
  if (report.clusters.length === 0 && report.unknownWords.length === 0) {
    lines.push('Nothing to fix: every question got an answer and no answer was marked unhelpful.', '');
  }
  return lines.join('\n');
}
