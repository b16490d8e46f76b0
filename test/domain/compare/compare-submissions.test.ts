import fc from "fast-check";
import { isRefusal, movesPaidYears } from "../../../src/domain/compare/compare-submissions";
import { messageOf } from "../../../src/domain/messages";
import { agreementSheet, BASE_AGREEMENT, claimsSheet, COMPANY, costsSheet, JOB, proBonoSheet } from "../../helpers/workbook-builder";
import {
  codesOfFollowUp,
  comparePair,
  compared,
  comparisonFindings,
  CURRENT_DATE,
  PREVIOUS_DATE,
  submission,
  yearDifferencesOf,
} from "../../helpers/compare-pair";

// The baseline (test/helpers/workbook-builder.ts): job A-1 starts 2018-03-01 (year 1), A-2 starts
// 2019-01-10 (year 2), both at one company of 12 employees supported from 2018-01-15. The previous
// submission is as of 2019-06-30, so year 1 (2018) is complete and paid; the current one as of
// 2019-12-31. Rows: the header is row 1, so A-1 is row 2 and A-2 row 3.
const A2 = { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M" };
const previous = (build = {}) => submission(build, PREVIOUS_DATE);
const current = (build = {}) => submission(build, CURRENT_DATE);

/** The figures of years 2–5 move with time alone (year 2's pro-rata base); only year 1 is paid. */
const year1 = (comparison: ReturnType<typeof compared>) => yearDifferencesOf(comparison)[0];
const exitCode = (comparison: ReturnType<typeof compared>) => (movesPaidYears(comparison) ? 1 : 0);

describe("settlement only of a year the previous submission closed (spec 12)", () => {
  it("year 2, in progress in the previous submission, has a payout difference and no settlement; future years neither", () => {
    const years = yearDifferencesOf(compared(previous(), current()));
    // Year 2's base was half paid on 2019-06-30 and whole on 2019-12-31: a difference, not a settlement.
    expect(years[1]!.payoutSek).toBeGreaterThan(0);
    expect(years.slice(1).map((year) => year.settlement)).toEqual([undefined, undefined, undefined, undefined]);
    expect(years[0]!.settlement).toBe("none");
  });
});

describe("hand-built pairs (spec 12)", () => {
  it("a job added to a completed year: RETROACTIVE_CHANGE on its ID cell, year 1 owed 10 000 kr extra, exit 1", () => {
    const result = compared(previous(), current({ hires: [{}, A2, { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2018-06-01" }] }));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!A4 year 1"]);
    expect(year1(result)).toEqual({ year: 1, jobs: 1, residentJobs: 1, payoutSek: 10_000, settlement: "extra" });
    expect(result.sheets.find((sheet) => sheet.sheet === "hires")!.counts).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 2 });
    expect(messageOf(result.findings[0]!, "sv")).toBe('Ny rad (Anställnings-ID "A-3") räknas i avtalsår 1, som var avslutat vid förra rapportdatumet 2019-06-30; väntat oförändrade siffror för ett betalt år.');
    expect(exitCode(result)).toBe(1);
  });

  it("a start date moved from year 2 into year 1: on the Startdatum cell, naming old and new", () => {
    const result = compared(previous(), current({ hires: [{}, { ...A2, Startdatum: "2018-12-20" }] }));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!D3 year 1"]);
    // A-2 is a resident with a contract: year 1 now owes its hire fee.
    expect(year1(result)).toEqual({ year: 1, jobs: 1, residentJobs: 1, payoutSek: 10_000, settlement: "extra" });
    expect(messageOf(result.findings[0]!, "en")).toBe('"Startdatum" changed from "2019-01-10" to "2018-12-20" (Anställnings-ID "A-2"); this moves agreement year 1, complete at the previous report date 2019-06-30.');
    expect(result.findings[0]!.params).toMatchObject({ old: "2019-01-10", new: "2018-12-20", year: 1 });
    expect(exitCode(result)).toBe(1);
  });

  it("a removed job that was paid: ROW_REMOVED on the previous sheet's row, in words; 10 000 kr owed back", () => {
    const result = compared(previous(), current({ hires: [A2] }));
    expect(comparisonFindings(result)).toEqual(["ROW_REMOVED Anställningar!A2 year 1"]);
    expect(result.findings[0]!.place).toEqual({ sheet: "Anställningar", row: 1 });
    expect(messageOf(result.findings[0]!, "sv")).toBe('Raden Anställnings-ID "A-1" (rad 2 i bladet "Anställningar" i förra inlämningen) finns inte längre; den räknades i avtalsår 1, som var avslutat vid förra rapportdatumet 2019-06-30.');
    expect(year1(result)).toEqual({ year: 1, jobs: -1, residentJobs: -1, payoutSek: -10_000, settlement: "owed-back" });
    expect(exitCode(result)).toBe(1);
  });

  it("a company's Antal anställda 60 → 40 enters the fee band in a paid year: 10 000 kr extra, the old finding resolved", () => {
    // The new name is a change too, but no figure reads it: only the size is named as the cause.
    const result = compared(previous({ companies: [{ "Antal anställda": 60 }] }), current({ companies: [{ "Antal anställda": 40, Företagsnamn: "Tumba Bygg och Måleri AB" }] }));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Företag!C2 year 1"]);
    expect(result.sheets[1]!.changes[0]!.fields.map((field) => field.field)).toEqual(["name", "employees"]);
    expect(result.findings[0]!.params).toMatchObject({ column: "Antal anställda", old: "60", new: "40" });
    expect(year1(result)).toEqual({ year: 1, jobs: 0, residentJobs: 0, payoutSek: 10_000, settlement: "extra" });
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual(["COMPANY_SIZE_OUTSIDE_TARGET"]);
    expect(exitCode(result)).toBe(1);
  });

  it("a Redovisning claim corrected for a paid year: on the claimed cell; the figures do not move; CLAIM_MISMATCH resolved", () => {
    const claims = (jobs: number) => [claimsSheet([{ Avtalsår: 1, "Antal jobb": jobs }])];
    const result = compared(previous({ extra: claims(2) }), current({ extra: claims(1) }));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Redovisning!B2 year 1"]);
    expect(result.findings[0]!.params).toMatchObject({ column: "Antal jobb", old: "2", new: "1" });
    expect(year1(result)).toEqual({ year: 1, jobs: 0, residentJobs: 0, payoutSek: 0, settlement: "none" });
    // The mismatch had also triggered the exit clause after year 1 (spec 7): resolved with it.
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual(["CLAIM_MISMATCH", "EXIT_CLAUSE_TRIGGERED", "EXIT_CLAUSE_AT_RISK"]);
    expect(exitCode(result)).toBe(1);
  });

  it("a change in an open year only is a change, not a retroactive one: exit 0", () => {
    const result = compared(previous(), current({ hires: [{}, { ...A2, Kön: "K" }] }));
    expect(result.findings).toEqual([]);
    const hires = result.sheets.find((sheet) => sheet.sheet === "hires")!;
    expect(hires.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(hires.changes[0]!.fields.map((field) => [field.field, field.old, field.new])).toEqual([["gender", "M", "K"]]);
    expect(year1(result)).toEqual({ year: 1, jobs: 0, residentJobs: 0, payoutSek: 0, settlement: "none" });
    expect(exitCode(result)).toBe(0);
  });

  it("re-ordered rows and a date typed differently but equal: no change, exit 0", () => {
    // 43160 is 2018-03-01 as an Excel serial; a date cell and YYYYMMDD text are other forms of a date.
    const result = compared(previous(), current({ hires: [{ ...A2, Startdatum: "20190110" }, { Startdatum: 43160 }], companies: [{ "Affärsutveckling från": new Date(Date.UTC(2018, 0, 15)) }] }));
    expect(result.findings).toEqual([]);
    expect(result.sheets.map((sheet) => [sheet.sheet, sheet.counts])).toEqual([
      ["hires", { added: 0, removed: 0, changed: 0, unchanged: 2 }],
      ["companies", { added: 0, removed: 0, changed: 0, unchanged: 1 }],
    ]);
    expect(exitCode(result)).toBe(0);
  });

  it("an end date set after the previous report date on a paid year's job moves nothing", () => {
    const result = compared(previous(), current({ hires: [{ Slutdatum: "2019-09-30" }, A2] }));
    expect(result.sheets[0]!.counts.changed).toBe(1);
    expect(result.findings).toEqual([]);
  });
});

describe("what a retroactive change names, and how its finding reads (spec 12)", () => {
  it("a paid job's Lönestöd changed with both retention answers: only Lönestöd is named, as a change of yes/no", () => {
    // The retention answers are filled in after the fact by design (spec 6) and no figure reads them.
    const a1 = (fields: Record<string, string>) => ({ hires: [fields, A2] });
    const result = compared(
      previous(a1({ Lönestöd: "Nej", "I arbete efter 6 mån": "Ja", "I arbete efter 12 mån": "Ja" })),
      current(a1({ Lönestöd: "Ja", "I arbete efter 6 mån": "Nej", "I arbete efter 12 mån": "Nej" })),
    );
    expect(result.sheets[0]!.changes[0]!.fields.map((field) => field.field)).toEqual(["wageSubsidy", "employed6m", "employed12m"]);
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!K2 year 1"]);
    // `change` tells the JSON's readers a changed row from an added one.
    expect(result.findings[0]!.params).toMatchObject({ change: "changed", column: "Lönestöd", old: "false", new: "true", kind: "bool" });
  });

  it("a company's Bransch changed with its Antal anställda 60 → 40: only the size is named", () => {
    const result = compared(previous({ companies: [{ "Antal anställda": 60 }] }), current({ companies: [{ "Antal anställda": 40, Bransch: "Måleri" }] }));
    expect(result.sheets[1]!.changes[0]!.fields.map((field) => field.field)).toEqual(["employees", "sector"]);
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Företag!C2 year 1"]);
  });

  it("a paid year's claimed Antal jobb emptied: shown as the number it was, to (empty)", () => {
    // The value's kind comes from the old value when the new one is gone.
    const claims = (jobs: number | null) => ({ extra: [claimsSheet([{ Avtalsår: 1, "Antal jobb": jobs }])] });
    const result = compared(previous(claims(2)), current(claims(null)));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Redovisning!B2 year 1"]);
    expect(result.findings[0]!.params).toMatchObject({ old: "2", new: "", kind: "number" });
    expect(messageOf(result.findings[0]!, "en")).toBe('"Antal jobb" changed from 2 to (empty) (Avtalsår "1"); this moves agreement year 1, complete at the previous report date 2019-06-30.');
  });

  it("a removed Pro bono row of a paid year is named by its values alone: the sheet has no key column", () => {
    const proBono = (rows: Record<string, string | number>[]) => ({ extra: [proBonoSheet(rows)] });
    const result = compared(previous(proBono([{ Datum: "2018-06-01", Partner: "Revisionsbyrån", "Värde (kr)": 1500 }])), current(proBono([])));
    expect(comparisonFindings(result)).toEqual(["ROW_REMOVED Pro bono!A2 year 1"]);
    expect(result.findings[0]!.params).toMatchObject({ keyColumn: "" });
    expect(messageOf(result.findings[0]!, "sv")).toBe('Raden "2018-06-01 / Revisionsbyrån / 1500" (rad 2 i bladet "Pro bono" i förra inlämningen) finns inte längre; den räknades i avtalsår 1, som var avslutat vid förra rapportdatumet 2019-06-30.');
  });

  it("a Kostnader row of a paid year is keyed by its two key columns, named together", () => {
    const costs = (actual: number) => ({ extra: [costsSheet([{ Avtalsår: 1, Kostnadsslag: "Lokaler", "Budget (kr)": 100_000, "Utfall (kr)": actual }])] });
    const result = compared(previous(costs(90_000)), current(costs(95_000)));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Kostnader!D2 year 1"]);
    expect(result.findings[0]!.params).toMatchObject({ key: "1 / Lokaler", keyColumn: "Avtalsår / Kostnadsslag" });
  });
});

describe("findings follow-up (matched by code and row key, not cell)", () => {
  it("a fixed finding is resolved, one left is open though its row moved, a fresh one is new", () => {
    const badRate = { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2019-02-01", Sysselsättningsgrad: 0 };
    const badGender = { "Anställnings-ID": "A-4", "Person-ID": "P-4", Startdatum: "2019-02-01", Kön: "Q" };
    const badOrgnr = { "Anställnings-ID": "A-5", "Person-ID": "P-5", Startdatum: "2019-02-01", "Org.nr": "556036-0794" };
    const result = compared(
      previous({ hires: [{}, A2, badRate, badGender] }),
      current({ hires: [badGender, badOrgnr, {}, A2, { ...badRate, Sysselsättningsgrad: 1 }] }),
    );
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual(["RATE_OUT_OF_RANGE"]);
    expect(codesOfFollowUp(result.followUp.open)).toEqual(["CHOICE_INVALID"]);
    expect(result.followUp.open[0]!.place).toEqual({ sheet: "Anställningar", row: 1, col: 6 });
    expect(codesOfFollowUp(result.followUp.new)).toEqual(["ORGNR_INVALID"]);
  });
});

describe("refusals: each submission is audited as of its own report date", () => {
  it("refuses a pair where either lacks a report date, or the current one is not later", () => {
    const undated = submission({ without: ["Avtal"], extra: [agreementSheet(BASE_AGREEMENT.filter(([key]) => key !== "report_date"))] });
    expect(comparePair(undated, current())).toMatchObject({ refusal: "previousWithoutReportDate" });
    expect(comparePair(previous(), undated)).toMatchObject({ refusal: "currentWithoutReportDate" });
    expect(comparePair(current(), previous())).toMatchObject({ refusal: "currentNotLater" });
    expect(comparePair(current(), current())).toMatchObject({ refusal: "currentNotLater" });
    expect(isRefusal(comparePair(current(), previous()))).toBe(true);
    expect(isRefusal(comparePair(previous(), current()))).toBe(false);
  });
});

describe("laws", () => {
  const job = fc.record({
    "Anställnings-ID": fc.constantFrom("A-1", "A-2", "A-3", "B-1", "B-2"),
    Startdatum: fc.constantFrom<string | number>("2018-02-01", "2018-11-30", "2019-01-05", 43200, "03/04/2018"),
    Sysselsättningsgrad: fc.constantFrom<string | number>(1, 0.5, 0.25, "50 %", 0),
    Kön: fc.constantFrom("K", "M", "X", "Q"),
    Slutdatum: fc.constantFrom<string | null>(null, "2018-03-15", "2019-03-01"),
    Anställningsavtal: fc.constantFrom<string | null>("AVT", null),
  });
  const company = fc.record({ "Antal anställda": fc.integer({ min: 1, max: 70 }), "Affärsutveckling från": fc.constantFrom("2018-01-15", "2019-05-01", "2021-01-01") });

  it("a workbook compared with itself (at a later report date) gives no change and exit 0", () => {
    fc.assert(
      fc.property(fc.array(job, { maxLength: 8 }), fc.array(company, { minLength: 1, maxLength: 3 }), (jobs, companies) => {
        const build = { hires: jobs.map((row) => ({ ...JOB, ...row })), companies: companies.map((row) => ({ ...COMPANY, ...row })) };
        const result = compared(previous(build), current(build));
        expect(result.findings).toEqual([]);
        for (const sheet of result.sheets) expect(sheet.counts.added + sheet.counts.removed + sheet.counts.changed).toBe(0);
        expect(result.followUp.resolved.filter((item) => item.code !== "PENDING_DURATION" && item.code !== "FUTURE_DATE" && item.code !== "EXIT_CLAUSE_AT_RISK" && item.code !== "DURATION_TOO_SHORT")).toEqual([]);
        expect(movesPaidYears(result)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
