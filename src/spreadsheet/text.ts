/**
 * The text of an uploaded file (a CSV, an XLIFF file), without its byte order mark: UTF-8, or UTF-16
 * when a byte order mark says so, as spreadsheet programs save "Unicode text" (Excel: UTF-16LE,
 * tab-separated) and translation tools may save XML (XML 1.0, appendix F). Undefined for anything
 * else: a file saved in a legacy code page (Windows-1252, 1250) is refused, not guessed, since a
 * wrong guess would change people's names without a word.
 */
export function uploadedText(bytes: Uint8Array): string | undefined {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    // The decoder drops the byte order mark of its own encoding (WHATWG Encoding, "decode").
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
