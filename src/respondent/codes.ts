import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so codes survive being read out or written down. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
  for (const byte of bytes) out += alphabet[byte % 32];
  return out;
}

const group = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** A resume code: 20 characters, 100 random bits, shown as five groups of four. */
export function newResumeCode(): string {
  return group(randomCode(20));
}

/** A receipt: 8 characters; it proves nothing and names no one, it only lets respondents refer to a response. */
export function newReceipt(): string {
  return group(randomCode(8));
}

/** A resume code as typed: case, spaces and dashes ignored, look-alike letters read as digits. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** What is stored of a resume code: its SHA-256 (100 random bits need no slow hash). */
export function hashCode(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex');
}

export function isWellFormedCode(code: string): boolean {
  const n = normaliseCode(code);
  return n.length === 20 && [...n].every((ch) => alphabet.includes(ch));
}

/** The key of a new repeat item: 72 random bits, unique among one response's items. */
export function newItemKey(): string {
  return randomBytes(9).toString('base64url');
}

/** What an item key in a form may look like (a key this server made, or one of the shipped data). */
export const itemKeyPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The CSRF token a form carries: an HMAC of the browser's cookie, so it cannot be made elsewhere. */
export function csrfToken(secret: string, cookie: string): string {
  return createHmac('sha256', secret).update(`csrf:${cookie}`).digest('base64url');
}

export function csrfMatches(secret: string, cookie: string | undefined, sent: string | undefined): boolean {
  if (cookie === undefined || sent === undefined) return false;
  const expected = Buffer.from(csrfToken(secret, cookie));
  const given = Buffer.from(sent);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A key for rate limits that does not keep the address it came from. */
export function clientKey(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`client:${address}`).digest('base64url').slice(0, 22);
}
