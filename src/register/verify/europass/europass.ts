/**
 * Verifies a Europass Digital Credential (ELM v3): either the JAdES-sealed envelope the EDCI issues, or
 * a bare ELM JSON-LD credential. Offline and pure: the caller supplies the validation time and any trust
 * anchors; nothing is fetched, so what needs the network comes back `unknown`.
 */
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../json-input.ts';
import type { Check, VerificationReport } from '../report.ts';
import { isElmCredential, schemaCheck, statusCheck, validityCheck } from './elm.ts';
import { type JadesOptions, verifyJades } from './jades.ts';

export type EuropassOptions = JadesOptions;

/** The largest credential read, in UTF-8 bytes; the official samples with embedded images are ~0.5 MB. */
export const MAX_BYTES = 2 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JWS JSON serialization (RFC 7515 §7.2): a payload next to one signature or an array of them. */
function looksLikeJws(value: unknown): boolean {
  return isRecord(value) && 'payload' in value && ('signatures' in value || 'signature' in value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function report(
  securing: VerificationReport['securing'],
  checks: readonly Check[],
  at: Date,
  credential?: unknown,
): VerificationReport {
  const known = checks.some((c) => c.id === 'format' && c.status === 'ok');
  return {
    format: known ? 'europass-elm-3' : 'unknown',
    securing,
    checks,
    ...(credential === undefined ? {} : { credential }),
    validationTime: at.toISOString(),
  };
}

/** The checks on the credential's content, once it is known to be ELM. */
function contentChecks(credential: Record<string, unknown>, at: Date): Check[] {
  return [schemaCheck(credential), validityCheck(credential, at), statusCheck(credential)];
}

/**
 * An unsigned credential proves nothing about where it came from, so its signature check fails
 * (`signature.none`) rather than being skipped: a verdict of "valid" must never rest on an unsealed file.
 * The checks that depend on the seal are then skipped.
 */
const UNSEALED: readonly Check[] = [
  { id: 'signature', status: 'failed', code: 'signature.none' },
  { id: 'certificate', status: 'skipped', code: 'certificate.none' },
  { id: 'issuer', status: 'skipped', code: 'issuer.noSeal' },
];

/**
 * Nesting no credential needs (see MAX_JSON_DEPTH) is refused as too large before the checks and the
 * mappers, which recurse, walk it.
 */
const TOO_DEEP: Check = {
  id: 'format',
  status: 'failed',
  code: 'format.tooLarge',
  detail: { maxDepth: MAX_JSON_DEPTH },
};

export async function verifyEuropass(text: string, options: EuropassOptions): Promise<VerificationReport> {
  const at = options.validationTime;
  try {
    return await verifyEuropassUnsafe(text, options);
  } catch {
    // Nothing below is meant to throw; if a library does, the input is treated as unreadable.
    return report('none', [{ id: 'format', status: 'failed', code: 'format.unreadable' }], at);
  }
}

async function verifyEuropassUnsafe(text: string, options: EuropassOptions): Promise<VerificationReport> {
  const at = options.validationTime;
  if (typeof text !== 'string') {
    return report('none', [{ id: 'format', status: 'failed', code: 'format.notJson' }], at);
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BYTES) {
    return report(
      'none',
      [{ id: 'format', status: 'failed', code: 'format.tooLarge', detail: { bytes, limit: MAX_BYTES } }],
      at,
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return report('none', [{ id: 'format', status: 'failed', code: 'format.notJson' }], at);
  if (nestsDeeperThan(parsed.value, MAX_JSON_DEPTH)) return report('none', [TOO_DEEP], at);

  if (!looksLikeJws(parsed.value)) {
    if (!isElmCredential(parsed.value)) {
      return report('none', [{ id: 'format', status: 'failed', code: 'format.notElm' }], at);
    }
    const checks: Check[] = [
      { id: 'format', status: 'ok', code: 'format.elm3' },
      ...UNSEALED,
      ...contentChecks(parsed.value, at),
    ];
    return report('none', order(checks), at, parsed.value);
  }

  const sealed = await verifyJades(text, options);
  const credential = sealed.payload === undefined ? undefined : parseJson(sealed.payload);
  if (credential === undefined || !credential.ok) {
    const format: Check = { id: 'format', status: 'failed', code: 'format.payloadNotJson' };
    return report('jades', order([format, ...sealed.checks]), at);
  }
  if (nestsDeeperThan(credential.value, MAX_JSON_DEPTH))
    return report('jades', order([TOO_DEEP, ...sealed.checks]), at);
  if (!isElmCredential(credential.value)) {
    const format: Check = { id: 'format', status: 'failed', code: 'format.notElm' };
    return report('jades', order([format, ...sealed.checks]), at, credential.value);
  }
  const checks: Check[] = [
    { id: 'format', status: 'ok', code: 'format.elm3' },
    ...sealed.checks,
    ...contentChecks(credential.value, at),
  ];
  return report('jades', order(checks), at, credential.value);
}

const ORDER: readonly Check['id'][] = [
  'format',
  'schema',
  'signature',
  'certificate',
  'issuer',
  'validity',
  'status',
];

/** A stable order for the pages: what the file is, who sealed it, then what it says. */
function order(checks: readonly Check[]): Check[] {
  return [...checks].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}
