import { luhnCheckDigit } from "../../src/domain/luhn";
import { messageOf } from "../../src/domain/messages";
import { codesOf, messagesOf, placesOf } from "../helpers/findings";
import { auditBuild, auditGrids, hiresSheet, JOB, ORG_A, ORG_B, proBonoSheet, sheet, workbook } from "../helpers/workbook-builder";
import { HIRES_SHEET } from "../../src/workbook/sheet-contract";
import type { SheetGrid } from "../../src/workbook/raw-cell";

const HEADER = HIRES_SHEET.columns.map((column) => column.sv);
const withHires = (grid: SheetGrid, build: Parameters<typeof workbook>[0] = {}) => {
  const grids = workbook(build);
  grids[1] = grid;
  return auditGrids(grids);
};

describe("spec 10.24: a 0 in a date, text, choice or identifier column is empty", () => {
  it("reads 0 as empty where Excel passed an empty cell as 0, and keeps 0 as no in yes/no", () => {
    const result = auditBuild({
      hires: [
        { Slutdatum: 0, "Person-ID": 0, "I arbete efter 6 mån": 0 },
        { "Anställnings-ID": "A-2", "Person-ID": 0, Startdatum: "2019-01-10", Anställningsavtal: 0 },
        { "Anställnings-ID": 0 },
        { "Anställnings-ID": "A-4", Startdatum: 0 },
        { "Anställnings-ID": "A-5", Kön: 0 },
        { "Anställnings-ID": "A-6", "Org.nr": 0 },
      ],
    });
    // Row 2: an end date of 0 is no end date, so the job is ongoing and counts; 6-month answer 0 is "no".
    // Row 3: contract reference 0 is none. Two Person-IDs of 0 are no person, so nobody is double counted.
    expect(placesOf(result, "CONTRACT_MISSING")).toEqual(["Anställningar!L3"]);
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual([]);
    expect(placesOf(result, "VALUE_REQUIRED")).toEqual(["Anställningar!A4", "Anställningar!D5", "Anställningar!G6", "Anställningar!C7"]);
    expect(codesOf(result)).not.toContain("DATE_INVALID");
    expect(codesOf(result)).not.toContain("ORGNR_INVALID");
    expect(result.total.jobs).toBe(2);
    expect(result.total.retention6m).toEqual({ employed: 1, known: 2 });
  });
});

describe("spec 10.25: a personnummer as Person-ID is compared as its 12 digits", () => {
  // 850709980 and its Luhn check digit 5, written out: computed in the describe, every Luhn
  // mutant would be "static" to StrykerJS (issue 14). The first test checks the digit.
  const ten = "8507099805";
  const forms = [`${ten.slice(0, 6)}-${ten.slice(6)}`, ten, `19${ten}`, `19${ten.slice(0, 6)}-${ten.slice(6)}`];

  it("one person written four ways is one person, and every form is PERSONNUMMER_FOUND", () => {
    expect(luhnCheckDigit("850709980")).toBe(5);
    const result = auditBuild({
      hires: forms.map((personId, index) => ({ "Anställnings-ID": `A-${index + 1}`, "Person-ID": personId, Startdatum: `2018-0${index + 2}-01` })),
    });
    expect(result.total.jobs).toBe(1);
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual(["Anställningar!B3", "Anställningar!B4", "Anställningar!B5"]);
    expect(placesOf(result, "PERSONNUMMER_FOUND")).toEqual(["Anställningar!B2", "Anställningar!B3", "Anställningar!B4", "Anställningar!B5"]);
    for (const item of result.findings) {
      for (const language of ["sv", "en"] as const) expect(messageOf(item, language)).not.toContain(ten.slice(6));
    }
  });

  it("the bare 10-digit form is a personnummer only in the Person-ID column, and as a number too", () => {
    const result = auditBuild({ hires: [{ "Person-ID": Number(ten), Anställningsavtal: ten }] });
    expect(placesOf(result, "PERSONNUMMER_FOUND")).toEqual(["Anställningar!B2"]);
  });

  it("an ordinary pseudonym is compared as before: trimmed, case-sensitive", () => {
    const result = auditBuild({ hires: [{ "Person-ID": "p-1" }, { "Anställnings-ID": "A-2", "Person-ID": " P-1 ", Startdatum: "2019-01-10" }, { "Anställnings-ID": "A-3", "Person-ID": "P-1", Startdatum: "2019-02-10" }] });
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual(["Anställningar!B4"]);
  });
});

describe("spec 10.26: unambiguous date forms", () => {
  it.each(["2018-3-1", "2018-03-1", "1 mars 2018", "1 Mar 2018", "1 March 2018", "1 mar. 2018"])("%p is 2018-03-01", (text) => {
    const result = auditBuild({ hires: [{ Startdatum: text }] });
    expect(codesOf(result)).toEqual([]);
    expect(result.total.jobs).toBe(1);
  });

  it.each([["15 okt 2018", "Oktober"], ["31 maj 2018", "May"], ["2 februari 2019", "Feb"]])("%p reads as a date (%s)", (text) => {
    expect(codesOf(auditBuild({ hires: [{ Startdatum: text }] }))).not.toContain("DATE_INVALID");
  });

  it("D/M/YYYY stays DATE_INVALID and the message names both readings", () => {
    const result = auditBuild({ hires: [{ Startdatum: "03/04/2018" }] });
    expect(placesOf(result, "DATE_INVALID")).toEqual(["Anställningar!D2"]);
    const { sv, en } = messagesOf(result, "DATE_INVALID");
    expect(sv).toContain("2018-04-03 eller 2018-03-04");
    expect(en).toContain("2018-04-03 or 2018-03-04");
  });

  it.each(["1 mars 18", "03/04/18", "31 februari 2018", "1 marsch 2018", "2018-13-01"])("%p is DATE_INVALID", (text) => {
    expect(placesOf(auditBuild({ hires: [{ Startdatum: text }] }), "DATE_INVALID")).toEqual(["Anställningar!D2"]);
  });
});

describe("spec 10.27: names that nearly match, and did you mean", () => {
  it("a sheet named Anstallningar is read, with NAME_NEAR_MATCH, and its jobs count", () => {
    const grid = hiresSheet([{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10" }]);
    const result = withHires({ ...grid, name: "Anstallningar" });
    expect(placesOf(result, "NAME_NEAR_MATCH")).toEqual(["Anstallningar"]);
    expect(placesOf(result, "SHEET_MISSING")).toEqual([]);
    expect(result.total.jobs).toBe(2);
    expect(messagesOf(result, "NAME_NEAR_MATCH").sv).toContain('läses som "Anställningar"');
    expect(messagesOf(result, "NAME_NEAR_MATCH").en).toContain('read as "Anställningar"');
  });

  it("a header with a bracketed note is read as its name, with NAME_NEAR_MATCH on the header cell", () => {
    const header = HEADER.map((name) => (name === "Startdatum" ? "Startdatum (ÅÅÅÅ-MM-DD)" : name));
    const row = { ...JOB, "Startdatum (ÅÅÅÅ-MM-DD)": JOB.Startdatum };
    const result = withHires(sheet("Anställningar", header, [row]));
    expect(placesOf(result, "NAME_NEAR_MATCH")).toEqual(["Anställningar!D1"]);
    expect(placesOf(result, "COLUMN_MISSING")).toEqual([]);
    expect(result.total.jobs).toBe(1);
  });

  it("an exact match always wins over a near one, wherever it stands", () => {
    const header = [...HEADER.map((name) => (name === "Startdatum" ? "Startdatum (gammal)" : name)), "Startdatum"];
    const row = { ...JOB, "Startdatum (gammal)": "2010-01-01", Startdatum: "2018-03-01" };
    const result = withHires(sheet("Anställningar", header, [row]));
    expect(placesOf(result, "NAME_NEAR_MATCH")).toEqual([]);
    expect(placesOf(result, "COLUMN_UNKNOWN")).toEqual(["Anställningar!D1"]);
    expect(result.total.jobs).toBe(1);
    // And for sheets: an exact Anställningar beside an Anstallningar is the one read.
    const grids = [...workbook(), { ...hiresSheet([{ "Startdatum": "not a date" }]), name: "Anstallningar" }];
    expect(codesOf(auditGrids(grids))).toEqual([]);
  });

  it("SHEET_MISSING and COLUMN_MISSING say did you mean, within an edit distance of 3", () => {
    const missingSheet = withHires({ ...hiresSheet([{}]), name: "Anställnignar" });
    expect(messagesOf(missingSheet, "SHEET_MISSING").sv).toContain('Menade du "Anställnignar"?');
    expect(messagesOf(missingSheet, "SHEET_MISSING").en).toContain('Did you mean "Anställnignar"?');
    const header = HEADER.map((name) => (name === "Startdatum" ? "Stratdatum" : name));
    const missingColumn = withHires(sheet("Anställningar", header, [JOB]));
    expect(messagesOf(missingColumn, "COLUMN_MISSING").en).toContain('Did you mean "Stratdatum"?');
    // Nothing close: no suggestion.
    const far = withHires({ ...hiresSheet([{}]), name: "Personal" });
    expect(messagesOf(far, "SHEET_MISSING").sv).not.toContain("Menade du");
  });
});

describe("spec 10.28: a company row with errors is still a known company", () => {
  it("jobs at a company with `12 st` employees are not COMPANY_UNKNOWN, count and earn their hire fee", () => {
    const result = auditBuild({ companies: [{ "Antal anställda": "12 st" }] });
    expect(placesOf(result, "NUMBER_INVALID")).toEqual(["Företag!C2"]);
    expect(codesOf(result)).toEqual(["NUMBER_INVALID"]);
    expect(result.total.jobs).toBe(2);
    expect(result.total.hiresPaid).toBe(2);
    // The company itself earns no company fee while its size is invalid.
    expect(result.total.companiesPaid).toBe(0);
  });

  it("a job at an Org.nr listed nowhere is still COMPANY_UNKNOWN", () => {
    const result = auditBuild({ hires: [{ "Org.nr": ORG_B }] });
    expect(placesOf(result, "COMPANY_UNKNOWN")).toEqual(["Anställningar!C2"]);
    expect(result.total.hiresPaid).toBe(0);
    expect(ORG_A).not.toBe(ORG_B);
  });
});

describe("spec 10.29: an unusable optional sheet gives unknown, an absent one 0", () => {
  const commitment: [string, number][] = [["probono_min_sek_per_year", 1000], ["investment_commitment_sek", 1000]];

  it("a Pro bono sheet without its Värde column: pro bono unknown, no commitment warning", () => {
    const unusable = sheet("Pro bono", ["Datum", "Partner", "Belopp (tkr)"], [{ Datum: "2018-05-01", "Belopp (tkr)": 300 }]);
    const investments = sheet("Investeringar", ["Datum", "Summa"], [{ Datum: "2018-05-01", Summa: 300 }]);
    const result = auditBuild({ agreement: commitment, extra: [unusable, investments] });
    expect(codesOf(result)).toEqual(["COLUMN_MISSING"]);
    expect(result.total.proBono).toBeNull();
    expect(result.years[0]!.proBono).toBeNull();
    expect(result.total.investments).toBeNull();
  });

  it("an absent Pro bono sheet still counts as 0 with its warnings", () => {
    const result = auditBuild({ agreement: commitment });
    expect(codesOf(result)).toEqual(["INVESTMENT_BELOW_COMMITMENT", "PROBONO_BELOW_COMMITMENT"]);
    expect(result.total.proBono!.shownKronor()).toBe(0);
  });

  it("a usable sheet is summed as before", () => {
    const result = auditBuild({ agreement: [["probono_min_sek_per_year", 1000]], extra: [proBonoSheet([{ Datum: "2018-05-01", "Värde (kr)": 1000 }, { Datum: "2019-05-01", "Värde (kr)": 1000 }])] });
    expect(codesOf(result)).toEqual([]);
    expect(result.total.proBono!.shownKronor()).toBe(2000);
  });
});
