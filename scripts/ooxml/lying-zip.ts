/**
 * A zip written byte by byte, so that one entry can declare a size it does not have: the inflation
 * bomb of issue 8 declares 1 KB in both its local header and the central directory and inflates
 * to 2 GiB. fflate deflates the content in chunks, so the bomb is never held in memory.
 */
import { Deflate, deflateSync, strToU8 } from "fflate";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crcUpdate(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** The CRC-32 of `count` repetitions of `chunk`, from a running value (the bomb's padding repeats one chunk). */
function crcOfRepeats(crc: number, chunk: Uint8Array, count: number): number {
  let c = crc;
  for (let i = 0; i < count; i++) c = crcUpdate(c, chunk);
  return c;
}

export interface ZipEntryBytes {
  readonly name: string;
  /** Deflated data. */
  readonly data: Uint8Array;
  readonly crc: number;
  /** The unpacked size the headers declare (a lie for the bomb). */
  readonly declaredSize: number;
}

/** An ordinary entry: deflated, with its true CRC and size. */
export function honestEntry(name: string, text: string): ZipEntryBytes {
  const raw = strToU8(text);
  return { name, data: deflateSync(raw, { level: 6 }), crc: (crcUpdate(0xffffffff, raw) ^ 0xffffffff) >>> 0, declaredSize: raw.length };
}

/**
 * An entry whose content is `head`, then `padding` repeated `repeats` times, then `tail`, streamed
 * through fflate's Deflate; its CRC is the true one, its declared size `declaredSize`.
 */
export function bombEntry(name: string, head: string, padding: Uint8Array, repeats: number, tail: string, declaredSize: number): ZipEntryBytes & { readonly inflatedSize: number } {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => out.push(chunk));
  const headBytes = strToU8(head);
  const tailBytes = strToU8(tail);
  let crc = crcUpdate(0xffffffff, headBytes);
  deflate.push(headBytes);
  for (let i = 0; i < repeats; i++) deflate.push(padding);
  crc = crcOfRepeats(crc, padding, repeats);
  crc = crcUpdate(crc, tailBytes);
  deflate.push(tailBytes, true);
  const data = new Uint8Array(out.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of out) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return { name, data, crc: (crc ^ 0xffffffff) >>> 0, declaredSize, inflatedSize: headBytes.length + padding.length * repeats + tailBytes.length };
}

/** The zip of the given entries, in order, with a fixed DOS time (2024-01-01 00:00) so it is reproducible. */
export function zipOf(entries: readonly ZipEntryBytes[]): Uint8Array {
  const DOS_TIME = 0;
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x0800, true); // UTF-8 names
    view.setUint16(8, 8, true); // deflate
    view.setUint16(10, DOS_TIME, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.data.length, true);
    view.setUint32(22, entry.declaredSize, true);
    view.setUint16(26, name.length, true);
    view.setUint16(28, 0, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    central.push(header);
    chunks.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
