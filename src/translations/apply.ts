import type { LocalizedText, QuestionnaireInput } from '../questionnaire/index.ts';
import { placeholderDiff } from './placeholders.ts';
import type { Hash } from './status.ts';
import { mapTexts, textUnits } from './units.ts';

/** One translated text, from XLIFF, a table or anywhere else. */
export interface TranslationEntry {
  readonly key: string;
  readonly text: string;
  /** The source text the translator saw, when the format carries it (XLIFF and tables do). */
  readonly source?: string;
}

export interface ApplyReport {
  readonly changed: readonly {
    readonly key: string;
    readonly before: string | null;
    readonly after: string;
  }[];
  /** Applied, and the same as before. */
  readonly unchanged: readonly string[];
  /** Not applied: no such text in the questionnaire. */
  readonly unknownKeys: readonly string[];
  /** Not applied: the `${…}` references differ from the source's. */
  readonly placeholderMismatch: readonly string[];
  /** Not applied: empty or white space only. */
  readonly empty: readonly string[];
  /** The key came more than once; the last one counts. */
  readonly duplicateKeys: readonly string[];
  /** Applied, but made from a source text that has changed since (the entry's `source` differs). */
  readonly sourceChanged: readonly string[];
}

export interface ApplyResult {
  readonly definition: QuestionnaireInput;
  readonly report: ApplyReport;
}

/**
 * A new definition with `language`'s texts replaced by the entries that pass the checks; the input
 * is never changed. `languages` is left alone: declaring a new language is the author's decision,
 * and parseDefinition says which texts it still lacks. Entries for the fallback language edit the
 * source itself and are not checked for placeholders (there is nothing to compare them with).
 */
export function applyTranslations(
  definition: QuestionnaireInput,
  language: string,
  entries: readonly TranslationEntry[],
): ApplyResult {
  const sourceLanguage = definition.fallbackLanguage;
  const units = new Map(textUnits(definition).map((u) => [u.key, u.texts]));
  const last = new Map<string, TranslationEntry>();
  // A set, in the order each key is first seen again: a file may repeat every one of its keys.
  const duplicates = new Set<string>();
  for (const entry of entries) {
    if (last.has(entry.key)) duplicates.add(entry.key);
    last.set(entry.key, entry);
  }

  const accepted = new Map<string, string>();
  const report = {
    changed: [] as { key: string; before: string | null; after: string }[],
    unchanged: [] as string[],
    unknownKeys: [] as string[],
    placeholderMismatch: [] as string[],
    empty: [] as string[],
    duplicateKeys: [...duplicates],
    sourceChanged: [] as string[],
  };
  for (const [key, entry] of last) {
    const texts = units.get(key);
    if (texts === undefined) {
      report.unknownKeys.push(key);
      continue;
    }
    if (entry.text.trim() === '') {
      report.empty.push(key);
      continue;
    }
    const source = texts[sourceLanguage] ?? '';
    if (language !== sourceLanguage && placeholderDiff(source, entry.text) !== null) {
      report.placeholderMismatch.push(key);
      continue;
    }
    if (entry.source !== undefined && entry.source !== source) report.sourceChanged.push(key);
    const before = texts[language];
    if (before === entry.text) report.unchanged.push(key);
    else report.changed.push({ key, before: before ?? null, after: entry.text });
    accepted.set(key, entry.text);
  }

  const translated = mapTexts(definition, (key, texts): LocalizedText => {
    const text = accepted.get(key);
    return text === undefined ? texts : { ...texts, [language]: text };
  });
  return { definition: translated, report };
}

/**
 * What to record for the entries applyTranslations accepted: the hash of the source each was made
 * from (the entry's own `source` when it has one), so a source edited since the export shows the
 * unit as outdated straight away.
 */
export function recordedHashes(
  definition: QuestionnaireInput,
  report: ApplyReport,
  entries: readonly TranslationEntry[],
  hash: Hash,
): Map<string, string> {
  const sourceLanguage = definition.fallbackLanguage;
  const current = new Map(textUnits(definition).map((u) => [u.key, u.texts[sourceLanguage] ?? '']));
  const bySource = new Map(entries.map((e) => [e.key, e.source]));
  const applied = [...report.changed.map((c) => c.key), ...report.unchanged];
  return new Map(applied.map((key) => [key, hash(bySource.get(key) ?? current.get(key) ?? '')]));
}
