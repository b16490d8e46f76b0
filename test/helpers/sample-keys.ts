import type { RawCell } from "../../src/workbook/raw-cell";

/** The item keys (sheet | row | ID | year) of a Stickprov sheet's rows, from its values. */
export function sampleKeysOf(rows: readonly (readonly RawCell[] | undefined)[]): string[] {
  const header = rows.findIndex((row) => row?.[0] === "Blad" || row?.[0] === "Sheet");
  return rows.slice(header + 1).filter((row) => row?.[0]).map((row) => row!.slice(0, 4).join("|"));
}
