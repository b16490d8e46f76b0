/** One file in a zip, as the central directory lists it (what Excel and LibreOffice go by). */
export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedBytes: number;
  /** Where the compressed data starts in the file. */
  readonly dataOffset: number;
  /**
   * The CRC-32 and inflated size the directory declares: copied as they are with a part the
   * report workbook carries over unread; never trusted for a limit or an allocation.
   */
  readonly declaredCrc: number;
  readonly declaredBytes: number;
}

/** The zip is not one the reader can take; `why` says what, in English, for the one-line message. */
export class ZipFormatError extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a zip's central directory (APPNOTE 4.3.16 and 4.3.12) into parts by name. fflate, the
 * inflater, exposes no entry offsets, and the offsets are what let a part be inflated on its own,
 * in slices, with the bytes counted as they come out. The local header is used only for the
 * length of its name and extra field; sizes are never trusted from either header.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipPart> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) throw new ZipFormatError("ZIP64 archives are not supported");
  if (start + size > eocd) throw new ZipFormatError("the central directory lies outside the file");
  const decoder = new TextDecoder();
  const parts = new Map<string, ZipPart>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("the central directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const declaredCrc = view.getUint32(at + 16, true);
    const compressedBytes = view.getUint32(at + 20, true);
    const declaredBytes = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    // Names are UTF-8 when flag bit 11 is set; Office writes ASCII part names either way.
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError(`the entry ${name} is damaged`);
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressedBytes > bytes.length) throw new ZipFormatError(`the entry ${name} is cut off`);
    // A part name is case-insensitive in OPC (ECMA-376 Part 2, 9.1.1.1); a later duplicate is ignored.
    const key = name.toLowerCase();
    if (!parts.has(key)) parts.set(key, { name, method, encrypted: (flags & 1) === 1, compressedBytes, dataOffset, declaredCrc, declaredBytes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new ZipFormatError("no zip directory was found (the file is cut off or not a zip)");
}
