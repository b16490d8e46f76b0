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

const cache = new Map<string, AuditResult>();
const CACHE_SIZE = 8;

/**
 * Audits tables passed to a formula, exactly as the CLI audits the sheets they come from: the
 * tables become sheets of the same names and go through the same reader and engine. A sheet of
 * formulas over the same tables recalculates them all at once, so the last few results are kept.
 */
export function auditTables(tables: ResultTables, preset: PresetName, today: Day): AuditResult {
  const grids: SheetGrid[] = [];
  if (tables.agreement) grids.push({ name: AGREEMENT_SHEET.sv, rows: tables.agreement });
  if (tables.hires) grids.push({ name: HIRES_SHEET.sv, rows: tables.hires });
  if (tables.companies) grids.push({ name: COMPANIES_SHEET.sv, rows: tables.companies });
  const key = JSON.stringify([grids, preset, today]);
  const cached = cache.get(key);
  if (cached) return cached;
  const result = audit(readWorkbook(grids), { preset, today });
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}
