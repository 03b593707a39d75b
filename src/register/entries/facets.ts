/**
 * What the public register searches and filters on, derived from a published record. The store
 * keeps these beside the record (src/store/register.repository.ts), so a search never reads JSON.
 */
import type { EntryFacets } from '../../store/index.ts';
import type { MicrocredentialDraft } from '../model/index.ts';
import { annexICompleteness, broadFieldOf } from '../model/index.ts';

/**
 * Hours per ECTS credit: "25 to 30 hours" (ECTS Users' Guide 2015, §3.1); the middle is used to put
 * a workload given only in hours into a band, never to show a credit value.
 */
export const HOURS_PER_ECTS = 27.5;

/** Workload bands, in ECTS credits or the hours that make them. */
export const workloadBands = ['upTo1', 'upTo5', 'upTo15', 'over15'] as const;
export type WorkloadBand = (typeof workloadBands)[number];

export function workloadBand(workload: MicrocredentialDraft['workload']): WorkloadBand | null {
  const ects =
    workload?.ects ?? (workload?.hours === undefined ? undefined : workload.hours / HOURS_PER_ECTS);
  if (ects === undefined) return null;
  if (ects <= 1) return 'upTo1';
  if (ects <= 5) return 'upTo5';
  if (ects <= 15) return 'upTo15';
  return 'over15';
}

/**
 * Lower case, without accents, letters and digits only: the form of every word that is indexed and
 * searched, so "Qualitätssicherung" is found as "qualitatssicherung" and "Œuvre" as "œuvre". The
 * sharp s (ß, capital ẞ) is written "ss", as German does in capitals and Swiss German always, so
 * "Süßwasser", "SÜSSWASSER" and "susswasser" are one word.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const texts = (text: Readonly<Record<string, string>> | undefined): string[] => Object.values(text ?? {});

/** Every text a visitor might search for: titles, description, outcomes and skills in every language. */
function searchableTexts(r: MicrocredentialDraft): string[] {
  return [
    ...texts(r.title),
    ...texts(r.description),
    ...(r.awardingBodies ?? []).flatMap((b) => texts(b.name)),
    ...(r.learningOutcomes ?? []).flatMap((o) => [
      ...texts(o.text),
      ...(o.escoSkills ?? []).flatMap((s) => texts(s.label)),
    ]),
    ...(r.issuerRegions ?? []).flatMap(texts),
  ];
}

export function facetsOf(r: MicrocredentialDraft): EntryFacets {
  const words = searchWords(searchableTexts(r).join(' '));
  return {
    searchText: words.join(' '),
    titleSort: r.title?.en ?? Object.values(r.title ?? {})[0] ?? '',
    countries: r.issuerCountries ?? [],
    eqf: r.level?.eqf ?? null,
    fields: [...new Set((r.iscedF ?? []).map(broadFieldOf))],
    ects: r.workload?.ects ?? null,
    hours: r.workload?.hours ?? null,
    workload: workloadBand(r.workload),
    participation: r.participation?.form ?? null,
    assessment: r.assessment?.types ?? [],
    quality: r.qualityAssurance?.types ?? [],
    providerType: r.providerType ?? null,
    stackability: r.stackability?.option ?? null,
    languages: r.languagesOfInstruction ?? [],
    completeness: annexICompleteness(r).score,
  };
}
