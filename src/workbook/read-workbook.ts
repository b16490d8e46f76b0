import { cellAt, finding, type Finding } from "../domain/finding";
import { containsPersonnummer, isPersonnummerNumber, maskPersonnummer, wholePersonnummer } from "../domain/personnummer";
import type { Hire, SourceTable } from "../domain/records";
import type { AgreementEntry } from "../domain/resolve-agreement";
import type { WorkbookContent } from "../domain/workbook-content";
import { headerKey } from "./header-key";
import { closestNames, matchName, nameIndex, nearKey } from "./name-match";
import { readAgreementValue } from "./read-agreement-value";
import { headerRowOf, readTable } from "./read-table";
import { displayCell, isCellError, isEmptyCell, type SheetGrid } from "./raw-cell";
import { readSampleSheet } from "./read-sample-sheet";
import { SAMPLE_SHEET } from "./sample-sheet-contract";
import {
  AGREEMENT_SHEET,
  CLAIMS_SHEET,
  COMPANIES_SHEET,
  COSTS_SHEET,
  HIRES_SHEET,
  INVESTMENTS_SHEET,
  PROBONO_SHEET,
  RESULT_SHEETS,
  type SheetSpec,
} from "./sheet-contract";

/**
 * Turns a workbook's sheets into what the engine audits (STYLE.md example 4: parse at the
 * boundary). Sheets are found by Swedish name or English alias, the Swedish one first (spec 10.6).
 */
export function readWorkbook(grids: readonly SheetGrid[]): WorkbookContent {
  const findings: Finding[] = [];
  const sheets = [AGREEMENT_SHEET, ...RESULT_SHEETS];
  // Spec 10.27: exact names first (Swedish before English, spec 10.6); then the looser forms.
  const claimed = new Set<SheetGrid>();
  const found = new Map<string, SheetGrid>();
  for (const near of [false, true]) {
    for (const sheet of sheets) {
      if (found.has(sheet.sv)) continue;
      const { known, nearKnown } = nameIndex([[sheet.sv, sheet], [sheet.en, sheet]]);
      const pick = (name: string) => grids.find((grid) => !claimed.has(grid) && headerKey(grid.name) === headerKey(name));
      const grid = near
        ? grids.find((candidate) => !claimed.has(candidate) && matchName(candidate.name, known, nearKnown)?.near)
        : pick(sheet.sv) ?? pick(sheet.en);
      if (!grid) continue;
      claimed.add(grid);
      found.set(sheet.sv, grid);
      if (near) findings.push(finding("NAME_NEAR_MATCH", { sheet: grid.name }, { kind: "sheet", found: grid.name, readAs: sheet.sv }));
    }
  }
  const find = (sv: string) => found.get(sv);
  const unusableSheets: ("investments" | "proBono")[] = [];
  const table = <T>(spec: SheetSpec<T>) => {
    const grid = find(spec.sv);
    if (!grid) {
      if (spec.required) {
        const suggestions = closestNames([spec.sv, spec.en], grids.filter((candidate) => !claimed.has(candidate)).map((candidate) => candidate.name));
        findings.push(finding("SHEET_MISSING", { sheet: "" }, { sheetName: spec.sv, alias: spec.en, ...(suggestions.length ? { suggestions: suggestions.join("\n") } : {}) }));
      }
      return undefined;
    }
    const read = readTable(grid, spec, findings);
    // Spec 10.29: present but not usable gives unknown figures, not zeros.
    if (!read && spec === INVESTMENTS_SHEET) unusableSheets.push("investments");
    if (!read && spec === PROBONO_SHEET) unusableSheets.push("proBono");
    return read;
  };

  const agreementGrid = find(AGREEMENT_SHEET.sv);
  const agreementEntries = agreementGrid ? readAgreementSheet(agreementGrid, findings) : [];
  // The audit sample's sheet (spec section 11) is found by its exact names only: the tool writes it.
  const sampleGrid = grids.find((grid) => !claimed.has(grid) && [SAMPLE_SHEET.sv, SAMPLE_SHEET.en].some((name) => headerKey(name) === headerKey(grid.name)));
  const content: WorkbookContent = {
    agreementEntries,
    agreementSheet: agreementGrid?.name,
    hires: table(HIRES_SHEET),
    companies: table(COMPANIES_SHEET),
    investments: table(INVESTMENTS_SHEET),
    proBono: table(PROBONO_SHEET),
    unusableSheets,
    costs: table(COSTS_SHEET),
    claims: table(CLAIMS_SHEET),
    // Spec section 11: a workbook holding the auditor's sample has it evaluated.
    sample: sampleGrid ? readSampleSheet(sampleGrid, findings) : undefined,
    sheetOrder: grids.map((grid) => grid.name),
    findings,
  };
  for (const grid of grids) {
    scanForPersonnummer(grid, findings);
    for (const repeated of grid.repeatedCells ?? []) {
      findings.push(finding("CELL_REPEATED", cellAt(grid.name, repeated.row, repeated.col), { first: displayCell(repeated.first), later: displayCell(repeated.later) }));
    }
  }
  if (content.hires) flagBarePersonnummer(content.hires, findings);
  return content;
}

/**
 * Spec 10.25: in the Person-ID column also the bare 10-digit `YYMMDDNNNC` is a personnummer
 * (elsewhere ten digits may be anything); the other forms the sheet scan has already found.
 */
function flagBarePersonnummer(hires: SourceTable<Hire>, findings: Finding[]): void {
  const col = hires.columns.personId;
  if (col === undefined) return;
  for (const row of hires.rows) {
    const id = row.fields.personId;
    const found = id === undefined ? undefined : wholePersonnummer(id);
    if (found && found.digits.length === 10 && found.sign === "") {
      findings.push(finding("PERSONNUMMER_FOUND", cellAt(hires.sheet, row.row, col), { found: `${found.digits.slice(0, 6)}****` }));
    }
  }
}

/** The `Avtal` sheet's rows: a `Parameter` column and a `Värde` (or `Value`) column; more columns are ignored. */
function readAgreementSheet(grid: SheetGrid, findings: Finding[]): AgreementEntry[] {
  const headerRow = headerRowOf(grid, new Set([headerKey(AGREEMENT_SHEET.key.sv), nearKey(AGREEMENT_SHEET.key.sv)]));
  const header = headerRow === undefined ? [] : grid.rows[headerRow] ?? [];
  const { known, nearKnown } = nameIndex<"key" | "value">([[AGREEMENT_SHEET.key.sv, "key"], [AGREEMENT_SHEET.value.sv, "value"], [AGREEMENT_SHEET.value.en, "value"]]);
  const matches = header.map((cell) => matchName(displayCell(cell).trim(), known, nearKnown));
  // An exact header wins over a near one (spec 10.27).
  const columnOf = (target: "key" | "value") => {
    const exact = matches.findIndex((match) => match?.target === target && !match.near);
    return exact >= 0 ? exact : matches.findIndex((match) => match?.target === target);
  };
  const keyCol = columnOf("key");
  const valueCol = columnOf("value");
  for (const col of [keyCol, valueCol]) {
    if (col >= 0 && matches[col]!.near) {
      const readAs = matches[col]!.target === "key" ? AGREEMENT_SHEET.key.sv : AGREEMENT_SHEET.value.sv;
      findings.push(finding("NAME_NEAR_MATCH", cellAt(grid.name, headerRow!, col), { kind: "column", found: displayCell(header[col]).trim(), readAs }));
    }
  }
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
  // Plain loops: a million cells, no function made per row (a missing row or cell holds nothing).
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const text = typeof cell === "string" ? cell : undefined;
      if ((text !== undefined && containsPersonnummer(text)) || (typeof cell === "number" && isPersonnummerNumber(cell))) {
        findings.push(finding("PERSONNUMMER_FOUND", cellAt(grid.name, r, c), { found: maskPersonnummer(text ?? String(cell)) }));
      }
    }
  }
}
