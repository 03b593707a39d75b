import type { VerificationReport } from '../../register/index.ts';

/**
 * The main facts of a checked credential, as far as they can be read: what it is, who issued it,
 * when. Read from a short list of known places only, so that nothing about the learner is ever
 * shown: the subject's name, e-mail, date of birth and identifiers are never looked at. The one
 * value taken from inside the subject is the title of what was achieved.
 */
export interface CredentialFacts {
  readonly title?: string;
  readonly achievement?: string;
  readonly issuer?: string;
  readonly issued?: Date;
  readonly validFrom?: Date;
  readonly validUntil?: Date;
}

type Json = Record<string, unknown>;

const maxText = 300;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A plain string, or an ELM language map (`{ "en": "…", "fr": "…" }`) read in the reader's
 * language, else English, else the first language given.
 */
function textOf(value: unknown, lang: string): string | undefined {
  const v = first(value);
  let text: unknown = v;
  if (isObject(v)) text = v[lang] ?? v.en ?? Object.values(v).find((x) => typeof x === 'string');
  text = first(text);
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, maxText);
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const date = new Date(value);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

/** Keeps only the facts that were found (the props are optional, never undefined). */
function compact(facts: Record<keyof CredentialFacts, string | Date | undefined>): CredentialFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as CredentialFacts;
}

function openBadgeFacts(credential: Json, lang: string): CredentialFacts {
  const subject = first(credential.credentialSubject);
  const achievement = isObject(subject) && isObject(subject.achievement) ? subject.achievement : undefined;
  const issuer = credential.issuer;
  return compact({
    title: textOf(credential.name, lang),
    achievement: textOf(achievement?.name, lang),
    issuer: isObject(issuer) ? textOf(issuer.name, lang) : undefined,
    issued: dateOf(credential.awardedDate ?? credential.issuanceDate ?? credential.validFrom),
    validFrom: dateOf(credential.validFrom ?? credential.issuanceDate),
    validUntil: dateOf(credential.validUntil ?? credential.expirationDate),
  });
}

function europassFacts(credential: Json, lang: string): CredentialFacts {
  const subject = first(credential.credentialSubject);
  const claim = isObject(subject) ? first(subject.hasClaim) : undefined;
  const display = isObject(credential.displayParameter) ? credential.displayParameter : undefined;
  const issuer = credential.issuer;
  return compact({
    title: textOf(credential.title ?? display?.title, lang),
    achievement: isObject(claim) ? textOf(claim.title, lang) : undefined,
    issuer: isObject(issuer) ? textOf(issuer.legalName ?? issuer.prefLabel, lang) : undefined,
    issued: dateOf(credential.issued ?? credential.issuanceDate),
    validFrom: dateOf(credential.validFrom),
    validUntil: dateOf(credential.validUntil ?? credential.expirationDate),
  });
}

/** The facts of the credential a report read, or none when it could not be read. */
export function credentialFacts(report: VerificationReport, lang: string): CredentialFacts {
  const read = report.credential;
  if (!isObject(read)) return {};
  if (report.format === 'europass-elm-3') return europassFacts(read, lang);
  // A VC-JWT under VC Data Model 1.1 carries the credential in its `vc` claim.
  return openBadgeFacts(isObject(read.vc) ? read.vc : read, lang);
}
