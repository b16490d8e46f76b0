import fc from "fast-check";
import { shareOf, SHARE_DIMENSIONS, retentionShare } from "../../src/domain/derived-figures";
import { audit } from "../../src/domain/audit";
import { parseIsoDay } from "../../src/domain/day";
import { messageOf } from "../../src/domain/messages";
import { sumMoney } from "../../src/domain/money";
import type { PresetName } from "../../src/domain/presets";
import type { RawCell, SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { readDate } from "../../src/workbook/read-date";
import { CLAIMS_SHEET, COMPANIES_SHEET, HIRES_SHEET } from "../../src/workbook/sheet-contract";
import { agreementSheet, auditGrids, BASE_AGREEMENT, companiesSheet, hiresSheet, ORG_A, ORG_B, ORG_C } from "../helpers/workbook-builder";

const day = fc.integer({ min: Date.UTC(2017, 5, 1) / 864e5, max: Date.UTC(2020, 5, 1) / 864e5 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

/** Job rows mixing valid and invalid values of every column. */
const job = fc.record({
  "Anställnings-ID": fc.constantFrom("A-1", "A-2", "A-3", "A-10", "B-1", "B-2", "C-7", "D-9"),
  "Person-ID": maybe(fc.constantFrom("P-1", "P-2", "P-3", "P-4")),
  "Org.nr": fc.constantFrom<RawCell>(ORG_A, ORG_B, ORG_C, "556036-0794", { error: "#N/A" }),
  Startdatum: fc.oneof(day, fc.constant("03/04/2018")),
  Slutdatum: maybe(day),
  Sysselsättningsgrad: fc.constantFrom<RawCell>(1, 0.5, 0.75, 0.25, "50 %", 0, 120),
  Kön: fc.constantFrom<RawCell>("K", "M", "X", "Q", null),
  Hemkommun: fc.constantFrom<RawCell>("Botkyrka", 127, "Huddinge", "0127"),
  "Född utanför Europa": fc.constantFrom<RawCell>("Ja", "Nej", "kanske"),
  "Månader utan arbete": maybe(fc.integer({ min: -1, max: 30 })),
  Lönestöd: maybe(fc.constantFrom("Ja", "Nej")),
  Anställningsavtal: maybe(fc.constant("AVT")),
  "I arbete efter 6 mån": maybe(fc.constantFrom("Ja", "Nej")),
  "I arbete efter 12 mån": maybe(fc.constantFrom("Ja", "Nej")),
});

const company = fc.record({
  "Org.nr": fc.constantFrom<RawCell>(ORG_A, ORG_B, ORG_C),
  "Antal anställda": fc.integer({ min: 1, max: 70 }),
  "Affärsutveckling från": day,
  "Affärsutveckling till": maybe(day),
});

const agreement = fc.record({
  hire_cap_per_year: fc.integer({ min: 0, max: 4 }),
  company_cap_per_year: fc.integer({ min: 0, max: 2 }),
  annual_grant_sek: fc.constantFrom(20_000, 100_000, 5_000_000),
  incentive_share: fc.constantFrom(0, 0.1, 0.25, 1),
  report_date: day,
});

const workbookArbitrary = fc.record({ hires: fc.array(job, { maxLength: 14 }), companies: fc.array(company, { maxLength: 4 }), agreement });
type WorkbookInput = typeof workbookArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(input: WorkbookInput): SheetGrid[] {
  return [agreementSheet([...BASE_AGREEMENT, ...(Object.entries(input.agreement) as [string, RawCell][])]), hiresSheet(input.hires), companiesSheet(input.companies)];
}

const RUNS = { numRuns: 300 };

describe("laws of the engine (fast-check)", () => {
  it("gender counts add up to the jobs, and the years add up to the total", () => {
    fc.assert(fc.property(workbookArbitrary, (input) => {
      const result = auditGrids(build(input));
      for (const figures of [...result.years, result.total]) expect(figures.women + figures.men + figures.otherGender).toBe(figures.jobs);
      expect(result.years.reduce((sum, year) => sum + year.jobs, 0)).toBe(result.total.jobs);
      expect(result.total.residentJobs).toBeLessThanOrEqual(result.total.jobs);
    }), RUNS);
  });

  it("every share stays in [0, 1] or is null, with its numerator and denominator", () => {
    fc.assert(fc.property(workbookArbitrary, (input) => {
      const result = auditGrids(build(input));
      for (const figures of [...result.years, result.total]) {
        for (const dimension of SHARE_DIMENSIONS) {
          const share = shareOf(figures, dimension);
          if (share.denominator === 0) expect(share.value).toBeNull();
          else expect(share.value! >= 0 && share.value! <= 1 && share.numerator <= share.denominator).toBe(true);
        }
        for (const retention of [figures.retention6m, figures.retention12m]) {
          const value = retentionShare(retention).value;
          expect(value === null || (value >= 0 && value <= 1)).toBe(true);
        }
      }
    }), RUNS);
  });

  it("the incentive never exceeds the pool or the fees, and caps hold", () => {
    fc.assert(fc.property(workbookArbitrary, (input) => {
      const result = auditGrids(build(input));
      for (const year of result.years) {
        expect(year.payout.incentive.greaterThan(year.payout.pool)).toBe(false);
        expect(year.payout.incentive.greaterThan(year.payout.company.add(year.payout.hire))).toBe(false);
        expect(year.hiresPaid).toBeLessThanOrEqual(input.agreement.hire_cap_per_year);
        expect(year.companiesPaid).toBeLessThanOrEqual(input.agreement.company_cap_per_year);
      }
    }), RUNS);
  });

  it("payouts add up: shown parts differ from the shown total by at most 1 kr, years sum to the total", () => {
    fc.assert(fc.property(workbookArbitrary, (input) => {
      const result = auditGrids(build(input));
      for (const figures of [...result.years, result.total]) {
        const { base, incentive, total } = figures.payout;
        expect(Math.abs(base.shownKronor() + incentive.shownKronor() - total.shownKronor())).toBeLessThanOrEqual(1);
      }
      const exactSum = sumMoney(result.years.map((year) => year.payout.total));
      expect(exactSum.ore.compare(result.total.payout.total.ore)).toBe(0);
    }), RUNS);
  });
});

/** Any cell a spreadsheet can hand over, the odd ones included. */
const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 60, 2958466),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom("2018-03-01", "20180301", "50 %", "5 000 kr", "0127", "Ja", "K", "556036-0793", "19850709-9805", "#N/A", "", "   "),
  fc.constantFrom("בוטשירקה", "مالمو", "👩‍💼 Kvinna", "\u202eK", "x".repeat(32_000), "9".repeat(32_000)),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(-8.64e15), new Date(8.64e15), new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(9999, 11, 31))),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }),
);

const KNOWN_HEADERS = [...HIRES_SHEET.columns, ...COMPANIES_SHEET.columns, ...CLAIMS_SHEET.columns].flatMap((column) => [column.sv, column.en]);
const sheetNames = fc.constantFrom("Avtal", "Anställningar", "Hires", "Företag", "Companies", "Investeringar", "Pro bono", "Kostnader", "Redovisning", "Annat");
const row = fc.array(fc.oneof(rawCell, fc.constantFrom(...KNOWN_HEADERS, "Parameter", "Värde", "start_date", "years")), { maxLength: 16 });
// Headers on later rows (empty rows or a title above them), repeated headers, gaps between rows.
const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: sheetNames,
  rows: fc.tuple(fc.array(fc.constantFrom(undefined, [], [null, ""], ["Rubrik"]), { maxLength: 3 }), fc.array(fc.option(row, { nil: undefined }), { maxLength: 12 })).map(([above, rows]) => [...above, ...rows]),
});

describe("robustness", () => {
  it("every non-empty start date that is no date is a finding at its own cell", () => {
    const header = HIRES_SHEET.columns.map((column) => column.sv);
    fc.assert(fc.property(fc.array(rawCell, { minLength: 1, maxLength: 20 }), (starts) => {
      const rows = starts.map((start, index) => header.map((name) => (name === "Startdatum" ? start : name === "Anställnings-ID" ? `A-${index}` : null)));
      const result = audit(readWorkbook([{ name: "Anställningar", rows: [header, ...rows] }]), { preset: "botkyrka", today: parseIsoDay("2020-06-30")! });
      starts.forEach((start, index) => {
        // PERSONNUMMER_FOUND may sit on the same cell; only the reading findings are compared.
        const reading = ["DATE_INVALID", "VALUE_REQUIRED", "CELL_ERROR"];
        const at = result.findings
          .filter((item) => item.place.sheet === "Anställningar" && item.place.row === index + 1 && item.place.col === 3 && reading.includes(item.code))
          .map((item) => item.code);
        // Spec 10.24: a 0 in a date column is empty (serial 0 is no date).
        const empty = start === null || start === undefined || start === 0 || (typeof start === "string" && start.trim() === "");
        if (empty) expect(at).toEqual(["VALUE_REQUIRED"]);
        else if (typeof start === "object" && !(start instanceof Date)) expect(at).toEqual(["CELL_ERROR"]);
        else if (readDate(start) === undefined) expect(at).toEqual(["DATE_INVALID"]);
        else expect(at).toEqual([]);
      });
    }), { numRuns: 300 });
  });

  it("no sheet content makes the engine throw, and every cell finding points inside its sheet", () => {
    fc.assert(fc.property(fc.array(grid, { maxLength: 5 }), fc.constantFrom<PresetName>("botkyrka", "helsingborg", "malmo"), (grids, preset) => {
      const unique = grids.filter((candidate, index) => grids.findIndex((other) => other.name === candidate.name) === index);
      const result = audit(readWorkbook(unique), { preset, today: parseIsoDay("2020-06-30")! });
      for (const item of result.findings) {
        if (item.place.row === undefined) continue;
        const sheetGrid = unique.find((candidate) => candidate.name === item.place.sheet)!;
        expect(item.place.row).toBeLessThan(Math.max(1, sheetGrid.rows.length));
        for (const language of ["sv", "en"] as const) expect(messageOf(item, language)).not.toMatch(/undefined|NaN/);
      }
    }), { numRuns: 400 });
  });
});
