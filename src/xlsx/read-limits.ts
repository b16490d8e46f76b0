/**
 * What the reader accepts at most, checked on what is actually there (bytes really inflated,
 * sheets really listed, cells really read), never on what a zip or a part declares. Generous for
 * Excel's own maxima (1,048,576 rows by 16,384 columns, 32,767 characters in a cell); a file past
 * one is refused with one line that names the part and the limit (issue 8).
 */
export interface ReadLimits {
  /** Inflated bytes of all parts read together. */
  readonly totalBytes: number;
  /** Inflated bytes of one part. */
  readonly partBytes: number;
  /** Sheets listed in the workbook. */
  readonly sheets: number;
  /** Non-empty cells in one sheet. */
  readonly cellsPerSheet: number;
  /** Characters in one cell's text or one shared string. */
  readonly stringLength: number;
}

export const READ_LIMITS: ReadLimits = {
  totalBytes: 4 * 1024 ** 3,
  partBytes: 2 * 1024 ** 3 - 1,
  sheets: 1_000,
  cellsPerSheet: 40_000_000,
  stringLength: 32_767,
};

/** A limit of `ReadLimits` that a file passed, with the part where it happened. */
export class ReadLimitError extends Error {
  constructor(
    readonly limit: keyof ReadLimits,
    readonly part: string,
    readonly value: number,
  ) {
    super(`${part}: ${limit} ${value}`);
    this.name = "ReadLimitError";
  }
}
