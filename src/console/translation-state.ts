import { createHash } from 'node:crypto';
import type { DatabaseSchema, Store, Transaction } from '../store/index.ts';
import {
  findDraft,
  findVersion,
  latestVersionId,
  recordTranslationSources,
  saveDraft,
  translationSources,
} from '../store/index.ts';
import type { QuestionnaireInput, TextUnit } from '../translations/index.ts';
import { placeholderDiff, textUnits } from '../translations/index.ts';

type Db = Store['db'] | Transaction<DatabaseSchema>;

/** The hash a translation records of the source text it was made from. */
export const sourceHash = (text: string) =>
  createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 32);

export type UnitState = 'complete' | 'missing' | 'outdated' | 'placeholders';

export interface LanguageReport {
  readonly language: string;
  readonly isSource: boolean;
  readonly complete: number;
  readonly missing: number;
  readonly outdated: number;
  readonly units: readonly { key: string; state: UnitState; source: string; text: string | undefined }[];
}

/**
 * Each language of a definition: which texts are translated, missing, or outdated (their source
 * changed after the translation was made). A translation with no record came with the file and
 * counts as complete.
 */
export function languageReport(
  definition: unknown,
  sources: ReadonlyMap<string, ReadonlyMap<string, string>>,
): LanguageReport[] {
  const def = definition as { languages?: unknown; fallbackLanguage?: unknown };
  const languages = Array.isArray(def.languages)
    ? def.languages.filter((l): l is string => typeof l === 'string')
    : [];
  const fallback = typeof def.fallbackLanguage === 'string' ? def.fallbackLanguage : languages[0];
  const units = textUnits(definition as QuestionnaireInput);
  return languages.map((language) => {
    const recorded = sources.get(language) ?? new Map<string, string>();
    const shown = units.map((u) => {
      const source = u.texts[fallback ?? ''] ?? '';
      const text = u.texts[language];
      let state: UnitState = 'complete';
      if (language !== fallback) {
        if (text === undefined || text.trim() === '') state = 'missing';
        else if (recorded.has(u.key) && recorded.get(u.key) !== sourceHash(source)) state = 'outdated';
        else if (placeholderDiff(source, text) !== null) state = 'placeholders';
      }
      return { key: u.key, state, source, text };
    });
    return {
      language,
      isSource: language === fallback,
      complete: shown.filter((u) => u.state === 'complete').length,
      missing: shown.filter((u) => u.state === 'missing').length,
      outdated: shown.filter((u) => u.state === 'outdated' || u.state === 'placeholders').length,
      units: shown,
    };
  });
}

export interface CurrentDefinition {
  readonly definition: unknown;
  readonly isDraft: boolean;
  /** The version's number when it is not the draft. */
  readonly number: number | undefined;
  sources(): Promise<Map<string, Map<string, string>>>;
}

/** What the team works on: the draft if there is one, else the latest published version. */
export async function draftOrLatest(
  store: Store,
  questionnaireId: number,
): Promise<CurrentDefinition | undefined> {
  return currentIn(store.db, questionnaireId);
}

async function currentIn(db: Db, questionnaireId: number): Promise<CurrentDefinition | undefined> {
  const draft = await findDraft(db, questionnaireId);
  let definition: unknown;
  let number: number | undefined;
  if (draft !== undefined) definition = draft.definition;
  else {
    const id = await latestVersionId(db, questionnaireId);
    const version = id === undefined ? undefined : await findVersion(db, id);
    if (version === undefined) return undefined;
    definition = version.definition;
    number = version.number;
  }
  const languages = ((definition as { languages?: unknown }).languages ?? []) as string[];
  return {
    definition,
    isDraft: draft !== undefined,
    number,
    sources: async () => {
      const all = new Map<string, Map<string, string>>();
      for (const l of Array.isArray(languages) ? languages : [])
        all.set(l, await translationSources(db, questionnaireId, l));
      return all;
    },
  };
}

const byKey = (units: readonly TextUnit[]) => new Map(units.map((u) => [u.key, u]));

/**
 * Saves a new draft and records what its translations were made from: a translation changed in
 * this draft was made from its current source; one carried over unchanged keeps the source it had.
 */
export async function saveDraftWithSources(
  db: Db,
  questionnaireId: number,
  definition: unknown,
  by: string,
  now: Date,
): Promise<void> {
  const base = await currentIn(db, questionnaireId);
  const next = definition as { languages?: unknown; fallbackLanguage?: unknown };
  const fallback = typeof next.fallbackLanguage === 'string' ? next.fallbackLanguage : undefined;
  const languages = Array.isArray(next.languages)
    ? next.languages.filter((l): l is string => typeof l === 'string')
    : [];
  if (fallback !== undefined) {
    const baseUnits =
      base === undefined
        ? new Map<string, TextUnit>()
        : byKey(textUnits(base.definition as QuestionnaireInput));
    const baseFallback = (base?.definition as { fallbackLanguage?: string } | undefined)?.fallbackLanguage;
    const sources = base === undefined ? new Map<string, Map<string, string>>() : await base.sources();
    for (const language of languages.filter((l) => l !== fallback)) {
      const recorded = sources.get(language) ?? new Map<string, string>();
      const updates = new Map<string, string>();
      for (const unit of textUnits(definition as QuestionnaireInput)) {
        const text = unit.texts[language];
        if (text === undefined) continue;
        const before = baseUnits.get(unit.key);
        const unchanged = before !== undefined && before.texts[language] === text;
        if (!unchanged) updates.set(unit.key, sourceHash(unit.texts[fallback] ?? ''));
        else if (!recorded.has(unit.key))
          updates.set(unit.key, sourceHash(before.texts[baseFallback ?? fallback] ?? ''));
      }
      await recordTranslationSources(db, questionnaireId, language, updates);
    }
  }
  await saveDraft(db, questionnaireId, definition, by, now);
}

/** After a translator's upload: the texts they sent are now made from the current source. */
export async function recordTranslated(
  db: Db,
  questionnaireId: number,
  definition: unknown,
  language: string,
  keys: readonly string[],
): Promise<void> {
  const fallback = (definition as { fallbackLanguage?: string }).fallbackLanguage ?? '';
  const units = byKey(textUnits(definition as QuestionnaireInput));
  const updates = new Map<string, string>();
  for (const key of keys) {
    const unit = units.get(key);
    if (unit !== undefined) updates.set(key, sourceHash(unit.texts[fallback] ?? ''));
  }
  await recordTranslationSources(db, questionnaireId, language, updates);
}
