import { audit, type AuditResult } from "../../src/domain/audit";
import { luhnCheckDigit } from "../../src/domain/luhn";
import { parseIsoDay } from "../../src/domain/day";
import type { PresetName } from "../../src/domain/presets";
import type { RawCell, SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { CLAIMS_SHEET, COMPANIES_SHEET, COSTS_SHEET, HIRES_SHEET, INVESTMENTS_SHEET, PROBONO_SHEET } from "../../src/workbook/sheet-contract";

/** A valid organisationsnummer from nine digits (the third at least 2). */
export function orgnr(nine: string): string {
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

// Written out rather than computed with `orgnr`: computed on import, every Luhn mutant would be
// "static" to StrykerJS (issue 14). test/domain/identity-boundaries.test.ts checks the digits.
export const ORG_A = "556036-0793";
export const ORG_B = "556112-2333";
export const ORG_C = "559001-1226";

type Row = Record<string, RawCell>;

/** A sheet from a header and rows given as objects keyed by header. */
export function sheet(name: string, header: readonly string[], rows: readonly Row[]): SheetGrid {
  return { name, rows: [header, ...rows.map((row) => header.map((column) => (column in row ? row[column]! : null)))] };
}

const headersOf = (spec: { columns: readonly { sv: string }[] }) => spec.columns.map((column) => column.sv);

/** A job that counts and earns a full fee in the baseline workbook. */
export const JOB: Row = {
  "Anställnings-ID": "A-1",
  "Person-ID": "P-1",
  "Org.nr": ORG_A,
  Startdatum: "2018-03-01",
  Slutdatum: null,
  Sysselsättningsgrad: 1,
  Kön: "K",
  Hemkommun: "Botkyrka",
  "Född utanför Europa": "Ja",
  "Månader utan arbete": 3,
  Lönestöd: "Nej",
  Anställningsavtal: "AVT-1",
  "I arbete efter 6 mån": "Ja",
  "I arbete efter 12 mån": "Ja",
};

export const COMPANY: Row = {
  "Org.nr": ORG_A,
  Företagsnamn: "Tumba Bygg AB",
  "Antal anställda": 12,
  Bransch: "Bygg",
  "Affärsutveckling från": "2018-01-15",
  "Affärsutveckling till": null,
};

export function hiresSheet(rows: readonly Row[], header: readonly string[] = headersOf(HIRES_SHEET)): SheetGrid {
  return sheet("Anställningar", header, rows.map((row) => ({ ...JOB, ...row })));
}

export function companiesSheet(rows: readonly Row[]): SheetGrid {
  return sheet("Företag", headersOf(COMPANIES_SHEET), rows.map((row) => ({ ...COMPANY, ...row })));
}

export const investmentsSheet = (rows: readonly Row[]) => sheet("Investeringar", headersOf(INVESTMENTS_SHEET), rows);
export const proBonoSheet = (rows: readonly Row[]) => sheet("Pro bono", headersOf(PROBONO_SHEET), rows);
export const costsSheet = (rows: readonly Row[]) => sheet("Kostnader", headersOf(COSTS_SHEET), rows);
export const claimsSheet = (rows: readonly Row[]) => sheet("Redovisning", headersOf(CLAIMS_SHEET), rows);

/** The baseline agreement: small targets and no investor commitments, so a clean workbook has no findings. */
export const BASE_AGREEMENT: readonly [string, RawCell][] = [
  ["start_date", "2018-01-01"],
  ["report_date", "2019-12-31"],
  ["jobs_target_total", 5],
  ["investment_commitment_sek", 0],
  ["probono_min_sek_per_year", 0],
];

export function agreementSheet(entries: readonly [string, RawCell][]): SheetGrid {
  return { name: "Avtal", rows: [["Parameter", "Värde", "Beskrivning"], ...entries.map(([key, value]) => [key, value, null])] };
}

export interface Build {
  readonly agreement?: readonly [string, RawCell][];
  readonly hires?: readonly Row[];
  readonly companies?: readonly Row[];
  readonly extra?: readonly SheetGrid[];
  readonly without?: readonly string[];
}

/**
 * The baseline workbook (two counted jobs at one listed company) with changes: more agreement
 * rows (later rows win), other job or company rows, extra sheets, sheets left out.
 */
export function workbook(build: Build = {}): SheetGrid[] {
  const grids = [
    agreementSheet([...BASE_AGREEMENT, ...(build.agreement ?? [])]),
    hiresSheet(build.hires ?? [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M" }]),
    companiesSheet(build.companies ?? [{}]),
    ...(build.extra ?? []),
  ];
  return grids.filter((grid) => !(build.without ?? []).includes(grid.name));
}

export function auditGrids(grids: readonly SheetGrid[], options: { preset?: PresetName; reportDate?: string } = {}): AuditResult {
  return audit(readWorkbook(grids), {
    preset: options.preset ?? "botkyrka",
    reportDate: options.reportDate ? parseIsoDay(options.reportDate) : undefined,
    today: parseIsoDay("2019-12-31")!,
  });
}

export function auditBuild(build: Build = {}, options: { preset?: PresetName; reportDate?: string } = {}): AuditResult {
  return auditGrids(workbook(build), options);
}
