import { messageOf } from "../../../src/domain/messages";
import { claimsSheet, investmentsSheet, proBonoSheet } from "../../helpers/workbook-builder";
import { compared, comparisonFindings, CURRENT_DATE, PREVIOUS_DATE, submission } from "../../helpers/compare-pair";

// What a row of each sheet puts into a paid year (spec 12): the multiset sheets by date and
// amount, Redovisning by its Avtalsår, and a change that moves two paid years at once. The
// previous submission is as of 2019-06-30 (year 1, 2018, complete) unless a test says otherwise.
const previous = (build = {}, date = PREVIOUS_DATE) => submission(build, date);
const current = (build = {}, date = CURRENT_DATE) => submission(build, date);

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

  it("a Redovisning claim of an open year corrected is no retroactive change", () => {
    const claims = (jobs: number) => ({ extra: [claimsSheet([{ Avtalsår: 2, "Antal jobb": jobs }])] });
    expect(comparisonFindings(compared(previous(claims(2)), current(claims(1))))).toEqual([]);
  });
});

describe("a change that moves two paid years (spec 12)", () => {
  it("names each year, in order", () => {
    const hires = (start: string) => ({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: start, Kön: "M" }] });
    const result = compared(previous(hires("2019-01-10"), "2020-06-30"), current(hires("2018-06-10"), "2020-12-31"));
    expect(comparisonFindings(result)).toEqual(["RETROACTIVE_CHANGE Anställningar!D3 year 1", "RETROACTIVE_CHANGE Anställningar!D3 year 2"]);
  });
});
