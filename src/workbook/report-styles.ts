import type { CellFormat, CellTone } from "./report-sheet";

/**
 * Number formats of report cells, the same in the CLI's report and the task pane's sheets.
 * `#,##0` shows the reader's own thousands separator: a Swedish Excel shows `1 250 000 kr`.
 */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  kronor: '#,##0 "kr"',
  percent: "0.0%",
  count: "#,##0",
  decimal: "#,##0.0",
  date: "yyyy-mm-dd",
  text: undefined,
};

/** Fill and font colours (RGB hex) of the usual good / neutral / bad cell styles. */
export const TONE_COLOURS: Record<CellTone, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" },
  warn: { fill: "FFEB9C", font: "9C5700" },
  bad: { fill: "FFC7CE", font: "9C0006" },
  info: { fill: "DDEBF7", font: "1F4E78" },
};

export const HEADER_COLOURS = { fill: "1F4E78", font: "FFFFFF" } as const;
export const LINK_COLOUR = "0563C1";

/** Number formats of the input sheets' columns (template and example) by column or parameter kind. */
export const INPUT_FORMATS: Readonly<Record<string, string>> = {
  date: "yyyy-mm-dd",
  rate: "0%",
  share: "0%",
  amount: '#,##0 "kr"',
  count: "0",
  year: "0",
  whole: "0",
  positiveWhole: "0",
};

/** Drop-down lists of choice columns (spec section 3 lists every accepted form; these are the short ones). */
export const INPUT_LISTS: Readonly<Record<string, readonly string[]>> = {
  gender: ["K", "M", "X"],
  yesNo: ["Ja", "Nej"],
  bool: ["Ja", "Nej"],
};
