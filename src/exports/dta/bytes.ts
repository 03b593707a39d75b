/**
 * Little-endian (LSF) byte building for the .dta writer. Pure: no node:* imports, so the writer can
 * run wherever a Uint8Array can be produced.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`: format 118 stores every string as UTF-8 (dta.sthlp §3). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * UTF-8 bytes of `text`, cut to at most `maxChars` characters and `maxBytes` bytes without splitting
 * a character: Stata's limits are counted in characters, its fields in bytes (4 per character).
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

/** ASCII bytes of a section tag such as `<map>`. */
export function tag(name: string): Uint8Array {
  return encoder.encode(name);
}

/** A growable little-endian buffer for the parts of the file written once (header, labels). */
export class ByteBuilder {
  private buf = new Uint8Array(1024);
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

  u64(value: number): this {
    this.ensure(8);
    this.view.setBigUint64(this.len, BigInt(value), true);
    this.len += 8;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.ensure(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** `data` followed by zeros to exactly `size` bytes; the caller keeps `data` shorter than `size`. */
  padded(data: Uint8Array, size: number): this {
    this.ensure(size);
    this.buf.set(data.subarray(0, size), this.len);
    this.buf.fill(0, this.len + Math.min(size, data.length), this.len + size);
    this.len += size;
    return this;
  }

  /** Overwrites 8 bytes at `offset` (the map, once the positions are known). */
  setU64(offset: number, value: number): this {
    this.view.setBigUint64(offset, BigInt(value), true);
    return this;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
