import { agreementYearOf, agreementYears } from "../../src/domain/agreement-year";
import { parseIsoDay } from "../../src/domain/day";
import { finding } from "../../src/domain/finding";
import { sortFindings } from "../../src/domain/sort-findings";
import { codesOf, paramsOf, placesOf } from "../helpers/findings";
import { HIRES_SHEET } from "../../src/workbook/sheet-contract";
import { auditBuild, auditGrids, hiresSheet, workbook } from "../helpers/workbook-builder";

// The edges of the job and company registers, the agreement years and the order of findings
// (issue 14): a first and a last day of the period, equal start dates, a support period of one
// day, a follow-up due on the report date.

const other = (n: number, change: Record<string, unknown> = {}) => ({ "Anställnings-ID": `A-${n}`, "Person-ID": `P-${n}`, ...change }) as never;

describe("the agreement period (spec section 4)", () => {
  it("a job starting on the period's first day counts; the day before is outside it", () => {
    expect(auditBuild({ hires: [{ Startdatum: "2018-01-01" }, other(2, { Startdatum: "2017-12-31" })] }).years[0]!.jobs).toBe(1);
    const result = auditBuild({ hires: [{ Startdatum: "2018-01-01" }, other(2, { Startdatum: "2017-12-31" })] });
    expect(placesOf(result, "OUTSIDE_PERIOD")).toEqual(["Anställningar!D3"]);
    expect(paramsOf(result, "OUTSIDE_PERIOD")).toEqual({ found: "2017-12-31", from: "2018-01-01", to: "2022-12-31" });
  });

  it("a job starting on the period's last day is in year 5; the day after is outside it", () => {
    const result = auditBuild({ agreement: [["report_date", "2023-06-30"]], hires: [{ Startdatum: "2022-12-31" }, other(2, { Startdatum: "2023-01-01" })] });
    expect(result.years[4]!.jobs).toBe(1);
    expect(placesOf(result, "OUTSIDE_PERIOD")).toEqual(["Anställningar!D3"]);
  });

  it("a year ending on the report date is complete; one starting on it is in progress (spec 10.4)", () => {
    const agreement = auditBuild().agreement;
    expect(agreementYears(agreement, parseIsoDay("2018-12-31")!).map((year) => year.status).slice(0, 3)).toEqual(["complete", "future", "future"]);
    expect(agreementYears(agreement, parseIsoDay("2019-01-01")!).map((year) => year.status).slice(0, 3)).toEqual(["complete", "in-progress", "future"]);
    const years = agreementYears(agreement, parseIsoDay("2019-01-01")!);
    expect(agreementYearOf(years, parseIsoDay("2018-12-31")!)!.year).toBe(1);
    expect(agreementYearOf(years, parseIsoDay("2019-01-01")!)!.year).toBe(2);
    expect(agreementYearOf(years, parseIsoDay("2023-01-01")!)).toBeUndefined();
  });

  it("the base of the year in progress counts the report date's day; on the year's first day that is one day", () => {
    // 3,750,000 × 1 / 365 = 10,273.97 kr.
    const result = auditBuild({ hires: [{}] }, { reportDate: "2019-01-01" });
    expect(result.years[1]!.payout.base.shownKronor()).toBe(10_274);
    expect(result.years[0]!.payout.base.shownKronor()).toBe(3_750_000);
    expect(result.years[2]!.payout.base.shownKronor()).toBe(0);
  });
});

describe("jobs (spec section 4, 10.7-10.10)", () => {
  it("a rate exactly at the minimum counts; just below it does not", () => {
    expect(auditBuild({ hires: [{ Sysselsättningsgrad: 0.5 }] }).total.jobs).toBe(1);
    expect(codesOf(auditBuild({ hires: [{}, other(2, { Sysselsättningsgrad: 0.49 })] }))).toEqual(["RATE_BELOW_MINIMUM"]);
  });

  it("months unemployed exactly at long_term_months make a long-term unemployed job", () => {
    const result = auditBuild({ hires: [{ "Månader utan arbete": 12 }, other(2, { "Månader utan arbete": 11 })] });
    expect(result.total.longTermUnemployed).toBe(1);
  });

  it("one person with two jobs starting the same day: the earlier row counts (spec 10.7)", () => {
    const result = auditBuild({ hires: [{ "Person-ID": "P-1" }, other(2, { "Person-ID": " P-1 " })] });
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual(["Anställningar!B3"]);
    expect(paramsOf(result, "PERSON_DOUBLE_COUNTED")).toEqual({ found: "P-1", firstRow: 2 });
  });

  it("a later row with an earlier start counts instead; Person-ID is compared case-sensitively", () => {
    const result = auditBuild({ hires: [{ "Person-ID": "P-1", Startdatum: "2018-03-02" }, other(2, { "Person-ID": "P-1", Startdatum: "2018-03-01" }), other(3, { "Person-ID": "p-1" })] });
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual(["Anställningar!B2"]);
    expect(result.total.jobs).toBe(2);
  });

  it("pending jobs are not deduplicated, and do not push out a counted one (spec 10.7)", () => {
    const result = auditBuild({ hires: [{ "Person-ID": "P-1" }, other(2, { "Person-ID": "P-1", Startdatum: "2019-12-01" }), other(3, { "Person-ID": "P-1", Startdatum: "2019-12-02" })] });
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual([]);
    expect(placesOf(result, "PENDING_DURATION")).toEqual(["Anställningar!D3", "Anställningar!D4"]);
    expect(result.total.jobs).toBe(1);
  });

  it("a job without a Person-ID is never a double", () => {
    const result = auditBuild({ hires: [{ "Person-ID": null }, other(2, { "Person-ID": null })] });
    expect(result.total.jobs).toBe(2);
  });

  it("a job may end on the day it starts; a start on the report date is no future date", () => {
    expect(placesOf(auditBuild({ hires: [{}, other(2, { Startdatum: "2019-06-01", Slutdatum: "2019-06-01" })] }), "END_BEFORE_START")).toEqual([]);
    expect(placesOf(auditBuild({ hires: [{}, other(2, { Startdatum: "2019-12-31" })] }), "FUTURE_DATE")).toEqual([]);
    const ended = auditBuild({ hires: [{}, other(2, { Startdatum: "2019-06-02", Slutdatum: "2019-06-01" })] });
    expect(paramsOf(ended, "END_BEFORE_START")).toEqual({ column: "Slutdatum", start: "2019-06-02", end: "2019-06-01" });
  });

  it("a job whose months without work are not given is not long-term unemployed (spec section 5)", () => {
    const result = auditBuild({ hires: [{ "Månader utan arbete": null }, other(2, { "Månader utan arbete": 24 })] });
    expect(result.total.longTermUnemployed).toBe(1);
  });

  it("a job starting on its company's first day of support is not hired before it", () => {
    expect(codesOf(auditBuild({ hires: [{ Startdatum: "2018-01-15" }] }))).toEqual([]);
    const early = auditBuild({ hires: [{ Startdatum: "2018-01-14" }] });
    expect(paramsOf(early, "HIRED_BEFORE_SUPPORT")).toEqual({ found: "2018-01-14", expected: "2018-01-15" });
  });

  it("CONTRACT_MISSING sits on the Anställnings-ID, wherever it stands, when the sheet has no contract column", () => {
    const grids = workbook();
    const headers = HIRES_SHEET.columns.map((column) => column.sv).filter((name) => name !== "Anställningsavtal");
    // The Anställnings-ID in column B: a place without a column would read as A2.
    grids[1] = hiresSheet([{}], [headers[1]!, headers[0]!, ...headers.slice(2)]);
    const result = auditGrids(grids);
    expect(placesOf(result, "CONTRACT_MISSING")).toEqual(["Anställningar!B2"]);
    expect(paramsOf(result, "CONTRACT_MISSING")).toEqual({ found: "A-1" });
  });

  it("the follow-up at 6 and 12 months is due on the day itself (spec 10.23)", () => {
    // Start 2019-06-30: 6 months is 2019-12-30 (due), 12 months 2020-06-30 (not yet); report date 2019-12-31.
    const due = auditBuild({ hires: [{}, other(2, { Startdatum: "2019-06-30", "I arbete efter 6 mån": "Nej" })] }, { reportDate: "2019-12-30" });
    expect(due.years[1]!.retention6m).toEqual({ employed: 0, known: 1 });
    const notYet = auditBuild({ hires: [{}, other(2, { Startdatum: "2019-06-30", "I arbete efter 6 mån": "Nej" })] }, { reportDate: "2019-12-29" });
    expect(notYet.years[1]!.retention6m).toEqual({ employed: 0, known: 0 });
    // 12 months after 2019-06-30 is 2020-06-30.
    const twelve = (reportDate: string) => auditBuild({ hires: [{}, other(2, { Startdatum: "2019-06-30", "I arbete efter 12 mån": "Nej" })] }, { reportDate }).years[1]!.retention12m;
    expect(twelve("2020-06-30")).toEqual({ employed: 0, known: 1 });
    expect(twelve("2020-06-29")).toEqual({ employed: 0, known: 0 });
    const unknown = auditBuild({ hires: [{ "I arbete efter 6 mån": null, "I arbete efter 12 mån": "Nej" }] });
    expect([unknown.total.retention6m, unknown.total.retention12m]).toEqual([{ employed: 0, known: 0 }, { employed: 0, known: 1 }]);
  });
});

describe("companies (spec section 4, 10.4)", () => {
  it("support may end on the day it starts; a start on the report date is no future date", () => {
    const result = auditBuild({ companies: [{}, { "Org.nr": "556112-2333", "Affärsutveckling från": "2019-12-31", "Affärsutveckling till": "2019-12-31" }] });
    expect(codesOf(result)).toEqual([]);
    expect(result.years[1]!.companiesSupported).toBe(2);
  });

  it("support ending before it starts is END_BEFORE_START; the company stays known (spec 10.28) but earns no fee", () => {
    const result = auditBuild({ companies: [{ "Affärsutveckling från": "2018-02-01", "Affärsutveckling till": "2018-01-31" }] });
    expect(placesOf(result, "END_BEFORE_START")).toEqual(["Företag!F2"]);
    expect(placesOf(result, "COMPANY_UNKNOWN")).toEqual([]);
    expect(result.total.payout.company.shownKronor()).toBe(0);
  });

  it("a size outside the band names the band", () => {
    const result = auditBuild({ companies: [{ "Antal anställda": 4 }] });
    expect(paramsOf(result, "COMPANY_SIZE_OUTSIDE_TARGET")).toEqual({ found: 4, min: 5, max: 50 });
  });
});

describe("the pool cap (spec section 5)", () => {
  it("fees exactly at the pool are not capped", () => {
    // Year 1: 10,000 company fee + 10,000 hire fee = 20,000; pool 80,000 × 25 % = 20,000.
    const result = auditBuild({ agreement: [["annual_grant_sek", 80_000]] });
    expect(result.years[0]!.payout.incentive.shownKronor()).toBe(20_000);
    expect(placesOf(result, "POOL_CAP_REACHED")).toEqual([]);
  });

  it("the summary counts errors, warnings and infos", () => {
    const result = auditBuild({ hires: [{ Kön: null }, other(2, { Sysselsättningsgrad: 0.4, Startdatum: "2019-12-01" }), other(3, { "Org.nr": "556112-2333" })] });
    expect(result.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
  });
});

describe("the order of findings (spec section 8)", () => {
  it("sheet by sheet in the workbook's order, then row, column and code; no sheet last", () => {
    const items = [
      finding("EXIT_CLAUSE_AT_RISK", { sheet: "" }),
      finding("VALUE_REQUIRED", { sheet: "B", row: 1, col: 0 }),
      finding("CELL_ERROR", { sheet: "A", row: 2, col: 1 }),
      finding("VALUE_REQUIRED", { sheet: "A", row: 2, col: 1 }),
      finding("VALUE_REQUIRED", { sheet: "A", row: 2, col: 0 }),
      finding("SHEET_MISSING", { sheet: "C" }),
      finding("COLUMN_UNKNOWN", { sheet: "A", row: 0, col: 3 }),
      finding("VALUE_REQUIRED", { sheet: "A", row: 1, col: 5 }),
    ];
    const order = sortFindings(items, ["A", "B"]).map((item) => `${item.place.sheet}:${item.place.row ?? "-"}:${item.place.col ?? "-"}:${item.code}`);
    expect(order).toEqual([
      "A:0:3:COLUMN_UNKNOWN", "A:1:5:VALUE_REQUIRED", "A:2:0:VALUE_REQUIRED", "A:2:1:VALUE_REQUIRED", "A:2:1:CELL_ERROR",
      "B:1:0:VALUE_REQUIRED", "C:-:-:SHEET_MISSING", ":-:-:EXIT_CLAUSE_AT_RISK",
    ]);
  });
});
