import { finding, type FindingParams, NOWHERE } from "../../src/domain/finding";
import { FINDING_CODES, type FindingCode } from "../../src/domain/finding-codes";
import { exitReasonText, messageOf, sampleConclusionText, shown } from "../../src/domain/messages";
import { formatKronor, formatNumber, formatShare, formatTarget } from "../../src/domain/number-format";
import { auditBuild } from "../helpers/workbook-builder";

// Every message as users read it, in both languages (spec section 8). The texts are the
// snapshot beside this file: a change of wording shows up in review as a diff of sentences, and
// is accepted on purpose with `npx jest -c jest.unit.config.js test/domain/messages.test.ts -u`.

/** A value for every parameter any message names. */
const ALL: FindingParams = {
  sheetName: "Företag", alias: "Companies", svName: "Org.nr", column: "Startdatum", found: "x1", key: "incentive_share",
  fallback: 0.25, problem: "share", firstRow: 3, start: "2018-02-01", end: "2018-01-01", reportDate: "2019-12-31",
  from: "2018-01-01", to: "2022-12-31", expected: 0.5, mark: "2018-04-30", months: 3, min: 5, max: 50, kind: "company",
  cap: 60, year: 2, date: "2018-12-31", category: "Lokaler", expectedDigit: 3,
  // Names, the file itself, the sample (spec 11) and the comparison (spec 12).
  readAs: "Startdatum", first: "1", later: "2", row: 7, foundSek: 10_000, expectedSek: 15_000, seed: 42, n: 60, checked: 60,
  deviations: 1, unchecked: 0, upper: 0.0791, confidence: 0.95, tolerable: 0.05, upperSek: 510_163, projectedSek: 151_230,
  populationSek: 6_452_500, conclusion: "not-supported", field: "Startdatum", old: "2019-10-17", new: "2018-12-14", id: "A-1",
  change: "changed", previousReportDate: "2022-06-30",
};

/** Codes whose `found` is a figure, not a cell's text. */
const FIGURES: Partial<Record<FindingCode, number>> = {
  RATE_BELOW_MINIMUM: 0.4, POOL_CAP_REACHED: 1_250_000, CLAIM_MISMATCH: 12, BUDGET_MISMATCH: 4_999_999.5,
  COST_OVER_BUDGET: 1_200_000, INVESTMENT_BELOW_COMMITMENT: 729_999, PROBONO_BELOW_COMMITMENT: 1000,
};

const both = (code: FindingCode, params: FindingParams) => {
  const item = finding(code, { sheet: "" }, params);
  return { sv: messageOf(item, "sv"), en: messageOf(item, "en") };
};

describe("messages (spec section 8)", () => {
  it("every code in both languages, naming the values it was given", () => {
    const texts = Object.fromEntries(FINDING_CODES.map((code) => [code, both(code, { ...ALL, found: FIGURES[code] ?? ALL.found })]));
    for (const { sv, en } of Object.values(texts)) {
      expect(sv).not.toBe(en);
      expect(`${sv} ${en}`).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(texts).toMatchSnapshot();
  });

  it("what each kind of value is expected to look like, and an unknown kind named as it is", () => {
    const problems = [
      "required", "date", "share", "factor", "amount", "whole", "positiveWhole", "text", "bool", "code", "list", "number", "nonNegative",
      "yearRange", "targetsLength", "checkpointRange", "sizeBand", "noStartDate", "gender", "yesNo", "format", "thirdDigit", "checkDigit", "somethingElse",
      // The Stickprov sheet's parameters (spec 11).
      "method", "seed", "openShare", "years",
    ];
    const texts = Object.fromEntries(problems.map((problem) => [problem, both("NUMBER_INVALID", { found: "x", problem })]));
    expect(texts).toMatchSnapshot();
    expect(both("NUMBER_INVALID", { found: "x" }).en).toBe('"x" is invalid; expected .');
  });

  it("a missing agreement value without a preset value; a range after the expected form", () => {
    expect(both("AGREEMENT_INVALID", { key: "start_date", problem: "noStartDate" })).toEqual({
      sv: 'Avtalsparametern "start_date": saknas; väntat ett startdatum (start_date) i bladet Avtal.',
      en: 'Agreement parameter "start_date": missing; expected a start date (start_date) in the Avtal sheet.',
    });
    expect(both("AGREEMENT_INVALID", { key: "years", found: 0, problem: "positiveWhole", max: 100, fallback: 5 }).en).toBe(
      'Agreement parameter "years": the value "0" is invalid; expected a whole number ≥ 1 (1–100). The preset\'s value "5" is used.',
    );
  });

  it("a check digit it expected only for a wrong check digit; a job or a company over the cap", () => {
    expect(both("ORGNR_INVALID", { found: "556036-0794", problem: "checkDigit", expectedDigit: 3 })).toEqual({
      sv: 'organisationsnumret "556036-0794" är ogiltigt; väntat en korrekt kontrollsiffra (3).',
      en: 'the organisation number "556036-0794" is invalid; expected a correct check digit (3).',
    });
    expect(both("ORGNR_INVALID", { found: "55", problem: "format", expectedDigit: 3 }).en).toBe('the organisation number "55" is invalid; expected NNNNNN-NNNN (10 digits).');
    expect(both("OVER_CAP", { kind: "hire", found: "A-2", cap: 1, year: 1 })).toEqual({
      sv: 'Jobbet "A-2" ligger över årstaket 1 för avtalsår 1; ingen ersättning.',
      en: 'Job "A-2" is over the yearly cap of 1 for agreement year 1; not paid.',
    });
  });

  it("the exit clause lists each reason it was given, in a fixed order", () => {
    const all = { year: 3, date: "2020-12-31", CLAIMS_DO_NOT_MATCH_actual: 2, CLAIMS_DO_NOT_MATCH_required: 0, JOBS_BELOW_THRESHOLD_actual: 1.5, JOBS_BELOW_THRESHOLD_required: 300, RESIDENT_SHARE_BELOW_THRESHOLD_actual: 0.25, RESIDENT_SHARE_BELOW_THRESHOLD_required: 0.5 };
    expect(both("EXIT_CLAUSE_TRIGGERED", all).en).toBe(
      "The exit clause after agreement year 3 (2020-12-31) may be used: 2 jobs, expected at least 300; residents' share 25.0%, expected at least 50.0%; the claims do not match for 2 agreement year(s).",
    );
    expect(both("EXIT_CLAUSE_AT_RISK", { year: 1, date: "2018-12-31", CLAIMS_DO_NOT_MATCH_actual: 1, CLAIMS_DO_NOT_MATCH_required: 0 }).sv).toBe(
      "Kontrollpunkten efter avtalsår 1 (2018-12-31) är i riskzonen enligt prognosen: redovisningen stämmer inte för 1 avtalsår.",
    );
  });

  it("names an exit reason for tables, and an unknown code as it is", () => {
    expect(exitReasonText("JOBS_BELOW_THRESHOLD", 1, 2, "sv")).toBe("1 jobb, väntat minst 2");
    expect(exitReasonText("RESIDENT_SHARE_BELOW_THRESHOLD", 0.4, 0.5, "en")).toBe("residents' share 40.0%, expected at least 50.0%");
    expect(exitReasonText("RESIDENT_SHARE_BELOW_THRESHOLD", 0.4, 0.5, "sv")).toBe("boendes andel 40,0 %, väntat minst 50,0 %");
    expect(exitReasonText("SOMETHING", 1, 2, "en")).toBe("SOMETHING");
  });

  it("shows jobs short of a threshold whole, unless rounding would hide that they fall short (spec 7)", () => {
    // 99.4 rounds to 99, short of 100 on its own: whole. 99.96 rounds to 100: its fraction is the point.
    expect(exitReasonText("JOBS_BELOW_THRESHOLD", 99.4, 100, "sv")).toBe("99 jobb, väntat minst 100");
    expect(exitReasonText("JOBS_BELOW_THRESHOLD", 99.6, 100, "en")).toBe("99.6 jobs, expected at least 100");
    expect(exitReasonText("JOBS_BELOW_THRESHOLD", 99.65, 100, "en")).toBe("99.7 jobs, expected at least 100");
    expect(exitReasonText("JOBS_BELOW_THRESHOLD", 99.96, 100, "en")).toBe("99.96 jobs, expected at least 100");
  });

  it("never repeats a personnummer, and says nothing of a column it was not given", () => {
    const { sv, en } = both("CELL_ERROR", { found: "850709-9805" });
    expect(sv).toBe('cellen innehåller Excel-felet "850709-****"; väntat ett värde.');
    expect(en).toBe('the cell holds the Excel error "850709-****"; expected a value.');
    expect(both("CELL_ERROR", { found: undefined }).en).toBe('the cell holds the Excel error ""; expected a value.');
  });
});

describe("the variants of a message (spec sections 8, 11, 12, 10.26, 10.27)", () => {
  // Each branch of a message that the one-value-per-code snapshot above cannot reach: every
  // problem of a Stickprov sheet, every conclusion of a sample, each kind of compared value,
  // ambiguous dates and "did you mean". Reviewed sentences, in the snapshot beside this file.
  const item = { found: "A-7", sheetName: "Anställningar", row: 12, year: 2, seed: 42, firstRow: 9, foundSek: 10_000, expectedSek: 15_000 };

  it("every problem of a Stickprov sheet, and a problem it does not know (spec 11)", () => {
    const problems = [
      ["cell", { column: "Avvikelse", found: "kanske", expected: "bool" }], ["required", { column: "Avvikelse" }], ["required", {}],
      ["parameter", { key: "seed", found: "x", expected: "whole" }], ["parameter", { key: "seed", expected: "whole" }],
      ["noTable", {}], ["columnMissing", { column: "Avvikelse", alias: "Deviation" }],
      ["populationChanged", { found: 100, foundSek: 1_000_000, expected: 101, expectedSek: 1_015_000 }],
      ["noMatch", item], ["notDrawn", item], ["missing", item], ["duplicate", item], ["amountChanged", item], ["aboveAmount", item],
      ["noEvidenceNoDeviation", item], ["misstatedWithoutDeviation", item], ["rowCount", { found: 59, expected: 60 }], ["somethingElse", { found: "?" }],
    ] as const;
    const texts = problems.map(([problem, params]) => [problem, both("SAMPLE_INVALID", { ...params, problem })]);
    for (const [, { sv, en }] of texts as [string, { sv: string; en: string }][]) expect(`${sv} ${en}`).not.toMatch(/undefined|NaN|\[object/);
    expect(texts).toMatchSnapshot();
  });

  it("every conclusion of a sample, with and without its limits (spec 11)", () => {
    const base = { n: 60, checked: 60, deviations: 0 };
    const limits = { upper: 0.0499, confidence: 0.95, tolerable: 0.05 };
    const money = { upperSek: 510_163, projectedSek: 151_230, populationSek: 6_452_500 };
    const cases = {
      supportedBare: { ...base, conclusion: "supported" },
      supportedAll: { ...base, ...limits, ...money, deviations: 1, conclusion: "supported" },
      notSupported: { ...base, ...limits, ...money, deviations: 2, conclusion: "not-supported" },
      notSupportedNoProjection: { ...base, ...limits, upperSek: 510_163, populationSek: 6_452_500, deviations: 2, conclusion: "not-supported" },
      incompleteUnchecked: { ...base, checked: 52, unchecked: 8, conclusion: "incomplete" },
      incompleteUnverified: { ...base, conclusion: "incomplete", why: "unverified" },
    };
    const texts = Object.fromEntries(Object.entries(cases).map(([name, params]) => [name, both("SAMPLE_CONCLUSION", params)]));
    expect(texts).toMatchSnapshot();
    expect(sampleConclusionText(finding("SAMPLE_CONCLUSION", NOWHERE, cases.supportedBare), "en")).toBe(texts.supportedBare!.en);
  });

  it("a compared value by its kind: empty, yes/no, a rate, a number, a text written as it is (spec 12)", () => {
    const change = (old: string | number | undefined, value: string | number | undefined, kind: string) =>
      both("RETROACTIVE_CHANGE", { change: "changed", column: "Startdatum", old, new: value, kind, key: "A-1", keyColumn: "Anställnings-ID", year: 1, previousReportDate: "2018-12-31" });
    expect(change("", "true", "bool")).toMatchSnapshot();
    expect(change("false", undefined, "bool")).toMatchSnapshot();
    expect(change(0.5, "0.75", "rate")).toMatchSnapshot();
    expect(change(1234.5, "x", "number")).toMatchSnapshot();
    expect(change("2019-10-17", "2018-12-14", "date")).toMatchSnapshot();
    expect(both("RETROACTIVE_CHANGE", { change: "added", key: "P-1;2018-01-01", year: 1, previousReportDate: "2018-12-31" })).toMatchSnapshot();
    // Digits in a text column (an ID, a postcode) are written as they are, not as a number.
    expect([shown("14730", "text", "sv"), shown("14730", "number", "sv")]).toEqual(['"14730"', formatNumber(14_730, "sv")]);
  });

  it("an ambiguous date names its one or two readings; a missing name its closest names (spec 10.26, 10.27)", () => {
    expect(both("DATE_INVALID", { column: "Startdatum", found: "03/04/2019", readings: "2019-04-03;2019-03-04" })).toMatchSnapshot();
    expect(both("DATE_INVALID", { column: "Startdatum", found: "13/04/2019", readings: "2019-04-13" })).toMatchSnapshot();
    expect(both("SHEET_MISSING", { sheetName: "Anställningar", alias: "Hires", suggestions: "Anstallningar\nAnställning" })).toMatchSnapshot();
    expect(both("COLUMN_MISSING", { column: "Startdatum", alias: "Start date", suggestions: "Start datum" })).toMatchSnapshot();
  });

  it("a name read as its near match names a sheet as a sheet and a column as a column (spec 10.27)", () => {
    expect(both("NAME_NEAR_MATCH", { kind: "sheet", found: "Anstallningar", readAs: "Anställningar" })).toEqual({
      sv: 'Bladet "Anstallningar" matchar inget namn exakt och läses som "Anställningar"; väntat exakt "Anställningar".',
      en: 'The sheet "Anstallningar" matches no name exactly and is read as "Anställningar"; expected exactly "Anställningar".',
    });
    expect(both("NAME_NEAR_MATCH", { kind: "column", found: "Start datum", readAs: "Startdatum" })).toEqual({
      sv: 'Kolumnen "Start datum" matchar inget namn exakt och läses som "Startdatum"; väntat exakt "Startdatum".',
      en: 'The column "Start datum" matches no name exactly and is read as "Startdatum"; expected exactly "Startdatum".',
    });
  });
});

describe("the exit clause's finding carries its figures (spec section 7)", () => {
  it("each reason's actual and required figure, under the reason's name", () => {
    const result = auditBuild({ hires: [{ Hemkommun: "Huddinge" }], agreement: [["jobs_target_total", 1000]] });
    const triggered = result.findings.find((item) => item.code === "EXIT_CLAUSE_TRIGGERED")!;
    expect(triggered.params).toEqual({
      year: 1, date: "2018-12-31",
      JOBS_BELOW_THRESHOLD_actual: 1, JOBS_BELOW_THRESHOLD_required: 100,
      RESIDENT_SHARE_BELOW_THRESHOLD_actual: 0, RESIDENT_SHARE_BELOW_THRESHOLD_required: 0.5,
    });
    expect(messageOf(triggered, "en")).toBe("The exit clause after agreement year 1 (2018-12-31) may be used: 1 jobs, expected at least 100; residents' share 0.0%, expected at least 50.0%.");
  });
});

describe("numbers in the reader's language", () => {
  it("groups thousands, keeps the sign and up to two decimals", () => {
    expect(formatNumber(1_250_000, "sv")).toBe("1\u00a0250\u00a0000");
    expect(formatNumber(1_250_000, "en")).toBe("1,250,000");
    expect(formatNumber(-1234, "en")).toBe("-1,234");
    expect(formatNumber(123, "en")).toBe("123");
    expect(formatNumber(0, "sv")).toBe("0");
    expect(formatNumber(-1234.5, "sv")).toBe("-1\u00a0234,5");
    expect(formatNumber(2.345, "en")).toBe("2.35");
    expect(formatNumber(2.3456, "sv")).toBe("2,35");
  });

  it("a target whole when it is whole, else with its one decimal (spec 10.3)", () => {
    expect(formatTarget(200, "sv")).toBe("200");
    expect(formatTarget(1000 / 3, "sv")).toBe("333,3");
    expect(formatTarget(1000 / 3, "en")).toBe("333.3");
    expect(formatTarget(1999.96, "en")).toBe("2,000");
    expect(formatTarget(-12.34, "sv")).toBe("-12,3");
  });

  it("kronor and shares, and a dash for no share", () => {
    expect(formatKronor(1000, "sv")).toBe("1\u00a0000 kr");
    expect(formatKronor(1000, "en")).toBe("SEK 1,000");
    expect(formatShare(0.7225, "sv")).toBe("72,3 %");
    expect(formatShare(0.7225, "en")).toBe("72.3%");
    expect(formatShare(null, "en")).toBe("–");
    expect(formatShare(undefined, "sv")).toBe("–");
  });
});
