import { costPerJobSek, costPerResidentJobSek } from "../../src/domain/derived-figures";
import { Money } from "../../src/domain/money";
import { Rational } from "../../src/domain/rational";
import { auditBuild, ORG_A, ORG_B, ORG_C } from "../helpers/workbook-builder";

describe("rounding half to even, once, at the end (spec section 5, 10.13)", () => {
  it("rounds exact halves to the even neighbour", () => {
    const cases: [bigint, bigint, bigint][] = [[5n, 2n, 2n], [7n, 2n, 4n], [-5n, 2n, -2n], [1n, 2n, 0n], [3n, 2n, 2n], [7n, 3n, 2n], [-7n, 3n, -2n]];
    for (const [numerator, denominator, expected] of cases) expect(Rational.of(numerator, denominator).roundHalfEven()).toBe(expected);
  });

  it("keeps decimals exact: 0.1 + 0.2 kronor is 30 öre", () => {
    expect(Money.kronor(0.1).add(Money.kronor(0.2)).ore.compare(Rational.of(30n))).toBe(0);
  });

  it("shows each amount from its exact value, so parts may differ from the total by 1 kr", () => {
    const half = Money.kronor(0.5);
    expect(half.shownKronor()).toBe(0);
    expect(half.add(half).shownKronor()).toBe(1);
    expect(Money.kronor(2.5).shownKronor()).toBe(2);
    expect(Money.kronor(3.5).shownKronor()).toBe(4);
  });
});

describe("a year's payout, computed by hand", () => {
  // Year 1 runs 2018-01-01..2018-12-31 (365 days); the report date 2018-07-01 is day 182.
  // Audited in each test, not once for the describe: set up outside a test, every mutant the
  // audit reaches would be "static" to StrykerJS and rerun every test (issue 14).
  const audited = () => auditBuild({
    agreement: [["report_date", "2018-07-01"], ["jobs_target_total", 1000]],
    companies: [
      { "Org.nr": ORG_A, "Antal anställda": 12, "Affärsutveckling från": "2018-01-15" },
      { "Org.nr": ORG_B, "Antal anställda": 5, "Affärsutveckling från": "2018-02-01" },
      { "Org.nr": ORG_C, "Antal anställda": 60, "Affärsutveckling från": "2018-01-20" },
    ],
    hires: [
      { "Anställnings-ID": "J1", "Person-ID": "P1", "Org.nr": ORG_A, Startdatum: "2018-02-01", Sysselsättningsgrad: 1, "Månader utan arbete": 3, Kön: "K" },
      { "Anställnings-ID": "J2", "Person-ID": "P2", "Org.nr": ORG_B, Startdatum: "2018-02-15", Sysselsättningsgrad: 0.5, "Månader utan arbete": 12, Kön: "M" },
      { "Anställnings-ID": "J3", "Person-ID": "P3", "Org.nr": ORG_A, Startdatum: "2018-03-01", Hemkommun: "Huddinge", Kön: "X", "Född utanför Europa": "Nej" },
      { "Anställnings-ID": "J4", "Person-ID": "P4", "Org.nr": ORG_C, Startdatum: "2018-03-10", Sysselsättningsgrad: "75 %", Hemkommun: 127, "Månader utan arbete": 24, Kön: "K" },
    ],
  });
  const yearOne = () => audited().years[0]!;

  it("counts the jobs, residents and gender", () => {
    const year = yearOne();
    expect(year).toMatchObject({ status: "in-progress", jobs: 4, residentJobs: 3, women: 2, men: 1, otherGender: 1, focusGroup: 3, longTermUnemployed: 2 });
  });

  it("tells men from other genders when their numbers differ (spec section 6)", () => {
    const year = auditBuild({
      hires: [
        { Kön: "M" },
        { "Anställnings-ID": "A-2", "Person-ID": "P-2", Kön: "M" },
        { "Anställnings-ID": "A-3", "Person-ID": "P-3", Kön: "X" },
      ],
    }).years[0]!;
    expect(year).toMatchObject({ jobs: 3, women: 0, men: 2, otherGender: 1 });
  });

  it("pays company fees to eligible companies only, hire fees by rate and long-term factor", () => {
    const year = yearOne();
    // A and B are in the 5..50 band: 2 × 10,000. J1 10,000; J2 10,000 × 0.5 × 1.5; J3 is no
    // resident; J4 10,000 × 0.5 × 1.5 (the company's size does not matter for a hire fee, 10.9).
    expect(year.payout.company.shownKronor()).toBe(20_000);
    expect(year.payout.hire.shownKronor()).toBe(25_000);
    expect(year.payout.incentive.shownKronor()).toBe(45_000);
    expect(year.companiesPaid).toBe(2);
    expect(year.hiresPaid).toBe(3);
  });

  it("pro-rates the base by days and rounds each amount once", () => {
    const result = audited();
    const year = result.years[0]!;
    // 3,750,000 × 182 / 365 = 1,869,863.0137 kr; total 1,914,863.0137 kr.
    expect(year.payout.base.shownKronor()).toBe(1_869_863);
    expect(year.payout.total.shownKronor()).toBe(1_914_863);
    // Per job: 478,715.75 → 478,716; per resident job: 638,287.67 → 638,288.
    expect(result.years.slice(1).every((later) => later.status === "future" && later.payout.total.shownKronor() === 0)).toBe(true);
  });

  it("divides the exact total for costs per job", () => {
    const year = yearOne();
    expect(costPerJobSek(year)).toBe(478_716);
    expect(costPerResidentJobSek(year)).toBe(638_288);
  });
});
