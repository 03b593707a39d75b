/**
 * Little-endian (LSF) byte building for the .dta writer: the exports' shared buffer and UTF-8
 * cutting (format 118 stores every string as UTF-8, dta.sthlp §3), and section tags.
 */
export { ByteBuilder, utf8, utf8Truncated } from '../bytes.ts';

const encoder = new TextEncoder();

/** ASCII bytes of a section tag such as `<map>`. */
export function tag(name: string): Uint8Array {
  return encoder.encode(name);
}
