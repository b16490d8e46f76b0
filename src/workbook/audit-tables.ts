import { audit, type AuditResult } from "../domain/audit";
import type { Day } from "../domain/day";
import type { PresetName } from "../domain/presets";
import type { RawCell, SheetGrid } from "./raw-cell";
import { readWorkbook } from "./read-workbook";
import { AGREEMENT_SHEET, COMPANIES_SHEET, HIRES_SHEET } from "./sheet-contract";

/** Whole Excel tables with their header rows (`Anställningar[#All]`), as a formula receives them. */
export interface ResultTables {
  readonly agreement?: readonly (readonly RawCell[])[];
  readonly hires?: readonly (readonly RawCell[])[];
  readonly companies?: readonly (readonly RawCell[])[];
}

/**
 * Audits tables passed to a formula, exactly as the CLI audits the sheets they come from: the
 * tables become sheets of the same names and go through the same reader and engine. A report
 * date given here wins over the table's `report_date`, as the CLI's `--report-date` does (spec
 * 10.1). The custom functions keep the last results (src/functions/table-figures.ts).
 */
export function auditTables(tables: ResultTables, preset: PresetName, today: Day, reportDate?: Day): AuditResult {
  const grids: SheetGrid[] = [];
  if (tables.agreement) grids.push({ name: AGREEMENT_SHEET.sv, rows: tables.agreement });
  if (tables.hires) grids.push({ name: HIRES_SHEET.sv, rows: tables.hires });
  if (tables.companies) grids.push({ name: COMPANIES_SHEET.sv, rows: tables.companies });
  return audit(readWorkbook(grids), reportDate === undefined ? { preset, today } : { preset, today, reportDate });
}
