import { Inflate } from "fflate";
import { ReadLimitError, type ReadLimits } from "./read-limits";
import { ZipFormatError, type ZipPart } from "./zip-directory";

/** How a part is inflated: the platform's native DecompressionStream, or fflate where there is none. */
export type Inflater = "native" | "fflate";

/** Node 18+ and every current browser inflate raw deflate natively; Excel's older webviews do not. */
export const DEFAULT_INFLATER: Inflater = hasNativeInflate() ? "native" : "fflate";

function hasNativeInflate(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** Counts the bytes inflated across all parts of one file, against the total limit; says how to inflate. */
export class InflatedBytes {
  total = 0;
  constructor(
    readonly limits: ReadLimits,
    readonly inflater: Inflater = DEFAULT_INFLATER,
  ) {}
}

/** Compressed bytes handed to fflate at a time: a deflate stream expands at most ~1,032:1. */
const SLICE = 64 * 1024;

/**
 * Inflates one part, giving each piece to `onData` as it comes out, and stops with
 * `ReadLimitError` the moment the part or the whole file passes its limit: the bytes counted are
 * the bytes that really came out, whatever the zip declares (a 1 KB entry that inflates to 2 GiB
 * is stopped at the limit, never allocated whole).
 */
export async function inflatePart(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes, onData: (chunk: Uint8Array) => void): Promise<void> {
  if (part.encrypted) throw new ZipFormatError(`the entry ${part.name} is encrypted`);
  const data = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedBytes);
  let partBytes = 0;
  const count = (chunk: Uint8Array) => {
    partBytes += chunk.length;
    counter.total += chunk.length;
    if (partBytes > counter.limits.partBytes) throw new ReadLimitError("partBytes", part.name, counter.limits.partBytes);
    if (counter.total > counter.limits.totalBytes) throw new ReadLimitError("totalBytes", part.name, counter.limits.totalBytes);
    // A bomb is stopped early, by its ratio, without inflating it to the size limit first.
    if (partBytes > counter.limits.ratioFromBytes && partBytes > counter.limits.ratio * part.compressedBytes) throw new ReadLimitError("ratio", part.name, counter.limits.ratio);
    if (chunk.length > 0) onData(chunk);
  };
  if (part.method === 0) {
    for (let at = 0; at < data.length; at += SLICE) count(data.subarray(at, at + SLICE));
    return;
  }
  if (part.method !== 8) throw new ZipFormatError(`the entry ${part.name} uses compression method ${part.method}`);
  if (counter.inflater === "native") await inflateNatively(part, data, count);
  else inflateWithFflate(part, data, count);
}

async function inflateNatively(part: ZipPart, data: Uint8Array, count: (chunk: Uint8Array) => void): Promise<void> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Not awaited: the stream takes the input as the output is read, so memory stays flat.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const next = await reader.read().catch(() => {
        throw new ZipFormatError(`the entry ${part.name} cannot be inflated (damaged or cut off)`);
      });
      if (next.done) return;
      count(next.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
}

function inflateWithFflate(part: ZipPart, data: Uint8Array, count: (chunk: Uint8Array) => void): void {
  // What `count` throws (a limit passed, the XML refused) goes out as it is; anything else that
  // fflate throws is the deflate stream's own fault.
  let thrown: { error: unknown } | undefined;
  const inflater = new Inflate((chunk) => {
    try {
      count(chunk);
    } catch (error) {
      thrown = { error };
      throw error;
    }
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (thrown) throw thrown.error;
    throw new ZipFormatError(`the entry ${part.name} cannot be inflated (damaged or cut off)`);
  }
}

/** A whole part as one array (a part the writer carries over or edits), bounded like any other. */
export async function inflateWholePart(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  await inflatePart(bytes, part, counter, (chunk) => {
    chunks.push(chunk);
    length += chunk.length;
  });
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
