import type { Figures } from "../../src/domain/figures";
import { auditBuild, investmentsSheet, ORG_B, ORG_C, proBonoSheet } from "../helpers/workbook-builder";

// The whole period is the sum of its years (spec 10.5), field by field: each figure below differs
// between the two years, so a total that dropped a year, or summed the wrong field, shows.

/** Two years with something of everything; the report date 2019-12-31 ends year 2. */
const audited = () =>
  auditBuild({
    agreement: [["hire_cap_per_year", 2], ["company_cap_per_year", 1], ["investment_commitment_sek", 0]],
    hires: [
      {},
      { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2018-04-01", Kön: "M", Sysselsättningsgrad: 0.5, Lönestöd: "Ja" },
      { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2018-05-01", Kön: "X", "Månader utan arbete": 24, "I arbete efter 12 mån": "Nej" },
      { "Anställnings-ID": "A-4", "Person-ID": "P-4", Startdatum: "2019-02-01", Hemkommun: "Huddinge", "Född utanför Europa": "Nej", "I arbete efter 6 mån": "Nej" },
      { "Anställnings-ID": "A-5", "Person-ID": "P-5", Startdatum: "2019-11-01" },
    ],
    companies: [{}, { "Org.nr": ORG_B, "Affärsutveckling från": "2018-06-01", "Affärsutveckling till": "2018-12-31" }, { "Org.nr": ORG_C, "Affärsutveckling från": "2019-03-01" }],
    extra: [
      investmentsSheet([{ Datum: "2018-06-01", "Belopp (kr)": 1000 }, { Datum: "2019-06-01", "Belopp (kr)": 2500 }]),
      proBonoSheet([{ Datum: "2018-06-01", "Värde (kr)": 300 }, { Datum: "2019-06-01", "Värde (kr)": 700 }]),
    ],
  });

const COUNTS = [
  "jobs", "pendingJobs", "residentJobs", "women", "men", "otherGender", "focusGroup", "longTermUnemployed", "wageSubsidy",
  "companiesEligible", "companiesPaid", "companiesOverCap", "hiresEligible", "hiresPaid", "hiresOverCap",
] as const;

const kronor = (figures: Figures) => ({
  base: figures.payout.base.shownKronor(), company: figures.payout.company.shownKronor(), hire: figures.payout.hire.shownKronor(),
  incentive: figures.payout.incentive.shownKronor(), total: figures.payout.total.shownKronor(), pool: figures.payout.pool.shownKronor(),
  investments: figures.investments?.shownKronor() ?? null, proBono: figures.proBono?.shownKronor() ?? null,
});

describe("the whole period's figures (spec 10.5)", () => {
  it("each count is the sum of the years', and the two years differ in it", () => {
    const result = audited();
    const [one, two] = result.years;
    expect(Object.fromEntries(COUNTS.map((key) => [key, [one![key], two![key], result.total[key]]]))).toEqual({
      jobs: [3, 1, 4], pendingJobs: [0, 1, 1], residentJobs: [3, 0, 3], women: [1, 1, 2], men: [1, 0, 1], otherGender: [1, 0, 1],
      focusGroup: [3, 0, 3], longTermUnemployed: [1, 0, 1], wageSubsidy: [1, 0, 1],
      companiesEligible: [2, 2, 4], companiesPaid: [1, 1, 2], companiesOverCap: [1, 1, 2],
      hiresEligible: [3, 0, 3], hiresPaid: [2, 0, 2], hiresOverCap: [1, 0, 1],
    });
  });

  it("a company supported but too large (60 employees) is supported, not eligible (spec section 4)", () => {
    const [one] = auditBuild({ companies: [{}, { "Org.nr": ORG_B, Företagsnamn: "Stora AB", "Antal anställda": 60 }] }).years;
    expect([one!.companiesSupported, one!.companiesEligible]).toEqual([2, 1]);
  });

  it("a company supported only before the agreement began is not among the companies supported", () => {
    const result = auditBuild({ companies: [{}, { "Org.nr": ORG_B, Företagsnamn: "Tidig AB", "Affärsutveckling från": "2017-01-02", "Affärsutveckling till": "2017-06-30" }] });
    expect(result.total.companiesSupported).toBe(1);
  });

  it("money, retention and the target are sums too; companies supported are counted once", () => {
    const result = audited();
    const [one, two] = result.years;
    expect([kronor(one!), kronor(two!), kronor(result.total)]).toEqual([
      { base: 3_750_000, company: 10_000, hire: 15_000, incentive: 25_000, total: 3_775_000, pool: 1_250_000, investments: 1000, proBono: 300 },
      { base: 3_750_000, company: 10_000, hire: 0, incentive: 10_000, total: 3_760_000, pool: 1_250_000, investments: 2500, proBono: 700 },
            // The pool is summed over all five years, like every other amount (spec 10.5).
      { base: 7_500_000, company: 20_000, hire: 15_000, incentive: 35_000, total: 7_535_000, pool: 6_250_000, investments: 3500, proBono: 1000 },
    ]);
    expect([one!.retention6m, one!.retention12m, two!.retention6m, two!.retention12m]).toEqual([
      { employed: 3, known: 3 }, { employed: 2, known: 3 }, { employed: 0, known: 1 }, { employed: 0, known: 0 },
    ]);
    expect(result.total.retention6m).toEqual({ employed: 3, known: 4 });
    expect(result.total.retention12m).toEqual({ employed: 2, known: 3 });
    expect(result.total.target.toNumber()).toBe(5); // all five years, like the pool
    expect([one!.companiesSupported, two!.companiesSupported, result.total.companiesSupported]).toEqual([2, 2, 3]);
  });

  it("runs from the first year's start to the last year's end, and is in progress until all years are complete", () => {
    const result = audited();
    expect(result.total).toMatchObject({ year: null, from: result.years[0]!.from, to: result.years[4]!.to, status: "in-progress" });
    const done = auditBuild({ agreement: [["years", 2]] });
    expect(done.total.status).toBe("complete");
    const before = auditBuild({ hires: [{ Startdatum: "2017-06-01" }] }, { reportDate: "2017-12-31" });
    expect(before.total.status).toBe("future");
  });
});
