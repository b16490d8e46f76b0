import { codesOf, messagesOf, paramsOf, placesOf } from "../helpers/findings";
import { auditBuild, claimsSheet, costsSheet, investmentsSheet, proBonoSheet } from "../helpers/workbook-builder";

// The edges of the obligations and of the per-year sheets (issue 14): an amount dated on the
// report date, a year that is not complete yet, a budget exactly at the grant, Avtalsår at 1 and
// at the last year.

describe("investments and pro bono by date (spec section 7, 10.4, 10.14)", () => {
  it("an amount dated on the report date counts; one dated the day after is FUTURE_DATE and counts nowhere", () => {
    const result = auditBuild({
      extra: [investmentsSheet([{ Datum: "2019-12-31", "Belopp (kr)": 100 }, { Datum: "2020-01-01", "Belopp (kr)": 1000 }])],
    });
    expect(placesOf(result, "FUTURE_DATE")).toEqual(["Investeringar!C3"]);
    expect(result.years[1]!.investments!.shownKronor()).toBe(100);
    expect(result.total.investments!.shownKronor()).toBe(100);
  });

  it("an amount before the period counts in no year", () => {
    const result = auditBuild({ extra: [proBonoSheet([{ Datum: "2017-12-31", "Värde (kr)": 500 }, { Datum: "2018-01-01", "Värde (kr)": 7 }])] });
    expect(result.years[0]!.proBono!.shownKronor()).toBe(7);
    expect(result.total.proBono!.shownKronor()).toBe(7);
  });

  it("the investment commitment stops growing at the period's end", () => {
    // Report date after the five years: the whole 1,826,000 is due, not more.
    const grids = { agreement: [["investment_commitment_sek", 1_826_000], ["report_date", "2024-06-30"]] as [string, number | string][] };
    const met = auditBuild({ ...grids, extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 1_826_000 }])] });
    expect(placesOf(met, "INVESTMENT_BELOW_COMMITMENT")).toEqual([]);
    const below = auditBuild({ ...grids, extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 1_825_999 }])] });
    expect(messagesOf(below, "INVESTMENT_BELOW_COMMITMENT").en).toContain("SEK 1,825,999");
    expect(messagesOf(below, "INVESTMENT_BELOW_COMMITMENT").en).toContain("is SEK 1,826,000");
  });

  it("the investment commitment counts the report date's own day", () => {
    // 2018-01-01 is day 1 of 1826: 1,826,000 × 1 / 1826 = 1,000 kr.
    const base = { agreement: [["investment_commitment_sek", 1_826_000]] as [string, number][] };
    const exact = auditBuild({ ...base, hires: [{ Startdatum: "2018-01-01" }], extra: [investmentsSheet([{ Datum: "2018-01-01", "Belopp (kr)": 1000 }])] }, { reportDate: "2018-01-01" });
    expect(placesOf(exact, "INVESTMENT_BELOW_COMMITMENT")).toEqual([]);
    const short = auditBuild({ ...base, hires: [{ Startdatum: "2018-01-01" }], extra: [investmentsSheet([{ Datum: "2018-01-01", "Belopp (kr)": 999 }])] }, { reportDate: "2018-01-01" });
    expect(placesOf(short, "INVESTMENT_BELOW_COMMITMENT")).toEqual([""]);
  });

  it("pro bono is judged only for complete years: the year in progress is not short yet", () => {
    const result = auditBuild({ agreement: [["probono_min_sek_per_year", 1000]], extra: [proBonoSheet([{ Datum: "2018-05-01", "Värde (kr)": 999 }])] }, { reportDate: "2019-06-30" });
    expect(placesOf(result, "PROBONO_BELOW_COMMITMENT")).toEqual([""]);
    expect(messagesOf(result, "PROBONO_BELOW_COMMITMENT").en).toContain("year 1: pro bono SEK 999");
  });
});

describe("costs (spec section 7, 10.14)", () => {
  it("an actual equal to its budget is not over it; budget lines adding up to the grant are no mismatch", () => {
    const result = auditBuild({ extra: [costsSheet([
      { Avtalsår: 1, Kostnadsslag: "Lokaler", "Budget (kr)": 1_000_000, "Utfall (kr)": 1_000_000 },
      { Avtalsår: 1, Kostnadsslag: "Personal", "Budget (kr)": 4_000_000, "Utfall (kr)": null },
    ])] });
    expect(codesOf(result)).toEqual([]);
  });

  it("budget lines above the grant are a mismatch as much as below it, each year on its own first Budget cell", () => {
    const result = auditBuild({ extra: [costsSheet([
      { Avtalsår: 2, Kostnadsslag: "Allt", "Budget (kr)": 5_000_001 },
      { Avtalsår: 1, Kostnadsslag: "Allt", "Budget (kr)": 4_999_999 },
      { Avtalsår: 1, Kostnadsslag: "Mer", "Budget (kr)": 0 },
    ])] });
    expect(placesOf(result, "BUDGET_MISMATCH")).toEqual(["Kostnader!C2", "Kostnader!C3"]);
    expect(result.findings.filter((item) => item.code === "BUDGET_MISMATCH").map((item) => item.params)).toEqual([
      { year: 2, found: 5_000_001, expected: 5_000_000 },
      { year: 1, found: 4_999_999, expected: 5_000_000 },
    ]);
  });

  it("a line with an unreadable cell counts nowhere: not in its year's budget (spec 10.14)", () => {
    const result = auditBuild({ extra: [costsSheet([
      { Avtalsår: 1, Kostnadsslag: "Allt", "Budget (kr)": 5_000_000 },
      { Avtalsår: 1, Kostnadsslag: "Resor", "Budget (kr)": 1_000_000, "Utfall (kr)": "mycket" },
    ])] });
    expect(codesOf(result)).toEqual(["NUMBER_INVALID"]);
  });

  it("COST_OVER_BUDGET names its category, or none", () => {
    const result = auditBuild({ extra: [costsSheet([{ Avtalsår: 1, "Budget (kr)": 5_000_000, "Utfall (kr)": 5_000_001 }])] });
    expect(paramsOf(result, "COST_OVER_BUDGET")).toEqual({ year: 1, category: "", found: 5_000_001, expected: 5_000_000 });
  });
});

describe("Avtalsår in the per-year sheets (spec 10.14)", () => {
  it("1 and the last year are agreement years; 0, the year after the last and a fraction are not", () => {
    const claims = claimsSheet([{ Avtalsår: 0 }, { Avtalsår: 1 }, { Avtalsår: 5 }, { Avtalsår: 6 }, { Avtalsår: 2.5 }]);
    const result = auditBuild({ extra: [claims] });
    expect(placesOf(result, "NUMBER_INVALID")).toEqual(["Redovisning!A2", "Redovisning!A5", "Redovisning!A6"]);
    expect(paramsOf(result, "NUMBER_INVALID")).toEqual({ column: "Avtalsår", found: "0", problem: "yearRange", max: 5 });
  });

  it("a claim for a future year is compared with zeros; an invalid row is not compared", () => {
    const result = auditBuild({ extra: [claimsSheet([{ Avtalsår: 5, "Antal jobb": 0 }, { Avtalsår: 4, "Antal jobb": 1 }, { Avtalsår: 6, "Antal jobb": 9 }])] });
    expect(placesOf(result, "CLAIM_MISMATCH")).toEqual(["Redovisning!B3"]);
  });

  it("compares every claimed figure with its own", () => {
    // Year 1: one job of a resident woman born outside Europe, one company, 10,000 + 10,000 kr.
    const right = { Avtalsår: 1, "Antal jobb": 1, "varav boende i kommunen": 1, "varav kvinnor": 1, "varav födda utanför Europa": 1, "Företag med affärsutveckling": 1, "Begärd resultatersättning (kr)": 20_000 };
    expect(codesOf(auditBuild({ extra: [claimsSheet([right])] }))).toEqual([]);
    const wrong = { Avtalsår: 1, "Antal jobb": 2, "varav boende i kommunen": 2, "varav kvinnor": 2, "varav födda utanför Europa": 2, "Företag med affärsutveckling": 2, "Begärd resultatersättning (kr)": 20_001 };
    expect(placesOf(auditBuild({ extra: [claimsSheet([wrong])] }), "CLAIM_MISMATCH")).toEqual(["Redovisning!B2", "Redovisning!C2", "Redovisning!D2", "Redovisning!E2", "Redovisning!F2", "Redovisning!G2"]);
  });
});

describe("duplicates (spec section 8)", () => {
  it("name the first row as the user numbers it", () => {
    const result = auditBuild({ hires: [{}, { "Person-ID": "P-2" }] });
    expect(paramsOf(result, "HIRE_ID_DUPLICATE")).toEqual({ found: "A-1", firstRow: 2 });
  });

  it("rows without the key are not duplicates of each other", () => {
    const result = auditBuild({ hires: [{ "Anställnings-ID": null }, { "Anställnings-ID": null, "Person-ID": "P-2" }] });
    expect(placesOf(result, "VALUE_REQUIRED")).toEqual(["Anställningar!A2", "Anställningar!A3"]);
    expect(placesOf(result, "HIRE_ID_DUPLICATE")).toEqual([]);
  });
});

describe("residents (spec section 4)", () => {
  it("by SCB code or by name, a name with ' kommun' and spaces around", () => {
    for (const home of ["0127", 127, " Botkyrka  kommun ", "BOTKYRKA"]) expect(auditBuild({ hires: [{ Hemkommun: home }] }).total.residentJobs).toBe(1);
    for (const home of ["0126", "Botkyrkakommun", "Botkyrka kommun x", "Huddinge"]) expect(auditBuild({ hires: [{ Hemkommun: home }] }).total.residentJobs).toBe(0);
  });
});
