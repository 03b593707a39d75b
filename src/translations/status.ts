import type { QuestionnaireInput } from '../questionnaire/index.ts';
import type { PlaceholderDiff } from './placeholders.ts';
import { placeholderDiff } from './placeholders.ts';
import { textUnits } from './units.ts';

/** A hash of a text, e.g. SHA-256 in hex. Passed in so this folder stays free of I/O and Node. */
export type Hash = (text: string) => string;

/**
 * - complete: translated, and the source has not changed since (or nobody recorded what it was)
 * - missing: no translation, or only white space
 * - outdated: translated from a source text that has changed since
 */
export type UnitState = 'complete' | 'missing' | 'outdated';

export interface UnitStatus {
  readonly key: string;
  /** The text in the fallback language, which translations are made from. */
  readonly source: string;
  readonly target: string | null;
  readonly state: UnitState;
  /** How the translation's `${…}` references differ from the source's; null when they agree. */
  readonly placeholders: PlaceholderDiff | null;
}

export interface LanguageStatus {
  readonly questionnaire: string;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly units: readonly UnitStatus[];
  readonly totals: {
    readonly units: number;
    readonly complete: number;
    readonly missing: number;
    readonly outdated: number;
    /** Units (complete or outdated) whose references differ from the source's. */
    readonly placeholders: number;
  };
}

/**
 * How far `language` is translated. `recorded` holds, per key, the hash of the source text a
 * translation was made from; a translation without an entry came with the file and is complete.
 */
export function translationStatus(
  definition: QuestionnaireInput,
  language: string,
  recorded: ReadonlyMap<string, string>,
  hash: Hash,
): LanguageStatus {
  const sourceLanguage = String(definition.fallbackLanguage);
  const units = textUnits(definition).map((unit): UnitStatus => {
    const source = unit.texts[sourceLanguage] ?? '';
    const given = unit.texts[language];
    const target = given === undefined || given.trim() === '' ? null : given;
    if (target === null)
      return { key: unit.key, source, target: given ?? null, state: 'missing', placeholders: null };
    // The source language is what the others are measured against; it cannot lag behind itself.
    if (language === sourceLanguage)
      return { key: unit.key, source, target, state: 'complete', placeholders: null };
    const was = recorded.get(unit.key);
    const state = was !== undefined && was !== hash(source) ? 'outdated' : 'complete';
    return { key: unit.key, source, target, state, placeholders: placeholderDiff(source, target) };
  });
  const count = (state: UnitState) => units.filter((u) => u.state === state).length;
  return {
    questionnaire: String(definition.id),
    language,
    sourceLanguage,
    units,
    totals: {
      units: units.length,
      complete: count('complete'),
      missing: count('missing'),
      outdated: count('outdated'),
      placeholders: units.filter((u) => u.placeholders !== null).length,
    },
  };
}

/** The hash of every unit's current source text: what to record once a language is fully translated. */
export function sourceHashes(definition: QuestionnaireInput, hash: Hash): Map<string, string> {
  const sourceLanguage = definition.fallbackLanguage;
  return new Map(textUnits(definition).map((u) => [u.key, hash(u.texts[sourceLanguage] ?? '')]));
}

/** What a translation file or table needs to tell outdated units from complete ones. */
export interface Tracking {
  readonly recorded: ReadonlyMap<string, string>;
  readonly hash: Hash;
}

/** translationStatus where nothing was recorded: every existing translation is complete. */
export function statusWith(
  definition: QuestionnaireInput,
  language: string,
  tracking: Tracking | undefined,
): LanguageStatus {
  return translationStatus(
    definition,
    language,
    tracking?.recorded ?? new Map(),
    tracking?.hash ?? (() => ''),
  );
}
