/**
 * A published entry as JSON, for the register's API and its exports: the record as published, its
 * public address, and its Annex I completeness. The same shape everywhere a list or an entry is
 * given out, so scripts read one format.
 */
import type { MicrocredentialDraft } from '../model/index.ts';
import { annexICompleteness } from '../model/index.ts';

export interface EntryJson {
  readonly id: string;
  readonly url: string;
  readonly published: string;
  readonly record: MicrocredentialDraft;
  readonly completeness: {
    readonly score: number;
    readonly elements: readonly {
      element: string;
      number: number;
      mandatory: boolean;
      status: string;
      reason?: string;
    }[];
  };
}

/**
 * A record as the public sees it. A grade achieved (Annex I element 14) is about one holder; the
 * register describes no holder, so it is left out should an imported record carry one.
 */
export function publicRecord(record: MicrocredentialDraft): MicrocredentialDraft {
  if (record.grade?.achieved === undefined) return record;
  const { achieved: _achieved, ...grade } = record.grade;
  const { grade: _grade, ...rest } = record;
  return grade.scheme === undefined && grade.schemeDescription === undefined ? rest : { ...rest, grade };
}

/** `url` is the entry's page in `language` under the installation's public address. */
export function entryJson(
  entry: { readonly id: string; readonly record: MicrocredentialDraft; readonly publishedAt: Date },
  publicUrl: string,
  language = 'en',
): EntryJson {
  const record = publicRecord({ ...entry.record, id: entry.id });
  const completeness = annexICompleteness(record);
  return {
    id: entry.id,
    url: `${publicUrl.replace(/\/+$/, '')}/${language}/register/${encodeURIComponent(entry.id)}`,
    published: entry.publishedAt.toISOString(),
    record,
    completeness: { score: completeness.score, elements: completeness.elements.map((e) => ({ ...e })) },
  };
}
