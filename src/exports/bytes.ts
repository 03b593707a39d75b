/**
 * Byte building for the binary data files (SPSS .sav, Stata .dta): UTF-8 text cut on character
 * boundaries and a growable little-endian buffer. Pure: no node:* imports.
 */

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * UTF-8 bytes of `text`, cut to at most `maxChars` characters and `maxBytes` bytes without splitting
 * a character: a label cut mid-sequence would be invalid UTF-8 for every reader. (Stata counts its
 * limits in characters and its fields in bytes; SPSS counts bytes.)
 */
export function utf8Truncated(
  text: string,
  maxBytes: number,
  maxChars = Number.POSITIVE_INFINITY,
): Uint8Array {
  const chars = Array.from(text);
  const bytes = encoder.encode(chars.length > maxChars ? chars.slice(0, maxChars).join('') : text);
  if (bytes.length <= maxBytes) return bytes;
  let cut = maxBytes;
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character start.
  while (cut > 0 && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut--;
  return bytes.subarray(0, cut);
}

/** A growable little-endian buffer for the parts of a file written once (header, dictionary, labels). */
export class ByteBuilder {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  private len = 0;

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  get length(): number {
    return this.len;
  }

  u8(value: number): this {
    this.ensure(1);
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  u16(value: number): this {
    this.ensure(2);
    this.view.setUint16(this.len, value, true);
    this.len += 2;
    return this;
  }

  i32(value: number): this {
    this.ensure(4);
    this.view.setInt32(this.len, value, true);
    this.len += 4;
    return this;
  }

  u32(value: number): this {
    this.ensure(4);
    this.view.setUint32(this.len, value, true);
    this.len += 4;
    return this;
  }

  i64(value: bigint): this {
    this.ensure(8);
    this.view.setBigInt64(this.len, value, true);
    this.len += 8;
    return this;
  }

  u64(value: number): this {
    this.ensure(8);
    this.view.setBigUint64(this.len, BigInt(value), true);
    this.len += 8;
    return this;
  }

  f64(value: number): this {
    this.ensure(8);
    this.view.setFloat64(this.len, value, true);
    this.len += 8;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.ensure(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** `data` cut or padded with `pad` to exactly `size` bytes (fixed-width fields). */
  fixed(data: Uint8Array, size: number, pad = 0x20): this {
    this.ensure(size);
    const n = Math.min(size, data.length);
    this.buf.set(data.subarray(0, n), this.len);
    this.buf.fill(pad, this.len + n, this.len + size);
    this.len += size;
    return this;
  }

  /** `data` followed by zeros to exactly `size` bytes. */
  padded(data: Uint8Array, size: number): this {
    return this.fixed(data, size, 0);
  }

  /** Pad with `pad` bytes until the length is a multiple of `multiple`. */
  align(multiple: number, pad = 0): this {
    const rest = this.len % multiple;
    if (rest !== 0) this.fixed(new Uint8Array(0), multiple - rest, pad);
    return this;
  }

  /** Overwrites 8 bytes at `offset` (offsets known only once later parts are written). */
  setU64(offset: number, value: number): this {
    this.view.setBigUint64(offset, BigInt(value), true);
    return this;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
