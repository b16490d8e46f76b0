import { agreementYears } from "../../src/domain/agreement-year";
import type { ListedCompany } from "../../src/domain/company-register";
import { companyFees, supportedIn } from "../../src/domain/company-fees";
import { byDayThenId } from "../../src/domain/capped-fees";
import { costPerJobSek, costPerResidentJobSek, shareOf } from "../../src/domain/derived-figures";
import { parseIsoDay, type Day } from "../../src/domain/day";
import type { Finding } from "../../src/domain/finding";
import { evaluateExitClause } from "../../src/domain/exit-clause";
import { hireFees } from "../../src/domain/hire-fees";
import { yearCandidates } from "../../src/domain/year-candidates";
import { looksLikeThresholdGaming } from "../../src/domain/job-qualification";
import type { Job } from "../../src/domain/job-register";
import type { Company, Hire } from "../../src/domain/records";
import { share } from "../../src/domain/share";
import { codesOf, paramsOf, placesOf } from "../helpers/findings";
import { auditBuild, claimsSheet, ORG_A, ORG_B, ORG_C } from "../helpers/workbook-builder";

// The edges where an audit's disputes happen (issue 14): each case pins one boundary of the spec
// and fails when the boundary moves by a day or a comparison loses its "or equal". Every case
// builds its own workbook, so each mutant is tested by the cases that reach it, not by all.

const day = (iso: string): Day => parseIsoDay(iso)!;
/** A second job of another person, like the baseline's second row. */
const second = (change: Record<string, unknown> = {}) => ({ "Anställnings-ID": "A-2", "Person-ID": "P-2", ...change }) as never;

describe("the exit checkpoint's date (spec section 7, 10.16)", () => {
  it("is judged on its own date: a report date on the checkpoint day is 'met', not a projection", () => {
    const result = auditBuild({ hires: [{}] }, { reportDate: "2018-12-31" });
    expect(result.exitClause[0]).toMatchObject({ checkpointYear: 1, status: "met", projectedJobs: null, reasons: [] });
  });

  it("is judged on its own date when failing too: 'triggered', not 'at-risk'", () => {
    const result = auditBuild({ hires: [{}], agreement: [["jobs_target_total", 1000]] }, { reportDate: "2018-12-31" });
    expect(result.exitClause[0]!.status).toBe("triggered");
    expect(placesOf(result, "EXIT_CLAUSE_TRIGGERED")).toEqual([""]);
    expect(placesOf(result, "EXIT_CLAUSE_AT_RISK")).toEqual([""]); // checkpoint 3, still ahead
  });

  it("the day before its date is still a projection", () => {
    const result = auditBuild({ hires: [{}] }, { reportDate: "2018-12-30" });
    expect(result.exitClause[0]!.status).toBe("on-track");
    // 1 job × 365 days ÷ 364 days elapsed.
    expect(result.exitClause[0]!.projectedJobs).toBeCloseTo(365 / 364, 12);
  });

  it("no agreement years, no checkpoints: nothing is judged and nothing found", () => {
    const { agreement } = auditBuild();
    const findings: Finding[] = [];
    expect(evaluateExitClause({ agreement, reportDate: day("2019-12-31"), years: [], findings }, [], new Set([1]))).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe("the residents' share at the exit checkpoint (spec section 7, 10.16: comparisons are strict)", () => {
  it("exactly exit_min_resident_share (1 of 2) is not below it", () => {
    const result = auditBuild({ hires: [{}, second({ Hemkommun: "Huddinge" })] });
    expect(result.exitClause[0]).toMatchObject({ status: "met", jobsCumulative: 2, residentJobs: 1, residentShare: 0.5, reasons: [] });
  });

  it("just below it (1 of 3) triggers the checkpoint", () => {
    const result = auditBuild({ hires: [{}, second({ Hemkommun: "Huddinge" }), second({ "Anställnings-ID": "A-3", "Person-ID": "P-3", Hemkommun: "Huddinge" })] });
    expect(result.exitClause[0]!.status).toBe("triggered");
    expect(result.exitClause[0]!.reasons).toEqual([{ code: "RESIDENT_SHARE_BELOW_THRESHOLD", actual: 1 / 3, required: 0.5 }]);
  });

  it("with no jobs the share is null, not NaN, and only the jobs condition is judged", () => {
    // The only job starts in year 2: checkpoint 1 has no jobs.
    const result = auditBuild({ hires: [{ Startdatum: "2019-02-01" }] });
    const checkpoint = result.exitClause[0]!;
    expect(checkpoint.jobsCumulative).toBe(0);
    expect(checkpoint.residentShare).toBeNull();
    expect(checkpoint.reasons.map((reason) => reason.code)).toEqual(["JOBS_BELOW_THRESHOLD"]);
  });
});

describe("mismatched claims at the exit checkpoint (spec section 7: claims of years 1..c)", () => {
  it("a mismatch in a year after the checkpoint does not trigger it, but puts a later checkpoint at risk", () => {
    // Year 2 has one counted job; the claim says 5.
    const result = auditBuild({ extra: [claimsSheet([{ Avtalsår: 2, "Antal jobb": 5 }])] });
    expect(placesOf(result, "CLAIM_MISMATCH")).toEqual(["Redovisning!B2"]);
    expect(result.exitClause[0]).toMatchObject({ checkpointYear: 1, status: "met", reasons: [] });
    expect(result.exitClause[1]).toMatchObject({ checkpointYear: 3, status: "at-risk", reasons: [{ code: "CLAIMS_DO_NOT_MATCH", actual: 1, required: 0 }] });
  });

  it("a mismatch in the checkpoint year itself triggers it", () => {
    const result = auditBuild({ extra: [claimsSheet([{ Avtalsår: 1, "Antal jobb": 5 }])] });
    expect(result.exitClause[0]).toMatchObject({ status: "triggered", reasons: [{ code: "CLAIMS_DO_NOT_MATCH", actual: 1, required: 0 }] });
  });

  it("counts the mismatched years, not the mismatched cells", () => {
    const claims = claimsSheet([{ Avtalsår: 1, "Antal jobb": 5, "varav kvinnor": 5 }, { Avtalsår: 2, "Antal jobb": 5 }]);
    const result = auditBuild({ extra: [claims] });
    expect(result.exitClause[1]!.reasons).toEqual([{ code: "CLAIMS_DO_NOT_MATCH", actual: 2, required: 0 }]);
  });
});

describe("a job's duration at the report date (spec section 4, 10.11)", () => {
  it("too short when it ended exactly on the report date: it ended, it is not pending", () => {
    // Start 2019-11-01: mark 2020-01-31; the report date is 2019-12-31.
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-11-01", Slutdatum: "2019-12-31" })] });
    expect(placesOf(result, "DURATION_TOO_SHORT")).toEqual(["Anställningar!E3"]);
    expect(placesOf(result, "PENDING_DURATION")).toEqual([]);
    expect(result.years[1]!.pendingJobs).toBe(0);
  });

  it("pending when it ends the day after the report date", () => {
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-11-01", Slutdatum: "2020-01-01" })] });
    expect(placesOf(result, "PENDING_DURATION")).toEqual(["Anställningar!D3"]);
    expect(placesOf(result, "DURATION_TOO_SHORT")).toEqual([]);
  });

  it("qualifies when its last day is the mark itself", () => {
    // Start 2019-09-01: mark 2019-11-30; the report date is the mark.
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-09-01" })] }, { reportDate: "2019-11-30" });
    expect(codesOf(result)).toEqual([]);
    expect(result.years[1]!.jobs).toBe(1);
  });

  it("no threshold gaming for a job that ends after the report date, within 14 days of its mark", () => {
    // Start 2019-09-01: mark 2019-11-30; report date 2019-12-10; end 2019-12-12 ≤ mark + 14.
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-09-01", Slutdatum: "2019-12-12" })] }, { reportDate: "2019-12-10" });
    expect(codesOf(result)).toEqual([]);
    expect(result.years[1]!.jobs).toBe(1);
  });

  it("threshold gaming for the same job ending on the report date", () => {
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-09-01", Slutdatum: "2019-12-10" })] }, { reportDate: "2019-12-10" });
    expect(placesOf(result, "THRESHOLD_GAMING")).toEqual(["Anställningar!E3"]);
  });

  it("threshold gaming is an end from the mark to the mark + 14 days, both included (spec 10.11)", () => {
    // In the audit a job ending before its mark is too short and never asked about; the rule
    // itself still says "between the mark and the mark + 14 days".
    const mark = day("2018-05-31");
    const report = day("2019-12-31");
    expect([-1, 0, 14, 15].map((days) => looksLikeThresholdGaming(mark, (mark + days) as Day, report))).toEqual([false, true, true, false]);
    expect(looksLikeThresholdGaming(mark, undefined, report)).toBe(false);
    expect(looksLikeThresholdGaming(mark, mark, (mark - 1) as Day)).toBe(false);
  });

  it("threshold gaming for a job ending on its mark, not for one ending the day before", () => {
    // Start 2018-03-01: mark 2018-05-31.
    expect(placesOf(auditBuild({ hires: [{ Slutdatum: "2018-05-31" }] }), "THRESHOLD_GAMING")).toEqual(["Anställningar!E2"]);
    expect(codesOf(auditBuild({ hires: [{}, second({ Startdatum: "2018-03-01", Slutdatum: "2018-05-30" })] }))).toEqual(["DURATION_TOO_SHORT"]);
  });
});

describe("a company's support in an agreement year (spec section 4: the periods overlap, both ends included)", () => {
  it("support starting on a year's last day is support in that year; ending on a year's first day, in that one", () => {
    const result = auditBuild({
      companies: [
        {},
        { "Org.nr": ORG_B, "Affärsutveckling från": "2018-12-31" },
        { "Org.nr": ORG_C, "Affärsutveckling från": "2018-02-01", "Affärsutveckling till": "2019-01-01" },
      ],
    });
    expect(codesOf(result)).toEqual([]);
    expect(result.years.map((figures) => figures.companiesSupported)).toEqual([3, 3, 0, 0, 0]);
  });

  it("support ending on a year's last day is no support in the next", () => {
    const result = auditBuild({ companies: [{}, { "Org.nr": ORG_C, "Affärsutveckling från": "2018-02-01", "Affärsutveckling till": "2018-12-31" }] });
    expect(result.years.map((figures) => figures.companiesSupported)).toEqual([2, 1, 0, 0, 0]);
  });

  it("supportedIn compares both ends inclusively", () => {
    const [year1] = agreementYears(auditBuild().agreement, day("2019-12-31"));
    const supported = (from: string, to: string) => supportedIn(listed(ORG_A, 2, from, to), year1!);
    expect(supported("2018-12-31", "2019-06-30")).toBe(true);
    expect(supported("2019-01-01", "2019-06-30")).toBe(false);
    expect(supported("2017-06-01", "2018-01-01")).toBe(true);
    expect(supported("2017-06-01", "2017-12-31")).toBe(false);
  });
});

describe("the company-fee order (spec section 5, 10.12)", () => {
  it("the earliest support start is paid first, whatever the row order and the Org.nr", () => {
    const result = auditBuild({
      agreement: [["company_cap_per_year", 1]],
      companies: [{ "Affärsutveckling från": "2018-02-01" }, { "Org.nr": ORG_B, "Affärsutveckling från": "2018-01-20" }],
      hires: [{}],
    });
    // ORG_A (row 2) starts later than ORG_B (row 3): ORG_A is over the cap in both years.
    expect(placesOf(result, "OVER_CAP")).toEqual(["Företag!A2", "Företag!A2"]);
  });

  it("ties on one day go by Org.nr as plain strings, ascending, in rows given out of order", () => {
    // Rows: ORG_B, ORG_C, ORG_A, all starting 2018-02-01; ORG_A < ORG_B < ORG_C.
    const companies = [ORG_B, ORG_C, ORG_A].map((orgnr) => ({ "Org.nr": orgnr, "Affärsutveckling från": "2018-02-01" }));
    const capOne = auditBuild({ agreement: [["company_cap_per_year", 1]], companies, hires: [{}] });
    // Findings are listed by place: rows 2 and 3 (ORG_B, ORG_C) are over the cap in years 1 and 2.
    expect(placesOf(capOne, "OVER_CAP")).toEqual(["Företag!A2", "Företag!A2", "Företag!A3", "Företag!A3"]);
    const capTwo = auditBuild({ agreement: [["company_cap_per_year", 2]], companies, hires: [{}] });
    expect(placesOf(capTwo, "OVER_CAP")).toEqual(["Företag!A3", "Företag!A3"]);
  });

  it("the order compares day, then ID as plain strings, in both directions (spec 10.12)", () => {
    const order = byDayThenId((item: { day: number; id: string }) => item.day, (item) => item.id);
    expect(order({ day: 1, id: "B" }, { day: 1, id: "A" })).toBe(1);
    expect(order({ day: 1, id: "A" }, { day: 1, id: "B" })).toBe(-1);
    expect(order({ day: 1, id: "A-10" }, { day: 1, id: "A-2" })).toBe(-1);
    expect(order({ day: 2, id: "A" }, { day: 1, id: "B" })).toBe(1);
    // A comparator's own contract: the same day and ID are equal, not ordered either way.
    expect(order({ day: 1, id: "A" }, { day: 1, id: "A" })).toBe(0);
  });

  it("a fee of 0 with a cap pays nothing and puts nothing over the cap (spec 10.12)", () => {
    const result = auditBuild({ agreement: [["company_fee_sek", 0], ["company_cap_per_year", 1]], companies: [{}, { "Org.nr": ORG_B }] });
    expect(placesOf(result, "OVER_CAP")).toEqual([]);
    expect(result.years[0]!.companiesPaid).toBe(0);
  });

  it("OVER_CAP names the kind, the ID, the cap and the year", () => {
    const result = auditBuild({ agreement: [["company_cap_per_year", 1]], companies: [{}, { "Org.nr": ORG_B }], hires: [{}] });
    expect(paramsOf(result, "OVER_CAP")).toEqual({ kind: "company", found: ORG_B, cap: 1, year: 1 });
  });

  it("companyFees pays only the eligible companies supported in its year", () => {
    const agreement = auditBuild().agreement;
    const [year1] = agreementYears(agreement, day("2019-12-31"));
    const findings: Finding[] = [];
    const companies = [
      listed(ORG_A, 2, "2018-02-01", "2019-12-31"),
      listed(ORG_B, 3, "2019-01-01", "2019-12-31"),
      { ...listed(ORG_C, 4, "2018-02-01", "2019-12-31"), eligible: false },
    ];
    const fees = companyFees(agreement, year1!, yearCandidates(year1!, companies, []), "Företag", 0, findings);
    expect(fees).toMatchObject({ eligible: 1, paid: 1, overCap: 0 });
    expect(fees.total.shownKronor()).toBe(10_000);
    expect(findings).toEqual([]);
  });
});

describe("hire fees per agreement year (spec section 5)", () => {
  it("hireFees pays only the jobs of its year, though it is handed counted jobs of two years", () => {
    const agreement = auditBuild().agreement;
    const [year1, year2] = agreementYears(agreement, day("2019-12-31"));
    const findings: Finding[] = [];
    const jobs = [job("A-1", "2018-03-01", year1!), job("A-2", "2019-03-01", year2!), job("A-3", "2019-04-01", year2!)];
    const first = hireFees(agreement, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, findings);
    expect(first).toMatchObject({ eligible: 1, paid: 1, overCap: 0 });
    expect(first.total.shownKronor()).toBe(10_000);
    const secondYear = hireFees(agreement, year2!, yearCandidates(year2!, [], jobs), "Anställningar", 0, findings);
    expect(secondYear).toMatchObject({ eligible: 2, paid: 2, overCap: 0 });
    expect(secondYear.total.shownKronor()).toBe(20_000);
    expect(findings).toEqual([]);
  });

  it("the earliest start is paid first whatever the row order; one day's ties by Anställnings-ID as text (5, 10.12)", () => {
    const agreement = { ...auditBuild().agreement, hireCapPerYear: 1 };
    const [year1] = agreementYears(agreement, day("2019-12-31"));
    const paidOf = (jobs: Job[]) => hireFees(agreement, year1!, yearCandidates(year1!, [], jobs), "Anställningar", 0, []).paidFees.map((item) => item.candidate.hire.hireId);
    expect(paidOf([job("A-1", "2018-05-01", year1!), job("A-2", "2018-03-01", year1!)])).toEqual(["A-2"]);
    expect(paidOf([job("A-2", "2018-03-01", year1!), job("A-10", "2018-03-01", year1!)])).toEqual(["A-10"]);
  });

  it("counted jobs in two years are paid in their own years", () => {
    const result = auditBuild({ hires: [{}, second({ Startdatum: "2019-01-10" }), second({ "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2019-02-10" })] });
    expect(result.years.slice(0, 2).map((figures) => [figures.hiresPaid, figures.payout.hire.shownKronor()])).toEqual([[1, 10_000], [2, 20_000]]);
  });
});

describe("shares and costs with nothing to divide (spec section 5, 6)", () => {
  it("residentShare, costs per job and shares of a year without jobs are null, never NaN or infinity", () => {
    const result = auditBuild({ hires: [{ Startdatum: "2019-02-01" }] });
    const year1 = result.years[0]!;
    expect(year1.jobs).toBe(0);
    expect(shareOf(year1, "residents")).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(costPerJobSek(year1)).toBeNull();
    expect(costPerResidentJobSek(year1)).toBeNull();
    expect(share(0, 0).value).toBeNull();
    expect(share(1, 4).value).toBe(0.25);
  });
});

/** A listed company with its support period (already cut at the report date). */
function listed(orgnr: string, row: number, from: string, to: string): ListedCompany {
  const company = { orgnr, supportStart: day(from) } as Company;
  return { row, company, eligible: true, supportFrom: day(from), supportTo: day(to) };
}

/** A counted full-time job of a resident at a listed company, with a contract. */
function job(hireId: string, start: string, year: Job["year"]): Job {
  const hire = { hireId, startDate: day(start), rate: 1, contractRef: "AVT-1" } as Hire;
  return { row: 1, hire, year, status: "counted", resident: true, longTermUnemployed: false, company: listed(ORG_A, 1, "2018-01-15", "2019-12-31"), companyKnown: true };
}
