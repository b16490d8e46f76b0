import { finding, type FindingParams, NOWHERE } from "../../src/domain/finding";
import type { FindingCode } from "../../src/domain/finding-codes";
import { kronorAtStake } from "../../src/domain/kronor-at-stake";
import { auditBuild } from "../helpers/workbook-builder";

// What a finding puts at stake for the board's ranking (issue 13): each rule by itself, with a
// hire fee and a company fee that differ, and each difference taken in both directions.
const agreement = () => auditBuild({ agreement: [["hire_fee_sek", 15_000], ["company_fee_sek", 40_000]] }).agreement;
const stake = (code: FindingCode, params: FindingParams = {}) => kronorAtStake(finding(code, NOWHERE, params), agreement());

describe("kronor at stake per finding (issue 13, spec sections 5 and 9)", () => {
  it.each(["CONTRACT_MISSING", "COMPANY_UNKNOWN", "OUTSIDE_PERIOD", "PERSON_DOUBLE_COUNTED", "THRESHOLD_GAMING", "HIRED_BEFORE_SUPPORT"] as const)(
    "%s puts one hire fee at stake",
    (code) => expect(stake(code)).toBe(15_000),
  );

  it("a company outside the size band puts one company fee at stake", () => {
    expect(stake("COMPANY_SIZE_OUTSIDE_TARGET")).toBe(40_000);
  });

  it("an incentive claim puts its difference at stake, either way; a claimed head count nothing", () => {
    expect(stake("CLAIM_MISMATCH", { field: "incentiveSek", found: 100_000, expected: 125_000 })).toBe(25_000);
    expect(stake("CLAIM_MISMATCH", { field: "incentiveSek", found: 125_000, expected: 100_000 })).toBe(25_000);
    expect(stake("CLAIM_MISMATCH", { field: "jobs", found: 12, expected: 10 })).toBe(0);
  });

  it("a commitment its shortfall only (spec section 9)", () => {
    expect(stake("INVESTMENT_BELOW_COMMITMENT", { found: 700_000, expected: 1_000_000 })).toBe(300_000);
    expect(stake("INVESTMENT_BELOW_COMMITMENT", { found: 1_200_000, expected: 1_000_000 })).toBe(0);
    expect(stake("PROBONO_BELOW_COMMITMENT", { found: 400, expected: 1000 })).toBe(600);
    expect(stake("PROBONO_BELOW_COMMITMENT", { found: 1500, expected: 1000 })).toBe(0);
  });

  it("a cost over budget its excess only; a budget that does not match its difference, either way", () => {
    expect(stake("COST_OVER_BUDGET", { found: 1_200_000, expected: 1_000_000 })).toBe(200_000);
    expect(stake("COST_OVER_BUDGET", { found: 800_000, expected: 1_000_000 })).toBe(0);
    expect(stake("BUDGET_MISMATCH", { found: 4_000_000, expected: 5_000_000 })).toBe(1_000_000);
    expect(stake("BUDGET_MISMATCH", { found: 5_500_000, expected: 5_000_000 })).toBe(500_000);
  });

  it("a data error or a personnummer puts no amount at stake", () => {
    expect(stake("DATE_INVALID", { found: "igår" })).toBe(0);
    expect(stake("PERSONNUMMER_FOUND", { found: 5 })).toBe(0);
  });
});
