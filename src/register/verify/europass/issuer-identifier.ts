/**
 * Whether the organisation a Europass credential names as issuer is the one the eSeal certificate was
 * issued to: the ELM `eIDASIdentifier` (a LegalIdentifier) against the certificate's
 * organizationIdentifier (OID 2.5.4.97).
 */
import type { Check } from '../report.ts';

/**
 * ISO 3166-1 alpha-3 (the EU authority table in `spatial`) to alpha-2 (the certificate), for the
 * countries whose trust services are on the EU list of trusted lists, plus their neighbours.
 * Greece's VAT prefix is EL, not GR (ETSI EN 319 412-1 §5.1.4 follows the VAT numbering).
 */
const ALPHA2_OF: Readonly<Record<string, readonly string[]>> = {
  AUT: ['AT'],
  BEL: ['BE'],
  BGR: ['BG'],
  HRV: ['HR'],
  CYP: ['CY'],
  CZE: ['CZ'],
  DNK: ['DK'],
  EST: ['EE'],
  FIN: ['FI'],
  FRA: ['FR'],
  DEU: ['DE'],
  GRC: ['GR', 'EL'],
  HUN: ['HU'],
  IRL: ['IE'],
  ITA: ['IT'],
  LVA: ['LV'],
  LTU: ['LT'],
  LUX: ['LU'],
  MLT: ['MT'],
  NLD: ['NL'],
  POL: ['PL'],
  PRT: ['PT'],
  ROU: ['RO'],
  SVK: ['SK'],
  SVN: ['SI'],
  ESP: ['ES'],
  SWE: ['SE'],
  ISL: ['IS'],
  LIE: ['LI'],
  NOR: ['NO'],
  CHE: ['CH'],
  GBR: ['GB', 'UK'],
  ALB: ['AL'],
  MNE: ['ME'],
  MKD: ['MK'],
  SRB: ['RS'],
  TUR: ['TR'],
  UKR: ['UA'],
  MDA: ['MD'],
  BIH: ['BA'],
};

interface SemanticIdentifier {
  readonly type: string;
  readonly country: string;
  readonly local: string;
}

/**
 * ETSI EN 319 412-1 §5.1.4: a legal person's identifier is a three-letter type (VAT, NTR, PSD, LEI), a
 * two-letter country, a hyphen and the registry's own identifier, e.g. `VATES-A00000000`.
 */
export function parseSemanticIdentifier(value: string): SemanticIdentifier | undefined {
  const m = /^([A-Z]{3})([A-Z]{2})-(.+)$/.exec(value.trim());
  if (!m) return undefined;
  return { type: m[1]!, country: m[2]!, local: m[3]! };
}

function normalise(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function asArray(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface LegalIdentifier {
  readonly notation: string;
  /** ISO alpha-3 code from `spatial` (`…/authority/country/ESP`), when given. */
  readonly country?: string;
}

/** The `notation` and `spatial` country of each LegalIdentifier under `key` (ELM: LegalIdentifier). */
export function legalIdentifiers(issuer: unknown, key: string): LegalIdentifier[] {
  if (!isRecord(issuer)) return [];
  const out: LegalIdentifier[] = [];
  for (const id of asArray(issuer[key])) {
    if (typeof id === 'string' && id.trim() !== '') {
      out.push({ notation: id });
      continue;
    }
    if (!isRecord(id) || typeof id.notation !== 'string' || id.notation.trim() === '') continue;
    const spatial = isRecord(id.spatial) ? id.spatial.id : id.spatial;
    const country = typeof spatial === 'string' ? /\/country\/([A-Z]{3})$/.exec(spatial)?.[1] : undefined;
    out.push({ notation: id.notation, ...(country === undefined ? {} : { country }) });
  }
  return out;
}

type Match = 'exact' | 'localPart' | 'localPartNoCountry' | 'countryMismatch' | 'none';

export function matchIdentifier(id: LegalIdentifier, organisationIdentifier: string): Match {
  const notation = normalise(id.notation);
  if (notation === normalise(organisationIdentifier)) return 'exact';
  const semantic = parseSemanticIdentifier(organisationIdentifier);
  if (semantic === undefined || notation !== normalise(semantic.local)) return 'none';
  // The credential may hold only the registry's own number; then the countries must agree.
  if (id.country === undefined) return 'localPartNoCountry';
  const alpha2 = ALPHA2_OF[id.country];
  if (alpha2 === undefined) return 'localPartNoCountry';
  return alpha2.includes(semantic.country) ? 'localPart' : 'countryMismatch';
}

/** Other ELM Organisation identifiers that may carry the same registry number as the certificate. */
const OTHER_IDENTIFIER_KEYS = ['vatIdentifier', 'registration', 'taxIdentifier'] as const;

/**
 * The `issuer` check. Only `eIDASIdentifier` is meant to repeat the seal's identifier, so only a
 * mismatch there fails; another identifier that matches is accepted, one that does not proves nothing.
 */
export function issuerCheck(credentialIssuer: unknown, organisationIdentifier: string | undefined): Check {
  if (organisationIdentifier === undefined) {
    return { id: 'issuer', status: 'unknown', code: 'issuer.noOrganisationIdentifier' };
  }
  const eidas = legalIdentifiers(credentialIssuer, 'eIDASIdentifier');
  const judge = (ids: readonly LegalIdentifier[], field: string): Check | undefined => {
    const results = ids.map((id) => ({ id, match: matchIdentifier(id, organisationIdentifier) }));
    const hit = results.find((r) => r.match === 'exact' || r.match === 'localPart');
    if (hit) {
      return {
        id: 'issuer',
        status: 'ok',
        code: 'issuer.match',
        detail: {
          field,
          matchedOn: hit.match,
          certificate: organisationIdentifier,
          credential: hit.id.notation,
        },
      };
    }
    const partial = results.find((r) => r.match === 'localPartNoCountry');
    if (partial) {
      return {
        id: 'issuer',
        status: 'unknown',
        code: 'issuer.partialMatch',
        detail: { field, certificate: organisationIdentifier, credential: partial.id.notation },
      };
    }
    return undefined;
  };
  if (eidas.length > 0) {
    const judged = judge(eidas, 'eIDASIdentifier');
    if (judged) return judged;
    const countryMismatch = eidas.some(
      (id) => matchIdentifier(id, organisationIdentifier) === 'countryMismatch',
    );
    return {
      id: 'issuer',
      status: 'failed',
      code: countryMismatch ? 'issuer.countryMismatch' : 'issuer.mismatch',
      detail: {
        certificate: organisationIdentifier,
        credential: eidas.map((id) => id.notation).join(', '),
      },
    };
  }
  for (const key of OTHER_IDENTIFIER_KEYS) {
    const judged = judge(legalIdentifiers(credentialIssuer, key), key);
    if (judged?.status === 'ok') return judged;
  }
  return {
    id: 'issuer',
    status: 'unknown',
    code: 'issuer.noEidasIdentifier',
    detail: { certificate: organisationIdentifier },
  };
}
