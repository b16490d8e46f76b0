import { promises as fs } from "node:fs";
import * as path from "node:path";
import { audit, type AuditResult } from "../../src/domain/audit";
import { daysInclusive, parseIsoDay } from "../../src/domain/day";
import { type ModelFigures, modelCostPerJobSek, modelCostPerResidentJobSek } from "../../src/domain/models/model-pricing";
import { modelName } from "../../src/domain/models/model-names";
import { PAYMENT_FIELDS, PAYMENT_KEYS, paymentTermsOf, underPreset } from "../../src/domain/models/payment-terms";
import { presetCellValue, resolveAgreement } from "../../src/domain/resolve-agreement";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { FIXTURES } from "../helpers/run";
import { auditBuild, ORG_B, ORG_C } from "../helpers/workbook-builder";

const golden = async (name: string, preset: "botkyrka" | "malmo" = "botkyrka"): Promise<AuditResult> => {
  const file = path.join(FIXTURES, "golden", `${name}.xlsx`);
  const grids = await readWorkbookGrids(await fs.readFile(file), `${name}.xlsx`);
  return audit(readWorkbook(grids), { preset, today: parseIsoDay("2030-01-01")! });
};

const shown = (figures: ModelFigures) => ({
  base: figures.base.shownKronor(),
  incentive: figures.incentive.shownKronor(),
  total: figures.total.shownKronor(),
  perJob: modelCostPerJobSek(figures),
  perResident: modelCostPerResidentJobSek(figures),
});

const modelOf = (result: AuditResult, name: string) => result.models.find((model) => model.model === name)!;

describe("the same results under each payment model (spec section 13)", () => {
  // The workbook's own model is the audit's pricing itself (priced once, shared), so comparing the
  // two would prove nothing. What is checked is the other path: a preset's terms priced as a model
  // (from another workbook's audit) against the audit of a workbook whose Avtal holds those terms.
  it("prices a preset's terms as a model exactly as the audit pays under those terms, for every golden workbook's shape", async () => {
    for (const [name, preset] of [["hand-checked"], ["example-defects"], ["example-clean"], ["malmo", "malmo"]] as const) {
      const result = await golden(name, preset ?? "botkyrka");
      expect(result.models.map((model) => model.model)).toEqual(["own", "botkyrka", "helsingborg", "malmo"]);
      const own = modelOf(result, "own");
      expect(own.total.total.shownKronor()).toBe(result.total.payout.total.shownKronor());
    }
    const hires = [
      {},
      { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M", Sysselsättningsgrad: 0.5, "Månader utan arbete": 20 },
      { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2019-02-10", "Org.nr": ORG_B },
    ];
    const companies = [{}, { "Org.nr": ORG_B, "Antal anställda": 8 }];
    const terms = (preset: "botkyrka" | "helsingborg") => PAYMENT_KEYS.map((key) => [key, presetCellValue(preset, key) ?? null] as [string, string | number | boolean | null]);
    const underBotkyrka = auditBuild({ agreement: terms("botkyrka"), hires, companies });
    const underHelsingborg = auditBuild({ agreement: terms("helsingborg"), hires, companies });
    const paid = (result: AuditResult) => [...result.years.map((year) => year.payout), result.total.payout].map((payout) => [payout.base.shownKronor(), payout.incentive.shownKronor(), payout.total.shownKronor()]);
    const priced = (result: AuditResult, name: string) => [...modelOf(result, name).years, modelOf(result, name).total].map((row) => [row.base.shownKronor(), row.incentive.shownKronor(), row.total.shownKronor()]);
    expect(priced(underBotkyrka, "helsingborg")).toEqual(paid(underHelsingborg));
    expect(priced(underHelsingborg, "botkyrka")).toEqual(paid(underBotkyrka));
    // …and the two terms do price these jobs differently (A-2 is part time and long-term).
    expect(paid(underBotkyrka)).not.toEqual(paid(underHelsingborg));
  });

  it("gives the hand-computed figures of the hand-checked workbook under each model", async () => {
    // Year 1 is 2018-01-01..2018-12-31 (365 days); the report date 2018-07-01 is day 182.
    // 4 counted jobs, 3 of residents (J1 full time; J2 half time, long-term; J4 75 %, long-term);
    // companies A and B are in the size band, C (60 employees) is not.
    const result = await golden("hand-checked");
    // Own = botkyrka: base 3 750 000 × 182/365 = 1 869 863.01; company fees 2 × 10 000; hire fees
    // 10 000 + 10 000 × 0.5 × 1.5 + 10 000 × 0.5 × 1.5 = 25 000; total 1 914 863.01.
    const botkyrka = { base: 1_869_863, incentive: 45_000, total: 1_914_863, perJob: 478_716, perResident: 638_288 };
    expect(shown(modelOf(result, "own").years[0]!)).toEqual(botkyrka);
    expect(shown(modelOf(result, "botkyrka").years[0]!)).toEqual(botkyrka);
    // Helsingborg: no part-time or long-term factor, so each of the 3 residents' jobs earns 10 000:
    // incentive 20 000 + 30 000 = 50 000; total 1 919 863.01; per job ÷ 4 = 479 965.75; per resident ÷ 3 = 639 954.34.
    expect(shown(modelOf(result, "helsingborg").years[0]!)).toEqual({ base: 1_869_863, incentive: 50_000, total: 1_919_863, perJob: 479_966, perResident: 639_954 });
    // Malmö: the whole grant as base, pro rata: 5 000 000 × 182/365 = 2 493 150.68; no incentive.
    // Per job 623 287.67, per resident 831 050.23.
    expect(shown(modelOf(result, "malmo").years[0]!)).toEqual({ base: 2_493_151, incentive: 0, total: 2_493_151, perJob: 623_288, perResident: 831_050 });
    // Years after the report date cost nothing under any model.
    for (const model of result.models) expect(model.years.slice(1).every((year) => year.total.shownKronor() === 0)).toBe(true);
    expect(shown(modelOf(result, "malmo").total)).toEqual(shown(modelOf(result, "malmo").years[0]!));
  });

  it("pays the malmo model's full grant pro rata with no incentive, whatever the fees would be", async () => {
    const result = await golden("example-defects");
    const malmo = modelOf(result, "malmo");
    const own = modelOf(result, "own");
    expect(own.total.incentive.shownKronor()).toBeGreaterThan(0);
    for (const [index, year] of malmo.years.entries()) {
      expect(year.incentive.shownKronor()).toBe(0);
      expect(year.companyFees.shownKronor() + year.hireFees.shownKronor()).toBe(0);
      const status = result.years[index]!.status;
      const fraction = status === "complete" ? 1 : status === "future" ? 0 : undefined;
      if (fraction !== undefined) expect(year.total.shownKronor()).toBe(5_000_000 * fraction);
      // The in-progress year: the grant × days elapsed (report date included) ÷ days in the year.
      else {
        const { from, to } = result.years[index]!;
        const exact = (5_000_000 * daysInclusive(from, result.reportDate)) / daysInclusive(from, to);
        expect(Math.abs(year.total.shownKronor() - exact)).toBeLessThanOrEqual(0.5);
      }
    }
    // Qualification rules are the workbook's own: every model divides by the same jobs.
    for (const model of result.models) expect(model.total.jobs).toBe(result.total.jobs);
  });

  it("gives equal rows for the own model and helsingborg when Avtal holds the helsingborg preset", () => {
    const helsingborg = PAYMENT_KEYS.map((key) => [key, presetCellValue("helsingborg", key) ?? null] as [string, string | number | boolean | null]);
    const hires = [
      {},
      { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M", Sysselsättningsgrad: 0.5, "Månader utan arbete": 20 },
      { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2019-02-10", "Org.nr": ORG_B },
    ];
    const result = auditBuild({ agreement: helsingborg, hires, companies: [{}, { "Org.nr": ORG_B, "Antal anställda": 8 }] });
    const rows = (name: string) => [...modelOf(result, name).years, modelOf(result, name).total].map(shown);
    expect(rows("own")).toEqual(rows("helsingborg"));
    expect(modelOf(result, "own").terms).toEqual(modelOf(result, "helsingborg").terms);
    // …and the botkyrka model differs: its part-time and long-term factors price A-2 at 7 500.
    expect(rows("botkyrka")).not.toEqual(rows("helsingborg"));
  });
});

describe("what the yearly caps and the pool cut (spec section 5, 10.12, 13)", () => {
  // Year 1 (2018) is complete on the report date 2018-12-31. Three companies in the size band are
  // supported and three residents hired full time (not long-term unemployed): each earns 10 000.
  const companies = [{}, { "Org.nr": ORG_B, "Antal anställda": 8 }, { "Org.nr": ORG_C, "Antal anställda": 20 }];
  const hires = [
    {},
    { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2018-04-01", Kön: "M" },
    { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2018-05-01", "Org.nr": ORG_B },
  ];
  const cut = (agreement: readonly [string, string | number | boolean | null][]) => {
    const { capsCut } = auditBuild({ agreement: [["report_date", "2018-12-31"], ...agreement], hires, companies });
    return { companiesOverCap: capsCut.companiesOverCap, hiresOverCap: capsCut.hiresOverCap, yearlyCaps: capsCut.yearlyCaps.shownKronor(), pool: capsCut.pool.shownKronor() };
  };

  it("counts in kronor the fees over each yearly cap", () => {
    expect(cut([["company_cap_per_year", 2], ["hire_cap_per_year", 2]])).toEqual({ companiesOverCap: 1, hiresOverCap: 1, yearlyCaps: 20_000, pool: 0 });
    expect(cut([["company_cap_per_year", 1], ["hire_cap_per_year", 3]])).toEqual({ companiesOverCap: 2, hiresOverCap: 0, yearlyCaps: 20_000, pool: 0 });
    expect(cut([])).toEqual({ companiesOverCap: 0, hiresOverCap: 0, yearlyCaps: 0, pool: 0 });
  });

  it("counts nothing as cut by a cap of 0, which turns its fee off (spec 10.12), and still counts the other cap", () => {
    expect(cut([["company_cap_per_year", 0], ["hire_cap_per_year", 2]]).yearlyCaps).toBe(10_000);
    expect(cut([["company_cap_per_year", 2], ["hire_cap_per_year", 0]]).yearlyCaps).toBe(10_000);
    expect(cut([["company_cap_per_year", 0], ["hire_cap_per_year", 0]]).yearlyCaps).toBe(0);
  });

  it("counts the fees within the caps that the incentive pool did not pay", () => {
    // A grant of 40 000 with a quarter for incentives leaves a pool of 10 000 for 60 000 of fees.
    expect(cut([["annual_grant_sek", 40_000], ["incentive_share", 0.25]])).toEqual({ companiesOverCap: 0, hiresOverCap: 0, yearlyCaps: 0, pool: 50_000 });
    expect(cut([["annual_grant_sek", 40_000], ["incentive_share", 0.25], ["hire_cap_per_year", 1]])).toEqual({ companiesOverCap: 0, hiresOverCap: 2, yearlyCaps: 20_000, pool: 30_000 });
  });
});

describe("the payment models' names and terms (spec section 13)", () => {
  it("names each model for the board in Swedish and English", () => {
    const names = (["own", "botkyrka", "helsingborg", "malmo"] as const).map((model) => [modelName(model, "sv"), modelName(model, "en")]);
    expect(names).toEqual([
      ["Arbetsbokens avtal", "The workbook's agreement"],
      ["Botkyrka (förslaget)", "Botkyrka (the proposal)"],
      ["Helsingborg (resultatersättning)", "Helsingborg (incentives)"],
      ["Malmö (fast bidrag)", "Malmö (fixed grant)"],
    ]);
  });

  it("swaps only the payment terms into the workbook's agreement", () => {
    const own = auditBuild({ agreement: [["jobs_target_total", 7], ["report_date", "2018-12-31"]] }).agreement;
    const swapped = underPreset(own, "malmo");
    const malmo = resolveAgreement("malmo", []).agreement;
    for (const key of Object.keys(own) as (keyof typeof own)[]) {
      const payment = (Object.values(PAYMENT_FIELDS) as string[]).includes(key);
      expect([key, swapped[key]]).toEqual([key, payment ? malmo[key] : own[key]]);
    }
    expect(paymentTermsOf(swapped)).toEqual(Object.fromEntries(PAYMENT_KEYS.map((key) => [key, malmo[PAYMENT_FIELDS[key]]])));
  });

  it("prices the workbook's own terms once: the own model is the audit's own pricing, a preset with other terms is priced anew", () => {
    const result = auditBuild({}, { preset: "botkyrka" });
    const own = modelOf(result, "own");
    // The same Money objects as the audit's own years, not equal copies priced a second time.
    own.years.forEach((year, index) => expect(year.total).toBe(result.years[index]!.payout.total));
    modelOf(result, "botkyrka").years.forEach((year, index) => expect(year.total).toBe(result.years[index]!.payout.total));
    modelOf(result, "helsingborg").years.forEach((year, index) => expect(year.total).not.toBe(result.years[index]!.payout.total));
  });
});
