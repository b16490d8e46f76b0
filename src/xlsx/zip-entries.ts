import JSZip from "jszip";

/** The most a workbook may unpack to, as its zip declares: far above any real results workbook. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  /** The size the zip declares for the entry once unpacked. */
  readonly unpackedBytes: number;
}

/**
 * The entries of a zip as its central directory declares them, read without unpacking anything,
 * so a zip bomb is refused before ExcelJS inflates it. `undefined` when it is not a readable zip.
 */
export async function zipEntries(bytes: Uint8Array): Promise<readonly ZipEntry[] | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  return Object.values(zip.files).map((entry) => ({
    name: entry.name,
    // JSZip keeps the declared size on the entry's compressed data (read as a signed 32-bit
    // number, hence >>> 0); its typings leave it out.
    unpackedBytes: ((entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) >>> 0,
  }));
}
