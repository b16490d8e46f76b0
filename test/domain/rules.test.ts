import { FINDING_CODES } from "../../src/domain/finding-codes";
import { codesOf, messagesOf, paramsOf, placesOf } from "../helpers/findings";
import {
  agreementSheet,
  auditBuild,
  auditGrids,
  claimsSheet,
  costsSheet,
  investmentsSheet,
  JOB,
  ORG_A,
  ORG_B,
  ORG_C,
  proBonoSheet,
  sheet,
  hiresSheet,
  workbook,
} from "../helpers/workbook-builder";
import { HIRES_SHEET } from "../../src/workbook/sheet-contract";

// Rows: the header is row 1, so the baseline's jobs sit on rows 2 and 3 of Anställningar.
describe("the clean baseline workbook", () => {
  it("has no findings at all, and both jobs count", () => {
    const result = auditBuild();
    expect(result.findings).toEqual([]);
    expect(result.total.jobs).toBe(2);
  });
});

describe("every finding code", () => {
  it("is the spec's list of 36 codes and the ones 1.2, the reader and the comparison add", () => {
    expect(FINDING_CODES).toHaveLength(44);
  });
});

describe("sheets and columns (spec section 3, 10.6)", () => {
  it("SHEET_MISSING: a required sheet is absent", () => {
    expect(placesOf(auditBuild({ without: ["Företag"] }), "SHEET_MISSING")).toEqual([""]);
    expect(placesOf(auditBuild({ without: ["Avtal"] }), "SHEET_MISSING")).toEqual([]);
  });

  it("COLUMN_MISSING: the sheet is not used, and only COLUMN_MISSING is reported", () => {
    const header = HIRES_SHEET.columns.map((column) => column.sv).filter((name) => name !== "Kön");
    const grids = workbook();
    grids[1] = hiresSheet([{}], [...header, "Anteckning"]);
    const broken = auditGridsOf(grids);
    expect(placesOf(broken, "COLUMN_MISSING")).toEqual(["Anställningar!A1"]);
    expect(placesOf(broken, "COLUMN_UNKNOWN")).toEqual([]);
    expect(broken.total.jobs).toBe(0);
  });

  it("COLUMN_UNKNOWN: a header no rule reads, and a second copy of a known one", () => {
    const header = [...HIRES_SHEET.columns.map((column) => column.sv), "Anteckning", "Kön"];
    const grids = workbook();
    grids[1] = hiresSheet([{ Anteckning: "x" }], header);
    expect(placesOf(auditGridsOf(grids), "COLUMN_UNKNOWN")).toEqual(["Anställningar!O1", "Anställningar!P1"]);
  });

  it("reads English sheet names and headers, case, dots and hyphens ignored", () => {
    const header = HIRES_SHEET.columns.map((column) => column.en.toUpperCase().replace(/ /g, "-"));
    const row = Object.fromEntries(HIRES_SHEET.columns.map((column, index) => [header[index]!, JOB[column.sv] ?? null]));
    const grids = workbook({ without: ["Anställningar"] });
    grids.push(sheet("HIRES", header, [row]));
    const result = auditGridsOf(grids);
    expect(result.findings).toEqual([]);
    expect(result.total.jobs).toBe(1);
  });

  it("reads the Swedish sheet when both the Swedish and the English one exist", () => {
    const grids = workbook();
    grids.push({ ...hiresSheet([{ "Anställnings-ID": "E-1" }]), name: "Hires" });
    expect(auditGridsOf(grids).total.jobs).toBe(2);
  });
});

describe("the agreement (spec section 2, 10.2)", () => {
  it("AGREEMENT_INVALID: an invalid value sits on its Värde cell and the preset's value is used", () => {
    const result = auditBuild({ agreement: [["incentive_share", "150 %"]] });
    expect(placesOf(result, "AGREEMENT_INVALID")).toEqual(["Avtal!B7"]);
    expect(result.agreement.incentiveShare).toBe(0.25);
    expect(messagesOf(result, "AGREEMENT_INVALID").en).toContain("150 %");
  });

  it("AGREEMENT_INVALID: cross-checks and a missing start date", () => {
    expect(codesOf(auditBuild({ agreement: [["jobs_target_per_year", "1;2"]] }))).toEqual(["AGREEMENT_INVALID"]);
    expect(codesOf(auditBuild({ agreement: [["exit_checkpoints", "1;7"]] }))).toEqual(["AGREEMENT_INVALID"]);
    expect(codesOf(auditBuild({ agreement: [["company_min_employees", 60]] }))).toEqual(["AGREEMENT_INVALID"]);
    // An empty value keeps the preset's, and Helsingborg's has no start date.
    const grids = workbook();
    grids[0] = agreementSheet([["start_date", null], ["report_date", "2019-12-31"]]);
    const noStart = auditGrids(grids, { preset: "helsingborg" });
    expect(placesOf(noStart, "AGREEMENT_INVALID")).toEqual(["Avtal"]);
    // Without agreement years no job is judged: none is outside a period that is not there (spec 10.2).
    expect(codesOf(noStart)).toEqual(["AGREEMENT_INVALID"]);
    expect(messagesOf(noStart, "AGREEMENT_INVALID").sv).toContain("startdatum");
    expect(noStart.years).toEqual([]);
    expect(noStart.exitClause).toEqual([]);
  });

  it("accepts percent forms for shares, Swedish numbers and the last of a repeated key", () => {
    const result = auditBuild({ agreement: [["incentive_share", "20 %"], ["annual_grant_sek", "4 000 000 kr"], ["min_employment_rate", "0,4"], ["incentive_share", 0.3]] });
    expect(result.findings).toEqual([]);
    expect(result.agreement.incentiveShare).toBe(0.3);
    expect(result.agreement.annualGrantSek).toBe(4_000_000);
    expect(result.agreement.minEmploymentRate).toBe(0.4);
  });

  it("AGREEMENT_KEY_UNKNOWN sits on the key cell", () => {
    expect(placesOf(auditBuild({ agreement: [["bonus", 1]] }), "AGREEMENT_KEY_UNKNOWN")).toEqual(["Avtal!A7"]);
  });
});

describe("cells (spec section 3)", () => {
  const jobWith = (change: Record<string, unknown>) => auditBuild({ hires: [change as never] });

  it("VALUE_REQUIRED: a required cell is empty, and the row counts nowhere", () => {
    const result = jobWith({ Kön: null });
    expect(placesOf(result, "VALUE_REQUIRED")).toEqual(["Anställningar!G2"]);
    expect(result.total.jobs).toBe(0);
    expect(codesOf(jobWith({ Slutdatum: null }))).toEqual([]);
  });

  it("DATE_INVALID: ambiguous text, the phantom 1900-02-29 and digit text are not dates", () => {
    expect(placesOf(jobWith({ Startdatum: "03/04/2018" }), "DATE_INVALID")).toEqual(["Anställningar!D2"]);
    expect(placesOf(jobWith({ Startdatum: 60 }), "DATE_INVALID")).toEqual(["Anställningar!D2"]);
    expect(placesOf(jobWith({ Startdatum: "43160" }), "DATE_INVALID")).toEqual(["Anställningar!D2"]);
    // Serial 43160 is 2018-03-01; YYYYMMDD text and date cells are dates.
    for (const start of [43160, 43160.75, "20180301", new Date(Date.UTC(2018, 2, 1))]) {
      expect(codesOf(jobWith({ Startdatum: start }))).toEqual([]);
    }
  });

  it("NUMBER_INVALID: text that is no number, a negative count", () => {
    expect(placesOf(jobWith({ "Månader utan arbete": "tre" }), "NUMBER_INVALID")).toEqual(["Anställningar!J2"]);
    expect(placesOf(jobWith({ "Månader utan arbete": -3 }), "NUMBER_INVALID")).toEqual(["Anställningar!J2"]);
    expect(codesOf(jobWith({ "Månader utan arbete": "14" }))).toEqual([]);
  });

  it("RATE_OUT_OF_RANGE: zero, negative, or above 100 %", () => {
    for (const rate of [0, -0.5, 120, "101 %"]) expect(placesOf(jobWith({ Sysselsättningsgrad: rate }), "RATE_OUT_OF_RANGE")).toEqual(["Anställningar!F2"]);
    for (const rate of [1, 100, "100%", "100 %", "0,75", 0.5, 50]) expect(codesOf(jobWith({ Sysselsättningsgrad: rate }))).toEqual([]);
  });

  it("CHOICE_INVALID: a gender or yes/no value not recognised", () => {
    expect(placesOf(jobWith({ Kön: "Q" }), "CHOICE_INVALID")).toEqual(["Anställningar!G2"]);
    expect(placesOf(jobWith({ "Född utanför Europa": "kanske" }), "CHOICE_INVALID")).toEqual(["Anställningar!I2"]);
    for (const gender of ["k", "Kvinna", "F", "woman", "man", "Male", "x", "Okänt"]) expect(codesOf(jobWith({ Kön: gender }))).toEqual([]);
    for (const answer of ["Ja", "j", "YES", "y", true, 1, "x", "nej", "N", "no", false, 0, "FALSE"]) expect(codesOf(jobWith({ Lönestöd: answer }))).toEqual([]);
  });

  it("CELL_ERROR: an Excel error value in a cell the audit reads, never in one it does not", () => {
    expect(placesOf(jobWith({ "Org.nr": { error: "#REF!" } }), "CELL_ERROR")).toEqual(["Anställningar!C2"]);
    const header = [...HIRES_SHEET.columns.map((column) => column.sv), "Anteckning"];
    const grids = workbook();
    grids[1] = hiresSheet([{ Anteckning: { error: "#N/A" } }], header);
    expect(placesOf(auditGridsOf(grids), "CELL_ERROR")).toEqual([]);
  });

  it("ORGNR_INVALID: format, third digit, check digit; the 16 prefix and a number cell are fine", () => {
    expect(placesOf(jobWith({ "Org.nr": "556036-0794" }), "ORGNR_INVALID")).toEqual(["Anställningar!C2"]);
    expect(placesOf(jobWith({ "Org.nr": "551036-0793" }), "ORGNR_INVALID")).toEqual(["Anställningar!C2"]);
    expect(placesOf(jobWith({ "Org.nr": "55603-0793" }), "ORGNR_INVALID")).toEqual(["Anställningar!C2"]);
    const digits = String(JOB["Org.nr"]).replace("-", "");
    for (const form of [digits, Number(digits), `16${digits}`]) expect(codesOf(jobWith({ "Org.nr": form }))).toEqual([]);
  });

  it("reads a municipality by name, by code and as 127 for 0127", () => {
    for (const home of ["botkyrka", "Botkyrka kommun", 127, "127", "0127"]) {
      expect(auditBuild({ hires: [{ Hemkommun: home }] }).total.residentJobs).toBe(1);
    }
    expect(auditBuild({ hires: [{ Hemkommun: "Huddinge" }] }).total.residentJobs).toBe(0);
  });
});

describe("job rules (spec section 4, 10.7-10.11)", () => {
  it("HIRE_ID_DUPLICATE: on each later row, which then counts nowhere", () => {
    const result = auditBuild({ hires: [{}, { "Person-ID": "P-2" }, { "Person-ID": "P-3" }] });
    expect(placesOf(result, "HIRE_ID_DUPLICATE")).toEqual(["Anställningar!A3", "Anställningar!A4"]);
    expect(result.total.jobs).toBe(1);
  });

  it("PERSON_DOUBLE_COUNTED: the earliest start counts, whatever the row order", () => {
    const result = auditBuild({ hires: [{ "Anställnings-ID": "A-1", Startdatum: "2019-02-01" }, { "Anställnings-ID": "A-2", Startdatum: "2018-05-01" }] });
    expect(placesOf(result, "PERSON_DOUBLE_COUNTED")).toEqual(["Anställningar!B2"]);
    expect(result.total.jobs).toBe(1);
    expect(result.years[0]!.jobs).toBe(1);
  });

  it("END_BEFORE_START on the end date", () => {
    expect(placesOf(auditBuild({ hires: [{ Slutdatum: "2018-02-01" }] }), "END_BEFORE_START")).toEqual(["Anställningar!E2"]);
  });

  it("FUTURE_DATE: a start after the report date; an end date may lie ahead", () => {
    const future = auditBuild({ hires: [{ Startdatum: "2020-01-01" }] });
    expect(placesOf(future, "FUTURE_DATE")).toEqual(["Anställningar!D2"]);
    expect(paramsOf(future, "FUTURE_DATE")).toEqual({ column: "Startdatum", found: "2020-01-01", reportDate: "2019-12-31" });
    expect(codesOf(auditBuild({ hires: [{ Slutdatum: "2021-01-01" }] }))).toEqual([]);
  });

  it("OUTSIDE_PERIOD: not counted, although a warning", () => {
    const result = auditBuild({ hires: [{ Startdatum: "2017-12-31" }] });
    expect(placesOf(result, "OUTSIDE_PERIOD")).toEqual(["Anställningar!D2"]);
    expect(result.total.jobs).toBe(0);
  });

  it("RATE_BELOW_MINIMUM: under the minimum rate, and only that one finding (spec 10.8)", () => {
    const result = auditBuild({ hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Sysselsättningsgrad: 0.4, Startdatum: "2019-12-01" }] });
    expect(codesOf(result)).toEqual(["RATE_BELOW_MINIMUM"]);
    expect(placesOf(result, "RATE_BELOW_MINIMUM")).toEqual(["Anställningar!F3"]);
    expect(result.findings[0]!.params).toEqual({ found: 0.4, expected: 0.5 });
    expect(codesOf(auditBuild({ hires: [{ Sysselsättningsgrad: 0.5 }] }))).toEqual([]);
  });

  it("DURATION_TOO_SHORT and the clamped mark: 2018-11-30 + 3 months marks 2019-02-27", () => {
    const gaming = auditBuild({ hires: [{ Startdatum: "2018-11-30", Slutdatum: "2019-02-27" }] });
    expect(codesOf(gaming)).toEqual(["THRESHOLD_GAMING"]);
    expect(gaming.findings[0]!.params).toEqual({ found: "2019-02-27", mark: "2019-02-27" });
    const short = auditBuild({ hires: [{ Startdatum: "2018-11-30", Slutdatum: "2019-02-26" }] });
    expect(placesOf(short, "DURATION_TOO_SHORT")).toEqual(["Anställningar!E2"]);
    expect(paramsOf(short, "DURATION_TOO_SHORT")).toEqual({ start: "2018-11-30", found: "2019-02-26", mark: "2019-02-27", months: 3 });
    expect(short.total.jobs).toBe(0);
  });

  it("PENDING_DURATION: not yet 3 months by the report date; a future end date never counts", () => {
    for (const end of [null, "2020-06-30"]) {
      const result = auditBuild({ hires: [{ Startdatum: "2019-11-01", Slutdatum: end }] });
      expect(placesOf(result, "PENDING_DURATION")).toEqual(["Anställningar!D2"]);
      expect(paramsOf(result, "PENDING_DURATION")).toEqual({ start: "2019-11-01", found: end ?? "", mark: "2020-01-31", months: 3 });
      expect(result.years[1]!.pendingJobs).toBe(1);
      expect(result.total.jobs).toBe(0);
    }
  });

  it("CONTRACT_MISSING: counted but not paid", () => {
    const result = auditBuild({ hires: [{ Anställningsavtal: null }] });
    expect(placesOf(result, "CONTRACT_MISSING")).toEqual(["Anställningar!L2"]);
    expect(result.total.jobs).toBe(1);
    expect(result.total.hiresPaid).toBe(0);
  });

  it("COMPANY_UNKNOWN: counted but earns no fee", () => {
    const result = auditBuild({ hires: [{ "Org.nr": ORG_B }] });
    expect(placesOf(result, "COMPANY_UNKNOWN")).toEqual(["Anställningar!C2"]);
    expect(paramsOf(result, "COMPANY_UNKNOWN")).toEqual({ found: ORG_B });
    expect(result.total.jobs).toBe(1);
    expect(result.total.hiresPaid).toBe(0);
  });

  it("HIRED_BEFORE_SUPPORT: a job that started before its company's support", () => {
    expect(placesOf(auditBuild({ hires: [{ Startdatum: "2018-01-10" }] }), "HIRED_BEFORE_SUPPORT")).toEqual(["Anställningar!D2"]);
  });

  it("THRESHOLD_GAMING: ended within 14 days after the mark, both days included", () => {
    // Start 2018-03-01: mark 2018-05-31.
    expect(codesOf(auditBuild({ hires: [{ Slutdatum: "2018-06-14" }] }))).toEqual(["THRESHOLD_GAMING"]);
    expect(codesOf(auditBuild({ hires: [{ Slutdatum: "2018-06-15" }] }))).toEqual([]);
  });

  it("PERSONNUMMER_FOUND: in any cell of any sheet, never repeated in full", () => {
    const result = auditBuild({ hires: [{ "Person-ID": "19850709-9805" }], extra: [{ name: "Anteckningar", rows: [["Ring 850709-9805 om detta"], [198507099805]] }] });
    expect(placesOf(result, "PERSONNUMMER_FOUND")).toEqual(["Anställningar!B2", "Anteckningar!A1", "Anteckningar!A2"]);
    for (const item of result.findings) {
      for (const language of ["sv", "en"] as const) expect(JSON.stringify(messagesOf(result, item.code)[language])).not.toMatch(/9805/);
    }
    expect(codesOf(auditBuild({ hires: [{ "Person-ID": "19850709-9806" }] }))).toEqual([]);
  });
});

describe("company rules", () => {
  it("COMPANY_DUPLICATE on each later row", () => {
    expect(placesOf(auditBuild({ companies: [{}, {}] }), "COMPANY_DUPLICATE")).toEqual(["Företag!A3"]);
  });

  it("COMPANY_SIZE_OUTSIDE_TARGET: no company fee outside 5..50", () => {
    const result = auditBuild({ companies: [{ "Antal anställda": 51 }] });
    expect(placesOf(result, "COMPANY_SIZE_OUTSIDE_TARGET")).toEqual(["Företag!C2"]);
    expect(result.total.companiesPaid).toBe(0);
    for (const size of [5, 50]) expect(codesOf(auditBuild({ companies: [{ "Antal anställda": size }] }))).toEqual([]);
  });

  it("FUTURE_DATE on a support start after the report date", () => {
    expect(placesOf(auditBuild({ companies: [{}, { "Org.nr": ORG_B, "Affärsutveckling från": "2020-02-01" }] }), "FUTURE_DATE")).toEqual(["Företag!E3"]);
  });
});

describe("money rules (spec section 5, 10.12)", () => {
  it("OVER_CAP: the first by start date then ID are paid, the rest are over the cap", () => {
    const result = auditBuild({
      agreement: [["hire_cap_per_year", 1], ["company_cap_per_year", 1]],
      hires: [{ "Anställnings-ID": "A-2", "Person-ID": "P-2" }, { "Anställnings-ID": "A-10", "Person-ID": "P-10" }],
      companies: [{}, { "Org.nr": ORG_C, "Affärsutveckling från": "2018-01-15" }],
    });
    // Same start: "A-10" sorts before "A-2" as plain strings, so A-2 (row 2) is over the cap.
    expect(placesOf(result, "OVER_CAP")).toEqual(["Anställningar!A2", "Företag!A3", "Företag!A3"]);
    expect(result.years[0]!.hiresPaid).toBe(1);
  });

  it("a cap or fee of 0 turns the fee off without OVER_CAP", () => {
    const result = auditBuild({ agreement: [["hire_cap_per_year", 0], ["company_fee_sek", 0]] });
    expect(codesOf(result)).toEqual([]);
    expect(result.total.payout.incentive.shownKronor()).toBe(0);
  });

  it("POOL_CAP_REACHED: the incentive is limited to grant × incentive_share", () => {
    const result = auditBuild({ agreement: [["annual_grant_sek", 40_000]] });
    expect(placesOf(result, "POOL_CAP_REACHED")).toEqual(["", ""]);
    expect(result.years[0]!.payout.incentive.shownKronor()).toBe(10_000);
    // Each year: one company fee and one hire fee of 10 000 kr against a pool of 40 000 × 25 %.
    expect(result.findings.filter((item) => item.code === "POOL_CAP_REACHED").map((item) => item.params)).toEqual([
      { year: 1, found: 20_000, expected: 10_000 },
      { year: 2, found: 20_000, expected: 10_000 },
    ]);
  });

  it("the paid items are the fees paid, each on its row: companies on Företag, hires on Anställningar (spec section 11)", () => {
    const items = auditBuild().paidItems.map((item) => ({ ...item, amount: item.amount.shownKronor() }));
    expect(items).toEqual([
      { kind: "company", sheet: "Företag", row: 1, id: ORG_A, year: 1, amount: 10_000 },
      { kind: "hire", sheet: "Anställningar", row: 1, id: "A-1", year: 1, amount: 10_000 },
      { kind: "company", sheet: "Företag", row: 1, id: ORG_A, year: 2, amount: 10_000 },
      { kind: "hire", sheet: "Anställningar", row: 2, id: "A-2", year: 2, amount: 10_000 },
    ]);
  });
});

describe("obligations (spec section 7, 10.14-10.15)", () => {
  it("CLAIM_MISMATCH on the claimed cell; empty claims are not compared", () => {
    const claims = claimsSheet([
      { Avtalsår: 1, "Antal jobb": 2, "varav kvinnor": 1 },
      { Avtalsår: 2, "Antal jobb": 1, "varav kvinnor": null, "Begärd resultatersättning (kr)": 20_000 },
    ]);
    const result = auditBuild({ extra: [claims] });
    expect(placesOf(result, "CLAIM_MISMATCH")).toEqual(["Redovisning!B2"]);
    expect(messagesOf(result, "CLAIM_MISMATCH").en).toContain("claimed 2, the audit computes 1");
  });

  it("NUMBER_INVALID for an agreement year outside 1..years", () => {
    expect(placesOf(auditBuild({ extra: [claimsSheet([{ Avtalsår: 6, "Antal jobb": 1 }])] }), "NUMBER_INVALID")).toEqual(["Redovisning!A2"]);
  });

  it("BUDGET_MISMATCH on the year's first Budget cell, COST_OVER_BUDGET on the actual", () => {
    const costs = costsSheet([
      { Avtalsår: 1, Kostnadsslag: "Lokaler", "Budget (kr)": 1_000_000, "Utfall (kr)": 1_200_000 },
      { Avtalsår: 1, Kostnadsslag: "Personal", "Budget (kr)": "3 000 000", "Utfall (kr)": 100 },
      { Avtalsår: 2, Kostnadsslag: "Allt", "Budget (kr)": 5_000_000, "Utfall (kr)": 5_000_000 },
    ]);
    const result = auditBuild({ extra: [costs] });
    expect(placesOf(result, "BUDGET_MISMATCH")).toEqual(["Kostnader!C2"]);
    expect(placesOf(result, "COST_OVER_BUDGET")).toEqual(["Kostnader!D2"]);
  });

  it("INVESTMENT_BELOW_COMMITMENT: against the commitment pro rata by days", () => {
    // Two of five years elapsed: 730 of 1826 days of a 1,826,000 commitment is 730,000.
    const below = auditBuild({ agreement: [["investment_commitment_sek", 1_826_000]], extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 729_999 }])] });
    expect(placesOf(below, "INVESTMENT_BELOW_COMMITMENT")).toEqual([""]);
    const met = auditBuild({ agreement: [["investment_commitment_sek", 1_826_000]], extra: [investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 730_000 }])] });
    expect(codesOf(met)).toEqual([]);
    expect(met.years[0]!.investments!.shownKronor()).toBe(730_000);
  });

  it("PROBONO_BELOW_COMMITMENT for each completed year below the minimum", () => {
    const result = auditBuild({ agreement: [["probono_min_sek_per_year", 1000]], extra: [proBonoSheet([{ Datum: "2018-05-01", "Värde (kr)": 1000 }])] });
    expect(placesOf(result, "PROBONO_BELOW_COMMITMENT")).toEqual([""]);
    expect(messagesOf(result, "PROBONO_BELOW_COMMITMENT").en).toContain("year 2");
  });
});

describe("the exit clause (spec section 7, 10.16)", () => {
  it("EXIT_CLAUSE_TRIGGERED: cumulative jobs below the share of the cumulative target", () => {
    const result = auditBuild({ agreement: [["jobs_target_total", 1000]] });
    expect(placesOf(result, "EXIT_CLAUSE_TRIGGERED")).toEqual([""]);
    expect(result.exitClause[0]).toMatchObject({ status: "triggered", jobsCumulative: 1, reasons: [{ code: "JOBS_BELOW_THRESHOLD", actual: 1, required: 100 }] });
  });

  it("EXIT_CLAUSE_TRIGGERED: residents' share below the threshold", () => {
    const result = auditBuild({ hires: [{ Hemkommun: "Huddinge" }] });
    expect(result.exitClause[0]).toMatchObject({ status: "triggered", residentShare: 0, reasons: [{ code: "RESIDENT_SHARE_BELOW_THRESHOLD" }] });
  });

  it("EXIT_CLAUSE_AT_RISK: a linear projection below the threshold before the checkpoint", () => {
    // Checkpoint 3 (2020-12-31): 2 jobs over 730 days project to 2 × 1096 / 730 = 3.0027 jobs.
    const result = auditBuild({ agreement: [["jobs_target_total", 15]] });
    expect(placesOf(result, "EXIT_CLAUSE_AT_RISK")).toEqual([""]);
    expect(result.exitClause[1]!.status).toBe("at-risk");
    expect(result.exitClause[1]!.reasons[0]!.actual).toBeCloseTo(3.0027, 4);
    expect(result.exitClause[1]!.reasons[0]!.required).toBe(4.5);
    expect(auditBuild().exitClause.map((checkpoint) => checkpoint.status)).toEqual(["met", "on-track"]);
  });
});

function auditGridsOf(grids: Parameters<typeof auditGrids>[0]) {
  return auditGrids(grids);
}
