import type { Value } from '../../exports/index.ts';
import { csvField } from '../../exports/index.ts';
import type { MicrocredentialDraft } from '../../register/index.ts';
import { annexICompleteness } from '../../register/index.ts';
import { plainText, registerEntryUrl } from './register-common.tsx';

/**
 * The register's entries as data: a result list as CSV (one entry as JSON is the register's own
 * `entryJson`, which the REST API uses too). Values are codes, as in the record; texts are in the reader's
 * language where the CSV has room for one text only.
 */

/** The public address of an entry's page (`publicUrl` without a trailing slash or with one). */
export const entryPageUrl = (publicUrl: string, id: string, lang = 'en') =>
  `${publicUrl.replace(/\/+$/, '')}${registerEntryUrl(lang, id)}`;

/** The columns of the CSV download, in order. */
export const registerCsvColumns = [
  'id',
  'url',
  'title',
  'awarding_bodies',
  'countries',
  'eqf',
  'isced_f',
  'ects',
  'hours',
  'participation',
  'assessment',
  'quality_assurance',
  'provider_type',
  'stackability',
  'languages',
  'completeness',
  'published',
] as const;

const several = (values: readonly string[] | undefined): Value =>
  values === undefined || values.length === 0 ? null : values.join('; ');

function csvRow(
  entry: { id: string; record: MicrocredentialDraft; publishedAt: Date },
  publicUrl: string,
  lang: string,
): Value[] {
  const r = entry.record;
  const cells: Record<(typeof registerCsvColumns)[number], Value> = {
    id: entry.id,
    url: entryPageUrl(publicUrl, entry.id, lang),
    title: plainText(r.title, lang),
    awarding_bodies: several((r.awardingBodies ?? []).map((b) => plainText(b.name, lang))),
    countries: several(r.issuerCountries),
    eqf: r.level?.eqf ?? null,
    isced_f: several(r.iscedF),
    ects: r.workload?.ects ?? null,
    hours: r.workload?.hours ?? null,
    participation: r.participation?.form ?? null,
    assessment: several(r.assessment?.types),
    quality_assurance: several(r.qualityAssurance?.types),
    provider_type: r.providerType ?? null,
    stackability: r.stackability?.option ?? null,
    languages: several(r.languagesOfInstruction),
    completeness: Math.round(annexICompleteness(r).score * 1000) / 1000,
    published: entry.publishedAt.toISOString().slice(0, 10),
  };
  return registerCsvColumns.map((c) => cells[c]);
}

/**
 * A result list as CSV: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), RFC 4180
 * (CRLF, quotes doubled), names in the first line, and a leading apostrophe on any text a
 * spreadsheet would run as a formula.
 */
export function registerCsv(
  entries: readonly { id: string; record: MicrocredentialDraft; publishedAt: Date }[],
  publicUrl: string,
  lang: string,
): string {
  const lines = [[...registerCsvColumns], ...entries.map((e) => csvRow(e, publicUrl, lang))];
  return `\uFEFF${lines.map((line) => `${line.map(csvField).join(',')}\r\n`).join('')}`;
}
