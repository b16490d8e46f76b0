/** What a file's first bytes say it is, before ExcelJS is asked to read it. */
export type FileKind = "empty" | "zip" | "compound" | "encrypted" | "text" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Sniffs a file: an .xlsx is a zip; an old .xls and a password-protected .xlsx are both OLE
 * compound files, told apart by the `EncryptionInfo` stream an encrypted workbook carries.
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, COMPOUND)) return containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "compound";
  return looksLikeText(bytes) ? "text" : "unknown";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let printable = 0;
  for (const byte of sample) if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable++;
  return !sample.includes(0) && printable / sample.length > 0.95;
}
