/**
 * Revocation lists of one awarding body: W3C Bitstring Status List v1.0 (Recommendation,
 * 15 May 2025). One bit per credential, index 0 the left-most bit (most significant bit of the
 * first byte: "Bitstring Expansion Algorithm"); at least 131,072 bits so that one index says little
 * about who holds it ("Bitstring Generation Algorithm", and the privacy considerations on group
 * privacy; `MIN_LIST_BITS`); `encodedList` is the multibase base64url (`u`, no padding) of the GZIP
 * of the bits ("BitstringStatusListCredential").
 * `decodeEncodedList` in ../verify reads what `encodeStatusList` writes.
 */
import { gzipSync } from 'node:zlib';
import { decodeEncodedList, MIN_LIST_BITS, readStatus } from '../verify/index.ts';
import { type IssuerKey, signCredential } from './keys.ts';

export interface StatusList {
  /** The bits, MSB first. `setStatus` changes them in place. */
  readonly bits: Uint8Array;
  /** Number of entries (= bits: statusSize is 1). */
  readonly length: number;
}

export class StatusListRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'StatusListRangeError';
  }
}

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';

/** A list with every credential current (all bits 0). `bits` is a multiple of 8, at least 131,072. */
export function newStatusList(bits = MIN_LIST_BITS): StatusList {
  if (!Number.isSafeInteger(bits) || bits < MIN_LIST_BITS || bits % 8 !== 0) {
    throw new StatusListRangeError(`a status list has a multiple of 8 bits, at least ${MIN_LIST_BITS}`);
  }
  return { bits: new Uint8Array(bits / 8), length: bits };
}

function checkIndex(list: StatusList, index: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= list.length) {
    throw new StatusListRangeError(`index ${index} is outside 0…${list.length - 1}`);
  }
}

/** Sets (revoked) or clears the bit at `index`, in place; returns the same list. */
export function setStatus(list: StatusList, index: number, revoked: boolean): StatusList {
  checkIndex(list, index);
  const mask = 0x80 >> (index & 7);
  const byte = index >> 3;
  list.bits[byte] = revoked ? list.bits[byte]! | mask : list.bits[byte]! & ~mask;
  return list;
}

/** Whether the bit at `index` is set. */
export function getStatus(list: StatusList, index: number): boolean {
  checkIndex(list, index);
  return readStatus(list.bits, index) === 1;
}

/** `encodedList`: `u` + base64url (no padding) of the GZIP of the bits. Store this string. */
export function encodeStatusList(list: StatusList): string {
  return `u${gzipSync(list.bits).toString('base64url')}`;
}

/** Reads back a stored `encodedList` (the verifier's decoder, so what is written is what verifiers read). */
export function decodeStatusList(encodedList: string): StatusList {
  const bits = Uint8Array.from(decodeEncodedList(encodedList, true));
  return { bits, length: bits.length * 8 };
}

export interface StatusListCredentialInput {
  /** Where the list credential is served: its `id`, and every entry's `statusListCredential`. */
  readonly url: string;
  readonly issuerKey: IssuerKey;
  readonly list: StatusList;
  /** ISO date-time with a time zone, e.g. `new Date().toISOString()`. */
  readonly validFrom: string;
  /** A verifier treats a list past `validUntil` as unusable; set it to make caches refetch. */
  readonly validUntil?: string;
}

/**
 * A signed BitstringStatusListCredential for revocation, issued by the awarding body's key,
 * since a verifier checks the list's proof as well ("Validate Algorithm").
 */
export async function issueStatusListCredential(
  input: StatusListCredentialInput,
): Promise<Record<string, unknown>> {
  const { url, issuerKey, list, validFrom, validUntil } = input;
  const credential = {
    '@context': [VC_V2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerKey.did,
    validFrom,
    ...(validUntil === undefined ? {} : { validUntil }),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(list),
    },
  };
  return signCredential(credential, issuerKey);
}
