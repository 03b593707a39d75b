/**
 * Likely duplicates: the same microcredential described twice (by two respondents, or by a
 * respondent and its provider). Two entries are alike when their titles and their awarding bodies
 * are both alike; "alike" is the Sørensen–Dice coefficient of the texts' character trigrams, after
 * lower-casing, removing accents and punctuation, so word order, typing slips and "Univ." against
 * "University" weigh little. Titles and bodies are compared in every language each entry has.
 */
import type { MicrocredentialDraft } from '../model/index.ts';
import { searchWords } from './facets.ts';

/** Both the title and the awarding body must reach this to be shown as a likely duplicate. */
export const TITLE_THRESHOLD = 0.72;
export const BODY_THRESHOLD = 0.6;

function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of searchWords(text)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/** Sørensen–Dice on trigram multisets: 1 for the same words, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let common = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  if (total === 0) return 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / total;
}

const best = (as: readonly string[], bs: readonly string[]): number => {
  let top = 0;
  for (const a of as) for (const b of bs) top = Math.max(top, similarity(a, b));
  return top;
};

const titles = (r: MicrocredentialDraft) => Object.values(r.title ?? {});
const bodies = (r: MicrocredentialDraft) => (r.awardingBodies ?? []).flatMap((b) => Object.values(b.name));

export interface Likeness {
  readonly title: number;
  readonly body: number;
}

/** How alike two records are; a record without an awarding body matches on its title alone. */
export function likeness(a: MicrocredentialDraft, b: MicrocredentialDraft): Likeness {
  const ba = bodies(a);
  const bb = bodies(b);
  return { title: best(titles(a), titles(b)), body: ba.length === 0 || bb.length === 0 ? 1 : best(ba, bb) };
}

export const isLikelyDuplicate = (l: Likeness): boolean =>
  l.title >= TITLE_THRESHOLD && l.body >= BODY_THRESHOLD;

/** The entries among `others` that are likely duplicates of `record`, most alike first. */
export function likelyDuplicates<T extends { readonly id: string; readonly record: MicrocredentialDraft }>(
  record: MicrocredentialDraft,
  others: readonly T[],
): { entry: T; likeness: Likeness }[] {
  return others
    .map((entry) => ({ entry, likeness: likeness(record, entry.record) }))
    .filter((m) => isLikelyDuplicate(m.likeness))
    .sort((x, y) => y.likeness.title + y.likeness.body - (x.likeness.title + x.likeness.body));
}
