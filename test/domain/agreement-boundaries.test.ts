import { AGREEMENT_PARAMETERS, KIND_SCHEMAS, type ParameterKind } from "../../src/domain/agreement-parameters";
import { FINDING_SEVERITY } from "../../src/domain/finding-codes";
import { isPresetName, presetChoices, PRESET_NAMES } from "../../src/domain/presets";
import { parseIsoDay } from "../../src/domain/day";
import { presetCellValue, resolveAgreement, type AgreementEntry } from "../../src/domain/resolve-agreement";

// The agreement's parameters at their limits (spec section 2, 10.2): each kind's least and
// greatest accepted value and the first value past each, the cross-checks at equality, and
// every field of a preset carried into the agreement.

const AVTAL = "Avtal";
/** An `Avtal` row: key in column A, value in column B of row `row` (0-based). */
const entry = (key: string, value: unknown, row = 1): AgreementEntry => ({
  key, value, found: String(value), keyPlace: { sheet: AVTAL, row, col: 0 }, valuePlace: { sheet: AVTAL, row, col: 1 },
});
const resolve = (...entries: AgreementEntry[]) => resolveAgreement("botkyrka", [entry("start_date", parseIsoDay("2018-01-01")), ...entries], AVTAL);
const accepts = (kind: ParameterKind, value: unknown) => KIND_SCHEMAS[kind].safeParse(value).success;

describe("what each kind of parameter accepts (spec section 2)", () => {
  it.each<[ParameterKind, unknown[], unknown[]]>([
    ["date", [-719162, 0, 2932896], [-719163, 2932897, 1.5, "2018-01-01"]],
    ["positiveWhole", [1, 100], [0, 101, 1.5, "5"]],
    ["whole", [0, 1e9], [-1, 1e9 + 1, 0.5]],
    ["amount", [0, 0.5, 1e12], [-0.01, 1e12 + 1, "1"]],
    ["share", [0, 0.5, 1], [-0.01, 1.01]],
    ["factor", [0, 1.5, 1000], [-0.5, 1000.5]],
    ["text", ["x", " x "], ["", "   ", 5]],
    ["code", ["0127", "9999"], ["127", "01270", "a127", 127]],
    ["bool", [true, false], ["true", 1]],
    ["targets", [[0], [1e9, 2.5]], [[], [-1], [1e9 + 1], ["1"], 1]],
    ["checkpoints", [[], [1], [100, 3]], [[0], [101], [1.5], 1]],
  ])("%s: accepts %p, refuses %p", (kind, good, bad) => {
    for (const value of good) expect([value, accepts(kind, value)]).toEqual([value, true]);
    for (const value of bad) expect([value, accepts(kind, value)]).toEqual([value, false]);
  });

  it("text is kept trimmed", () => {
    expect(resolve(entry("municipality", "  Tumba  ")).agreement.municipality).toBe("Tumba");
  });
});

describe("the preset carried into the agreement (spec section 2)", () => {
  it("Botkyrka's every value, with the start date from Avtal", () => {
    const { agreement, findings } = resolve();
    expect(findings).toEqual([]);
    expect(agreement).toEqual({
      startDate: parseIsoDay("2018-01-01"), years: 5, municipality: "Botkyrka", municipalityCode: "0127", annualGrantSek: 5_000_000,
      incentiveShare: 0.25, jobsTargetTotal: 1000, jobsTargetPerYear: undefined, minEmploymentRate: 0.5, minDurationMonths: 3,
      companyMinEmployees: 5, companyMaxEmployees: 50, companyFeeSek: 10_000, companyCapPerYear: 60, hireFeeSek: 10_000, hireCapPerYear: 60,
      partTimeFactor: 0.5, longTermMonths: 12, longTermFactor: 1.5, residentsOnly: true, investmentCommitmentSek: 30_000_000,
      probonoMinSekPerYear: 1_500_000, exitCheckpoints: [1, 3], exitMinJobsShare: 0.5, exitMinResidentShare: 0.5, reportDate: undefined,
    });
  });

  it("Malmö's start date from the preset; Helsingborg's none, said on the Avtal sheet or nowhere", () => {
    expect(resolveAgreement("malmo", []).agreement).toMatchObject({ startDate: parseIsoDay("2017-11-01"), years: 3, exitCheckpoints: [] });
    expect(resolveAgreement("helsingborg", [], AVTAL).findings).toEqual([
      { code: "AGREEMENT_INVALID", severity: "error", place: { sheet: AVTAL }, params: { key: "start_date", problem: "noStartDate" } },
    ]);
    expect(resolveAgreement("helsingborg", []).findings[0]!.place).toEqual({ sheet: "" });
  });

  it("the template writes lists joined by ';', an empty list and a missing value as nothing", () => {
    expect(presetCellValue("botkyrka", "exit_checkpoints")).toBe("1;3");
    expect(presetCellValue("helsingborg", "exit_checkpoints")).toBeUndefined();
    expect(presetCellValue("botkyrka", "start_date")).toBeUndefined();
    expect(presetCellValue("malmo", "start_date")).toBe("2017-11-01");
    expect(presetCellValue("botkyrka", "residents_only")).toBe(true);
  });
});

describe("reading the Avtal rows (spec 10.2)", () => {
  it("a key in any case with spaces around; an empty value keeps the preset's; the last row wins", () => {
    const { agreement, findings } = resolve(entry(" Incentive_Share ", 0.3, 2), entry("years", undefined, 3), entry("hire_fee_sek", 1, 4), entry("hire_fee_sek", 2, 5));
    expect(findings).toEqual([]);
    expect(agreement).toMatchObject({ incentiveShare: 0.3, years: 5, hireFeeSek: 2 });
  });

  it("an invalid value is reported on its value cell with the preset's value, which is used", () => {
    const { agreement, findings } = resolveAgreement("malmo", [entry("start_date", 1.5, 2), entry("exit_checkpoints", [0], 3), entry("years", 0, 4)], AVTAL);
    expect(agreement.startDate).toBe(parseIsoDay("2017-11-01"));
    expect(findings.map((item) => [item.place, item.params])).toEqual([
      [{ sheet: AVTAL, row: 2, col: 1 }, { key: "start_date", found: "1.5", problem: "date", fallback: "2017-11-01" }],
      [{ sheet: AVTAL, row: 3, col: 1 }, { key: "exit_checkpoints", found: "0", problem: "checkpoints", fallback: "" }],
      [{ sheet: AVTAL, row: 4, col: 1 }, { key: "years", found: "0", problem: "positiveWhole", fallback: "3" }],
    ]);
  });

  it("an invalid value with no preset value to fall back on names no fallback", () => {
    // Botkyrka's preset has no start date: the finding says what was found, and the start date is missing.
    const { findings } = resolveAgreement("botkyrka", [entry("start_date", 1.5, 2)], AVTAL);
    expect(findings.map((item) => item.params)).toEqual([
      { key: "start_date", found: "1.5", problem: "date" },
      { key: "start_date", problem: "noStartDate" },
    ]);
  });

  it("an unknown key on its key cell", () => {
    expect(resolve(entry("Bonus", 1, 7)).findings).toEqual([
      { code: "AGREEMENT_KEY_UNKNOWN", severity: "info", place: { sheet: AVTAL, row: 7, col: 0 }, params: { found: "Bonus" } },
    ]);
  });
});

describe("cross-checks (spec 10.2)", () => {
  it("a checkpoint in the last year is fine; one after it is dropped and reported with the years", () => {
    const inLastYear = resolve(entry("exit_checkpoints", [5, 1, 5]));
    expect(inLastYear.agreement.exitCheckpoints).toEqual([1, 5]);
    expect(inLastYear.findings).toEqual([]);
    // Dropping the one after the last year keeps the one in it.
    expect(resolve(entry("exit_checkpoints", [5, 6, 1])).agreement.exitCheckpoints).toEqual([1, 5]);
    const { agreement, findings } = resolve(entry("exit_checkpoints", [3, 6, 1], 4));
    expect(agreement.exitCheckpoints).toEqual([1, 3]);
    expect(findings.map((item) => [item.place, item.params])).toEqual([[{ sheet: AVTAL, row: 4, col: 1 }, { key: "exit_checkpoints", found: "3;6;1", problem: "checkpointRange", max: 5 }]]);
  });

  it("one yearly target per year is used; another count is reported and the total split instead", () => {
    expect(resolve(entry("jobs_target_per_year", [1, 2, 3, 4, 5])).agreement.jobsTargetPerYear).toEqual([1, 2, 3, 4, 5]);
    const { agreement, findings } = resolve(entry("jobs_target_per_year", [1, 2]));
    expect(agreement.jobsTargetPerYear).toBeUndefined();
    expect(findings.map((item) => item.params)).toEqual([{ key: "jobs_target_per_year", found: "1;2", problem: "targetsLength", max: 5 }]);
  });

  it("the least employees may equal the most; above it both fall back to the preset's", () => {
    expect(resolve(entry("company_min_employees", 20), entry("company_max_employees", 20)).agreement).toMatchObject({ companyMinEmployees: 20, companyMaxEmployees: 20 });
    const { agreement, findings } = resolveAgreement("botkyrka", [entry("start_date", 0), entry("company_min_employees", 21, 2), entry("company_max_employees", 20, 3)]);
    expect(agreement).toMatchObject({ companyMinEmployees: 5, companyMaxEmployees: 50 });
    expect(findings.map((item) => [item.place, item.params])).toEqual([[{ sheet: AVTAL, row: 2, col: 1 }, { key: "company_min_employees", found: "21", problem: "sizeBand" }]]);
  });

  it("a cross-check on a preset's value sits on the Avtal sheet", () => {
    const { findings } = resolveAgreement("botkyrka", [entry("start_date", 0), entry("years", 2)], AVTAL);
    expect(findings.map((item) => [item.place, item.params])).toEqual([[{ sheet: AVTAL }, { key: "exit_checkpoints", found: "1;3", problem: "checkpointRange", max: 2 }]]);
  });
});

describe("the tables users read (spec section 2, 8)", () => {
  it("every parameter's kind and description in both languages", () => {
    expect(Object.fromEntries(Object.entries(AGREEMENT_PARAMETERS).map(([key, definition]) => [key, `${definition.kind} | ${definition.sv} | ${definition.en}`]))).toMatchSnapshot();
  });

  it("every preset as an agreement", () => {
    expect(Object.fromEntries(PRESET_NAMES.map((name) => [name, resolveAgreement(name, []).agreement]))).toMatchSnapshot();
    expect(presetChoices()).toEqual([{ name: "botkyrka", label: "Botkyrka" }, { name: "helsingborg", label: "Helsingborg" }, { name: "malmo", label: "Malmö" }]);
    expect(isPresetName("malmo")).toBe(true);
    expect(isPresetName("toString")).toBe(false);
  });

  it("every finding code's severity (spec section 8)", () => {
    expect(FINDING_SEVERITY).toMatchSnapshot();
  });
});
