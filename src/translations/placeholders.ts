import { templateRefs } from '../questionnaire/index.ts';

/** How a translation's `${…}` references differ from its source's. */
export interface PlaceholderDiff {
  /** In the source, not in the translation: the answer would not be piped in. */
  readonly missing: readonly string[];
  /** In the translation, not in the source: a reference nobody checked. */
  readonly extra: readonly string[];
}

/** The references of a text, read by the engine itself (including the `$${` escape). */
export const placeholderRefs = (text: string): string[] => templateRefs(text);

/**
 * null when both texts refer to the same answers. Order and repetition may differ: languages put
 * words, and so piped answers, in different places.
 */
export function placeholderDiff(source: string, translation: string): PlaceholderDiff | null {
  const wanted = placeholderRefs(source);
  const given = placeholderRefs(translation);
  const missing = wanted.filter((r) => !given.includes(r));
  const extra = given.filter((r) => !wanted.includes(r));
  return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
}
