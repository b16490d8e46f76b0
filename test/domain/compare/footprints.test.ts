import type { Comparison } from "../../../src/domain/compare/compare-submissions";
import { messageOf } from "../../../src/domain/messages";
import { claimsSheet, investmentsSheet, ORG_A, ORG_B, proBonoSheet, sheet } from "../../helpers/workbook-builder";
import { compared, comparisonFindings, CURRENT_DATE, PREVIOUS_DATE, submission } from "../../helpers/compare-pair";

// What a row of each sheet puts into a paid year (spec 12): the multiset sheets by date and
// amount, Redovisning by its Avtalsår, and a change that moves two paid years at once. The
// previous submission is as of 2019-06-30 (year 1, 2018, complete) unless a test says otherwise.
const previous = (build = {}, date = PREVIOUS_DATE) => submission(build, date);
const current = (build = {}, date = CURRENT_DATE) => submission(build, date);
const countsOf = (result: Comparison, sheet: string) => result.sheets.find((item) => item.sheet === sheet)?.counts;

describe("rows of the multiset sheets in a paid year (spec 12)", () => {
  it("an investment's amount changed in a paid year: the new row added on its amount, the old one removed, both year 1", () => {
    const invest = (amount: number) => ({ extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": amount }, { Datum: "2019-03-01", "Belopp (kr)": 500 }])] });
    const result = compared(previous(invest(1000)), current(invest(1500)));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Investeringar!D2 year 1", "ROW_REMOVED Investeringar!A2 year 1"]);
    expect(messageOf(result.findings[0]!, "en")).toContain('A new row ("2018-06-01 / 1500")');
  });

  it("a pro bono row of an open year, or one with an error, moves no paid year", () => {
    const given = (rows: Record<string, string | number>[]) => ({ extra: [proBonoSheet(rows)] });
    const open = compared(previous(given([{ Datum: "2019-03-01", "Värde (kr)": 300 }])), current(given([{ Datum: "2019-03-01", "Värde (kr)": 700 }])));
    expect(comparisonFindings(open)).toEqual([]);
    const broken = compared(previous(given([{ Datum: "igår", "Värde (kr)": 300 }])), current(given([{ Datum: "i förrgår", "Värde (kr)": 300 }])));
    expect(comparisonFindings(broken)).toEqual([]);
    const paid = compared(previous(given([{ Datum: "2018-03-01", "Värde (kr)": 300 }])), current(given([{ Datum: "2018-03-01", "Värde (kr)": 700 }])));
    expect(comparisonFindings(paid)).toEqual(["RETROACTIVE_CHANGE Pro bono!C2 year 1", "ROW_REMOVED Pro bono!A2 year 1"]);
  });

  it("a Redovisning row of a paid year in columns of another order is the same row", () => {
    const claims = (header: readonly string[]) => ({ extra: [sheet("Redovisning", header, [{ Avtalsår: 1, "Antal jobb": 2, "Antal stödda företag": 1 }])] });
    const result = compared(previous(claims(["Avtalsår", "Antal jobb", "Antal stödda företag"])), current(claims(["Antal stödda företag", "Antal jobb", "Avtalsår"])));
    expect(comparisonFindings(result)).toEqual([]);
  });

  it("Redovisning rows in another order are the same rows: each is named by its Avtalsår", () => {
    const claims = (years: readonly number[]) => ({ extra: [claimsSheet(years.map((year) => ({ Avtalsår: year, "Antal jobb": year })))] });
    const result = compared(previous(claims([1, 2])), current(claims([2, 1])));
    expect(countsOf(result, "claims")).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2 });
  });

  it("Företag rows in another order are the same rows: each is named by its Org.nr", () => {
    const companies = (orgnrs: readonly string[]) => ({ companies: orgnrs.map((orgnr) => ({ "Org.nr": orgnr })) });
    const result = compared(previous(companies([ORG_A, ORG_B])), current(companies([ORG_B, ORG_A])));
    expect(countsOf(result, "companies")).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2 });
  });

  it("a Redovisning claim of an open year corrected is no retroactive change", () => {
    const claims = (jobs: number) => ({ extra: [claimsSheet([{ Avtalsår: 2, "Antal jobb": jobs }])] });
    expect(comparisonFindings(compared(previous(claims(2)), current(claims(1))))).toEqual([]);
  });
});

describe("what a job puts into its paid year (spec 12)", () => {
  // Each of these moves a figure of year 1 (the residents' share, the gender and origin shares,
  // the long-term unemployed, wage subsidies or the hire fee), so each is a retroactive change.
  const job = (fields: Record<string, string | number>) => ({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2018-05-02", Kön: "M", ...fields }] });
  it.each([
    ["Hemkommun", "Botkyrka", "Huddinge"],
    ["Kön", "M", "K"],
    ["Född utanför Europa", "Ja", "Nej"],
    ["Månader utan arbete", 3, 24],
    ["Lönestöd", "Nej", "Ja"],
    ["Sysselsättningsgrad", 1, 0.5],
  ])("%s %s → %s on a year-1 job", (column, before, after) => {
    const result = compared(previous(job({ [column]: before })), current(job({ [column]: after })));
    expect(comparisonFindings(result)).toEqual([expect.stringMatching(/^RETROACTIVE_CHANGE Anställningar!\w+3 year 1$/)]);
  });
});

describe("a paid job's hire fee in its footprint (spec 5, 12)", () => {
  // A-1 (year 1) works for a listed company and has a contract on file; without the contract it
  // earns no hire fee (spec 5). Whether it is paid at all depends on residents_only.
  const a1 = (fields: Record<string, string | null>) => ({ hires: [fields, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M" }] });

  it("a resident's Anställningsavtal removed: its fee is lost, a retroactive change on that cell", () => {
    const result = compared(previous(a1({ Anställningsavtal: "AVT-1" })), current(a1({ Anställningsavtal: null })));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!L2 year 1"]);
  });

  it("under residents_only (the preset's), a non-resident's Anställningsavtal removed moves nothing: it never earned a fee", () => {
    const result = compared(previous(a1({ Hemkommun: "Huddinge", Anställningsavtal: "AVT-1" })), current(a1({ Hemkommun: "Huddinge", Anställningsavtal: null })));
    expect(countsOf(result, "hires")).toMatchObject({ changed: 1 });
    expect(comparisonFindings(result)).toEqual([]);
  });

  it("with residents_only Nej, a non-resident's Anställningsavtal removed loses its fee: a retroactive change", () => {
    const everyone = (fields: Record<string, string | null>) => ({ ...a1({ Hemkommun: "Huddinge", ...fields }), agreement: [["residents_only", "Nej"]] });
    const result = compared(previous(everyone({ Anställningsavtal: "AVT-1" })), current(everyone({ Anställningsavtal: null })));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!L2 year 1"]);
  });
});

describe("rows that put nothing into a paid year (spec 12)", () => {
  it("a company supported only since an open year: its Antal anställda 60 → 40 moves no paid year", () => {
    const company = (employees: number) => ({ companies: [{ "Antal anställda": employees, "Affärsutveckling från": "2019-02-01" }] });
    const result = compared(previous(company(60)), current(company(40)));
    expect(countsOf(result, "companies")).toMatchObject({ changed: 1 });
    expect(comparisonFindings(result)).toEqual([]);
  });

  it("a job of a paid year that was never counted (too short): its Kön corrected moves no paid year", () => {
    const short = (gender: string) => ({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2018-03-01", Slutdatum: "2018-03-20", Kön: gender }] });
    const result = compared(previous(short("K")), current(short("M")));
    expect(countsOf(result, "hires")).toMatchObject({ changed: 1 });
    expect(comparisonFindings(result)).toEqual([]);
  });
});

describe("a change that moves two paid years (spec 12)", () => {
  it("names each year, in order", () => {
    const hires = (start: string) => ({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: start, Kön: "M" }] });
    const result = compared(previous(hires("2019-01-10"), "2020-06-30"), current(hires("2018-06-10"), "2020-12-31"));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!D3 year 1", "RETROACTIVE_CHANGE Anställningar!D3 year 2"]);
  });
});

describe("submissions that differ in shape (spec 12)", () => {
  it("a sheet only the previous submission has: every row removed, named by its own sheet", () => {
    const invest = { extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 1000 }])] };
    const result = compared(previous(invest), current());
    const sheet = result.sheets.find((item) => item.sheet === "investments")!;
    expect(sheet.name).toBe("Investeringar");
    expect(sheet.counts).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 0 });
    expect(comparisonFindings(result)).toEqual(["ROW_REMOVED Investeringar!A2 year 1"]);
  });

  it("a column only one submission has: its values are changes, in the sheet's column order", () => {
    // The previous Anställningar has no Lönestöd column at all; the current one has it.
    const withoutColumn = (grids: ReturnType<typeof submission>, header: string) => grids.map((grid) => {
      if (grid.name !== "Anställningar") return grid;
      const col = grid.rows[0]!.indexOf(header);
      return { ...grid, rows: grid.rows.map((row) => row!.filter((_, index) => index !== col)) };
    });
    const a2 = (change: Record<string, string>) => ({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M", ...change }] });
    const result = compared(withoutColumn(previous(a2({ Kön: "K" })), "Lönestöd"), current(a2({ Lönestöd: "Ja" })));
    const fieldsOf = (comparison: typeof result) => comparison.sheets.find((item) => item.sheet === "hires")!.changes.map((item) => item.fields.map((field) => field.field));
    // A-1 (Lönestöd Nej in the baseline) and A-2: the new column's values, after Kön's change.
    expect(fieldsOf(result)).toEqual([["wageSubsidy"], ["gender", "wageSubsidy"]]);
    const back = compared(previous(a2({ Lönestöd: "Ja" })), withoutColumn(current(a2({ Kön: "K" })), "Lönestöd"));
    expect(fieldsOf(back)).toEqual([["wageSubsidy"], ["gender", "wageSubsidy"]]);
  });

  it("an agreement of more years: the years only one submission has compare with nothing", () => {
    const result = compared(previous(), current({ agreement: [["years", 6]] }));
    const sixth = result.years.find((year) => year.year === 6)!;
    expect(sixth.previous).toEqual({ jobs: 0, residentJobs: 0, payout: expect.anything() });
    expect(sixth.previous.payout.shownKronor()).toBe(0);
  });
});
