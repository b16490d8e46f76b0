/** How a report cell's number is shown; the writers (ExcelJS, the Office JavaScript API) map these to number formats. */
export type CellFormat = "kronor" | "percent" | "count" | "decimal" | "date" | "text";

/** A colour that carries meaning on a board report: status of a finding or a checkpoint. */
export type CellTone = "good" | "warn" | "bad" | "info";

/** One cell of an output sheet, as plain data (no Office, no ExcelJS). */
export interface ReportCell {
  readonly value: string | number | boolean | null;
  readonly format?: CellFormat;
  /** A link to a cell of the workbook: `sheet` and A1 `cell`. */
  readonly link?: { readonly sheet: string; readonly cell: string };
  readonly tone?: CellTone;
  readonly bold?: boolean;
}

/** A drop-down list on one column of a block's data rows (plain data; each writer makes its own rule). */
export interface ReportValidation {
  /** 0-based column within the block. */
  readonly column: number;
  /** The choices, e.g. `Ja`, `Nej`. */
  readonly list: readonly string[];
}

/** A block of rows under a heading, written as an Excel table when `table` is set. */
export interface ReportBlock {
  readonly title?: string;
  /** Header row, then data rows. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** The Excel table's name, when the block should be one. */
  readonly table?: string;
  /**
   * Write the block as a real Excel table (a ListObject named `table`) rather than a filtered
   * range: a sheet the user fills in (the audit sample), which must stay a table when it grows.
   */
  readonly excelTable?: boolean;
  /** Drop-down lists on columns of the data rows (the sample's yes/no answers). */
  readonly validations?: readonly ReportValidation[];
}

/**
 * A native chart over one block: the block's first column gives the categories, `series` names
 * the block's columns (by index) that are drawn. Only the Office JavaScript API draws charts; ExcelJS cannot.
 */
export interface ReportChart {
  readonly kind: "column" | "line" | "pie";
  readonly title: string;
  readonly block: number;
  readonly series: readonly number[];
  readonly xAxis?: string;
  readonly yAxis?: string;
}

/** An output sheet: a title, some lines of context, then blocks of rows, and charts over them. */
export interface ReportSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly blocks: readonly ReportBlock[];
  readonly columnWidths: readonly number[];
  readonly charts?: readonly ReportChart[];
  /** Freeze the rows down to the first block's header (default true). */
  readonly freezeHeader?: boolean;
}

/** The names of the sheets the audit writes; the user's own sheets never get these names. */
export const REPORT_SHEET_NAMES = ["Granskning", "Ersättning", "Sammanställning", "Jämförelse"] as const;

export const cell = (value: ReportCell["value"], format?: CellFormat, extra: Partial<ReportCell> = {}): ReportCell => ({ value, format, ...extra });
