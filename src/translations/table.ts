import type { QuestionnaireInput } from '../questionnaire/index.ts';
import type { TranslationEntry } from './apply.ts';
import type { Tracking, UnitState } from './status.ts';
import { statusWith } from './status.ts';

/** One row of a translation sheet: a key column, the source, the translation and its state. */
export interface TableRow {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly status: UnitState;
}

/** The rows for `language`, in document order; a missing translation is an empty cell. */
export function toTable(definition: QuestionnaireInput, language: string, tracking?: Tracking): TableRow[] {
  return statusWith(definition, language, tracking).units.map((u) => ({
    key: u.key,
    source: u.source,
    target: u.target ?? '',
    status: u.state,
  }));
}

/** A row as read back from a sheet: cells may come back empty or missing. */
export interface TableInput {
  readonly key: string;
  readonly target?: string | null | undefined;
  readonly source?: string | null | undefined;
}

/**
 * The entries of a filled-in sheet. Empty targets are passed on so applyTranslations reports them
 * (`empty`) rather than losing sight of them.
 */
export function fromTable(rows: readonly TableInput[]): TranslationEntry[] {
  return rows.map((row) =>
    typeof row.source === 'string'
      ? { key: row.key, text: row.target ?? '', source: row.source }
      : { key: row.key, text: row.target ?? '' },
  );
}
