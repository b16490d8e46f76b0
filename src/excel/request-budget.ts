/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded). Every request the add-in makes between two syncs is sized by
 * its bytes, counted as the UTF-8 JSON Office.js sends: values, formulas and number formats
 * written, values and value types read. The budget, 2 MB, leaves room for Office.js's own framing
 * and for an estimate that falls short; a request refused all the same is retried in halves.
 */
export const MAX_BATCH_BYTES = 2_000_000;

/** The payload limit of Excel on the web, which the budget stays well below. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Bytes a cell value takes in a request: its UTF-8 JSON. */
export function jsonBytes(value: unknown): number {
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  return stringBytes(JSON.stringify(value));
}

/** UTF-8 bytes of a string as JSON: quotes, escapes, multi-byte characters. */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += code === 0x0a || code === 0x0d || code === 0x09 || code === 0x08 || code === 0x0c ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The bytes of a row of cell values in a request: each value and a comma, in brackets. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) bytes += jsonBytes(value) + 1;
  return bytes;
}

/** Splits rows into runs whose size, times `perRow` copies (values and formats), stays under the budget. */
export function chunkRows<T extends readonly unknown[]>(rows: readonly T[], maxBytes = MAX_BATCH_BYTES): { start: number; rows: readonly T[]; bytes: number }[] {
  const chunks: { start: number; rows: T[]; bytes: number }[] = [];
  let current: T[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = rowBytes(row);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push({ start, rows: current, bytes });
      current = [];
      start = index;
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  });
  if (current.length > 0) chunks.push({ start, rows: current, bytes });
  return chunks;
}

/** Whether a failed sync was Excel refusing a request or response for its size. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") return true;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && /payload size/i.test(message);
}
