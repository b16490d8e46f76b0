import { cellAt, finding, type Finding } from "../domain/finding";
import { containsPersonnummer, isPersonnummerNumber, maskPersonnummer } from "../domain/personnummer";
import type { AgreementEntry } from "../domain/resolve-agreement";
import type { WorkbookContent } from "../domain/workbook-content";
import { headerKey } from "./header-key";
import { readAgreementValue } from "./read-agreement-value";
import { headerRowOf, readTable } from "./read-table";
import { displayCell, isCellError, isEmptyCell, type SheetGrid } from "./raw-cell";
import {
  AGREEMENT_SHEET,
  CLAIMS_SHEET,
  COMPANIES_SHEET,
  COSTS_SHEET,
  HIRES_SHEET,
  INVESTMENTS_SHEET,
  PROBONO_SHEET,
  type SheetSpec,
} from "./sheet-contract";

/**
 * Turns a workbook's sheets into what the engine audits (STYLE.md example 4: parse at the
 * boundary). Sheets are found by Swedish name or English alias, the Swedish one first (spec 10.6).
 */
export function readWorkbook(grids: readonly SheetGrid[]): WorkbookContent {
  const findings: Finding[] = [];
  const find = (sv: string, en: string) => {
    const match = (name: string) => grids.find((grid) => headerKey(grid.name) === headerKey(name));
    return match(sv) ?? match(en);
  };
  const table = <T>(spec: SheetSpec<T>) => {
    const grid = find(spec.sv, spec.en);
    if (!grid) {
      if (spec.required) findings.push(finding("SHEET_MISSING", { sheet: "" }, { sheetName: spec.sv, alias: spec.en }));
      return undefined;
    }
    return readTable(grid, spec, findings);
  };

  const agreementGrid = find(AGREEMENT_SHEET.sv, AGREEMENT_SHEET.en);
  const agreementEntries = agreementGrid ? readAgreementSheet(agreementGrid, findings) : [];
  const content: WorkbookContent = {
    agreementEntries,
    agreementSheet: agreementGrid?.name,
    hires: table(HIRES_SHEET),
    companies: table(COMPANIES_SHEET),
    investments: table(INVESTMENTS_SHEET),
    proBono: table(PROBONO_SHEET),
    costs: table(COSTS_SHEET),
    claims: table(CLAIMS_SHEET),
    sheetOrder: grids.map((grid) => grid.name),
    findings,
  };
  for (const grid of grids) {
    scanForPersonnummer(grid, findings);
    for (const repeated of grid.repeatedCells ?? []) {
      findings.push(finding("CELL_REPEATED", cellAt(grid.name, repeated.row, repeated.col), { first: displayCell(repeated.first), later: displayCell(repeated.later) }));
    }
  }
  return content;
}

/** The `Avtal` sheet's rows: a `Parameter` column and a `Värde` (or `Value`) column; more columns are ignored. */
function readAgreementSheet(grid: SheetGrid, findings: Finding[]): AgreementEntry[] {
  const headerRow = headerRowOf(grid, new Set([headerKey(AGREEMENT_SHEET.key.sv)]));
  const header = headerRow === undefined ? [] : grid.rows[headerRow] ?? [];
  const keys = header.map((cell) => headerKey(displayCell(cell)));
  const keyCol = keys.indexOf(headerKey(AGREEMENT_SHEET.key.sv));
  const valueCol = [AGREEMENT_SHEET.value.sv, AGREEMENT_SHEET.value.en].map(headerKey).map((key) => keys.indexOf(key)).find((col) => col >= 0) ?? -1;
  if (keyCol < 0 || valueCol < 0) {
    const firstCol = Math.max(0, header.findIndex((cell) => !isEmptyCell(cell)));
    if (keyCol < 0) findings.push(finding("COLUMN_MISSING", cellAt(grid.name, headerRow ?? 0, firstCol), { column: AGREEMENT_SHEET.key.sv, alias: AGREEMENT_SHEET.key.en, svName: AGREEMENT_SHEET.key.sv }));
    if (valueCol < 0) findings.push(finding("COLUMN_MISSING", cellAt(grid.name, headerRow ?? 0, firstCol), { column: AGREEMENT_SHEET.value.sv, alias: AGREEMENT_SHEET.value.en, svName: AGREEMENT_SHEET.value.sv }));
    return [];
  }
  const entries: AgreementEntry[] = [];
  for (let r = headerRow! + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const keyCell = row?.[keyCol];
    if (!row || isEmptyCell(keyCell)) continue;
    const key = displayCell(keyCell).trim();
    const cell = row[valueCol];
    const valuePlace = cellAt(grid.name, r, valueCol);
    if (isCellError(cell)) {
      findings.push(finding("CELL_ERROR", valuePlace, { column: key, found: cell.error }));
      continue;
    }
    entries.push({
      key,
      value: isEmptyCell(cell) ? undefined : readAgreementValue(key, cell),
      found: displayCell(cell),
      keyPlace: cellAt(grid.name, r, keyCol),
      valuePlace,
    });
  }
  return entries;
}

/** `PERSONNUMMER_FOUND` on every cell of every sheet that holds one (spec section 3 and 10.19). */
function scanForPersonnummer(grid: SheetGrid, findings: Finding[]): void {
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const text = typeof cell === "string" ? cell : undefined;
      if ((text !== undefined && containsPersonnummer(text)) || (typeof cell === "number" && isPersonnummerNumber(cell))) {
        findings.push(finding("PERSONNUMMER_FOUND", cellAt(grid.name, r, c), { found: maskPersonnummer(text ?? String(cell)) }));
      }
    }),
  );
}
