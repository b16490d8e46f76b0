import fc from "fast-check";
import type { Agreement } from "../../src/domain/agreement";
import { agreementYears, type AgreementYear } from "../../src/domain/agreement-year";
import { byDayThenId, sortedByDayThenId } from "../../src/domain/capped-fees";
import type { ListedCompany } from "../../src/domain/company-register";
import { companyFees } from "../../src/domain/company-fees";
import { parseIsoDay, type Day } from "../../src/domain/day";
import { hireFee, hireFees } from "../../src/domain/hire-fees";
import { yearCandidates } from "../../src/domain/year-candidates";
import type { Job } from "../../src/domain/job-register";
import { Money, sumMoney } from "../../src/domain/money";
import { Rational } from "../../src/domain/rational";
import type { Company, Hire } from "../../src/domain/records";
import { auditBuild, ORG_A, ORG_B } from "../helpers/workbook-builder";

// The audit, each payment model and the caps price the same year's jobs (issue 8): each year's
// candidates are ordered once (year-candidates.ts), and a shared fee is summed by counting. These
// cases pin that the shared candidates never cross the line between two rules, and that the sums
// stay exact.

const day = (iso: string): Day => parseIsoDay(iso)!;
// Made for each test, not when the file loads: StrykerJS counts code run at load as reached by
// every test ("static"), and reruns the whole suite for each of its mutants.
let agreement: Agreement;
let year1: AgreementYear | undefined;
beforeEach(() => {
  agreement = auditBuild().agreement;
  [year1] = agreementYears(agreement, day("2019-12-31"));
});

function job(hireId: string, start: string, change: Partial<Job> = {}, rate = 1): Job {
  const hire = { hireId, startDate: day(start), rate, contractRef: "AVT-1" } as Hire;
  return { row: 1, hire, year: year1, status: "counted", resident: true, longTermUnemployed: false, company: undefined, companyKnown: true, ...change };
}

describe("pricing the same jobs under several terms", () => {
  it("the same list priced with and without residents_only: each rule its own candidates", () => {
    const jobs = [job("A-1", "2018-03-01"), job("A-2", "2018-03-02", { resident: false }), job("A-3", "2018-03-03")];
    expect(hireFees({ ...agreement, residentsOnly: true }, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, undefined).eligible).toBe(2);
    expect(hireFees({ ...agreement, residentsOnly: false }, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, undefined).eligible).toBe(3);
    expect(hireFees({ ...agreement, residentsOnly: true }, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, undefined).eligible).toBe(2);
  });

  it("each job earns its own fee: part time and long-term unemployed, in any mix, under each agreement's factors", () => {
    const jobs = [job("A-1", "2018-03-01"), job("A-2", "2018-03-02", {}, 0.5), job("A-3", "2018-03-03", { longTermUnemployed: true }), job("A-4", "2018-03-04", { longTermUnemployed: true }, 0.75)];
    for (const terms of [agreement, { ...agreement, partTimeFactor: 0.3, longTermFactor: 2, hireFeeSek: 1234.5 }]) {
      const fees = hireFees(terms, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, undefined);
      expect(fees.paidFees.map((item) => item.fee.shownKronor())).toEqual(jobs.map((item) => hireFee(terms, item).shownKronor()));
      expect(fees.total.shownKronor()).toBe(jobs.reduce((sum, item) => sum.add(hireFee(terms, item)), Money.ZERO).shownKronor());
    }
  });

  it("companies ordered and paid per year from one list, by support start then Org.nr", () => {
    const listed = (orgnr: string, from: string): ListedCompany =>
      ({ row: 1, company: { orgnr, supportStart: day(from) } as Company, eligible: true, supportFrom: day(from), supportTo: day("2019-12-31") });
    const companies = [listed(ORG_B, "2018-02-01"), listed(ORG_A, "2018-02-01")];
    const fees = companyFees({ ...agreement, companyCapPerYear: 1 }, year1!, yearCandidates(year1!, companies, []), "Företag", 0, undefined);
    expect(fees.paidFees.map((item) => item.candidate.company.orgnr)).toEqual([ORG_A]);
    expect(companyFees({ ...agreement, companyCapPerYear: 5 }, year1!, yearCandidates(year1!, companies, []), "Företag", 0, undefined).paid).toBe(2);
  });
});

describe("sumMoney", () => {
  it("is the exact sum one by one, with amounts shared and not, fractions of an öre included", () => {
    const fee = Money.kronor(7500.5);
    const third = Money.kronor(100).times(Rational.of(1n, 3n));
    const amounts = [fee, third, fee, Money.kronor(1), fee, third, Money.kronor(1)];
    const oneByOne = amounts.reduce((sum, amount) => sum.add(amount), Money.ZERO);
    expect(sumMoney(amounts).ore).toEqual(oneByOne.ore);
    expect(sumMoney(amounts).shownKronor()).toBe(22_570);
    expect(sumMoney([])).toEqual(Money.ZERO);
  });
});

describe("sortedByDayThenId", () => {
  it("gives byDayThenId's order, ties in IDs kept in their first order, the input untouched", () => {
    // Days close together (counted into runs), far apart or fractional (compared): the same order.
    const id = fc.constantFrom("A-1", "A-10", "A-2", "B", "b", "Å", "");
    const items = (day: fc.Arbitrary<number>) => fc.array(fc.record({ day, id, tag: fc.nat() }), { maxLength: 60 });
    const lists = fc.oneof(items(fc.integer({ min: 0, max: 5 })), items(fc.integer({ min: 17_000, max: 17_400 })), items(fc.integer({ min: -1e9, max: 1e9 })), items(fc.double({ min: 0, max: 3, noNaN: true })));
    fc.assert(fc.property(lists, (items) => {
      const before = [...items];
      const sorted = sortedByDayThenId(items, (x) => x.day, (x) => x.id);
      expect(sorted).toEqual([...items].sort(byDayThenId((x) => x.day, (x) => x.id)));
      expect(items).toEqual(before);
    }));
  });
});
