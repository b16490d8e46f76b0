import type { Day } from "../day";
import type { Place } from "../finding";
import type { SourceTable } from "../records";
import type { SampleMethod } from "./select-sample";

/** One row of the `Stickprov` table as read: the item's key, its paid amount and the auditor's answers. */
export interface SampleItemRecord {
  readonly sheet: string;
  /** 0-based row of the item in its sheet (the sheet shows it 1-based, as Excel does). */
  readonly row: number;
  readonly id: string;
  readonly year: number;
  /** The paid amount as the sheet recorded it when the sample was drawn, in kronor. */
  readonly paidSek: number;
  readonly evidence: boolean;
  readonly deviation: boolean;
  readonly misstatedSek: number;
  readonly reviewedBy: string;
  readonly reviewDate: Day;
  readonly comment: string;
}

/** A parameter recorded on the sheet: its value if it could be read, and where it sits. */
export interface RecordedValue<T> {
  readonly value: T | undefined;
  readonly place: Place;
}

/** The sample's parameters and seed as recorded on the sheet when it was drawn (spec section 11). */
export interface SampleParameters {
  readonly method: RecordedValue<SampleMethod>;
  readonly seed: RecordedValue<number>;
  readonly confidence: RecordedValue<number>;
  readonly tolerable: RecordedValue<number>;
  readonly sampleSize: RecordedValue<number>;
  readonly populationItems: RecordedValue<number>;
  readonly populationSek: RecordedValue<number>;
  /** `undefined` value with a readable cell: every agreement year. */
  readonly years: RecordedValue<readonly number[] | "all">;
  readonly reportDate: RecordedValue<Day>;
}

/**
 * What `workbook/` hands the engine from a `Stickprov` sheet: the parameters and the item table
 * (`undefined` when the table could not be found). Cells the reader could not read are already
 * `SAMPLE_INVALID` findings, and their rows are marked `invalid`.
 */
export interface SampleSheetContent {
  readonly sheet: string;
  readonly parameters: SampleParameters;
  readonly table: SourceTable<SampleItemRecord> | undefined;
}
