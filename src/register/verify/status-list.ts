/**
 * Reading status lists: W3C Bitstring Status List v1.0 (and its predecessor StatusList2021, which
 * uses the same bitstring), plus the 1EdTech revocation list that Open Badges 3.0 names.
 *
 * Pure functions over data the caller already holds; fetching a list is someone else's job.
 */
import { gunzipSync } from 'node:zlib';

/**
 * Bitstring Status List v1.0, "Bitstring Generation Algorithm" and "Validate Algorithm": the list holds at least 131,072 entries, so that one
 * index reveals little about who holds a credential; shorter lists are an error.
 */
export const MIN_LIST_BITS = 131_072;
/** A decompressed list larger than this is refused, so that a small gzip bomb cannot exhaust memory. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

export class StatusListError extends Error {
  constructor(
    readonly code: 'status.listMalformed' | 'status.listTooShort' | 'status.indexOutOfRange',
    message: string,
  ) {
    super(message);
    this.name = 'StatusListError';
  }
}

/**
 * Expands an `encodedList`: the GZIP of the bitstring, base64url without padding (Bitstring Status
 * List v1.0, BitstringStatusListCredential, "encodedList"). Bitstring lists carry the multibase prefix `u`; StatusList2021
 * lists are bare base64url, so the prefix is only required when `multibase` is true.
 */
export function decodeEncodedList(encodedList: string, multibase: boolean): Uint8Array {
  let text = encodedList;
  if (multibase) {
    if (!text.startsWith('u'))
      throw new StatusListError('status.listMalformed', 'encodedList lacks the multibase u prefix');
    text = text.slice(1);
  }
  if (!/^[A-Za-z0-9_\-+/]*={0,2}$/.test(text)) {
    throw new StatusListError('status.listMalformed', 'encodedList is not base64url');
  }
  const compressed = Buffer.from(text, 'base64url');
  let bits: Buffer;
  try {
    bits = gunzipSync(compressed, { maxOutputLength: MAX_LIST_BYTES });
  } catch {
    throw new StatusListError('status.listMalformed', 'encodedList is not GZIP data');
  }
  if (bits.length * 8 < MIN_LIST_BITS) {
    throw new StatusListError('status.listTooShort', `list holds ${bits.length * 8} bits`);
  }
  return new Uint8Array(bits.buffer, bits.byteOffset, bits.length);
}

/**
 * The status value at `index` for entries `statusSize` bits wide. Index 0 is the left-most bit, the
 * most significant bit of the first byte (Bitstring Status List v1.0, "Bitstring Expansion
 * Algorithm" and "Validate Algorithm": the status is the bits at `statusListIndex × statusSize`).
 */
export function readStatus(bits: Uint8Array, index: number, statusSize = 1): number {
  if (!Number.isSafeInteger(index) || index < 0 || !Number.isSafeInteger(statusSize) || statusSize < 1) {
    throw new StatusListError('status.indexOutOfRange', 'index or size is not a non-negative integer');
  }
  if (statusSize > 8)
    throw new StatusListError('status.listMalformed', 'statusSize above 8 is not supported');
  const entries = Math.floor((bits.length * 8) / statusSize);
  if (index >= entries) throw new StatusListError('status.indexOutOfRange', `index ${index} >= ${entries}`);
  let value = 0;
  for (let i = 0; i < statusSize; i++) {
    const bit = index * statusSize + i;
    const byte = bits[bit >> 3]!;
    value = (value << 1) | ((byte >> (7 - (bit & 7))) & 1);
  }
  return value;
}

/**
 * Parses `statusListIndex`. The Recommendation makes it a base-10 string (BitstringStatusListEntry); the 1EdTech test
 * credential uses a JSON number, which is accepted when it is a non-negative integer.
 */
export function parseStatusIndex(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^(0|[1-9][0-9]{0,15})$/.test(value)) {
    const index = Number(value);
    return Number.isSafeInteger(index) ? index : undefined;
  }
  return undefined;
}

/**
 * The 1EdTech revocation list (1EdTech Revocation List Status Method, VCRL 1.0, which Open Badges 3.0
 * names for `credentialStatus`; read as the 1EdTech validator's RevocationListProbe reads it): the credential is revoked when `revokedCredential[]` has an entry
 * whose `id` is the credential's and whose `revoked` is true or absent.
 */
export function isInRevocationList(list: unknown, credentialId: string): boolean | undefined {
  if (typeof list !== 'object' || list === null) return undefined;
  const entries = (list as Record<string, unknown>).revokedCredential;
  if (!Array.isArray(entries)) return undefined;
  return entries.some((entry) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { id, revoked } = entry as Record<string, unknown>;
    return id === credentialId && (revoked === undefined || revoked === true);
  });
}
