import type { Day } from "./day";
import { Rational } from "./rational";

/**
 * The agreement an audit holds the workbook against (spec section 2), after the preset and the
 * `Avtal` sheet have been merged and validated.
 */
export interface Agreement {
  readonly startDate: Day | undefined;
  readonly years: number;
  readonly municipality: string;
  readonly municipalityCode: string;
  readonly annualGrantSek: number;
  readonly incentiveShare: number;
  readonly jobsTargetTotal: number;
  readonly jobsTargetPerYear: readonly number[] | undefined;
  readonly minEmploymentRate: number;
  readonly minDurationMonths: number;
  readonly companyMinEmployees: number;
  readonly companyMaxEmployees: number;
  readonly companyFeeSek: number;
  readonly companyCapPerYear: number;
  readonly hireFeeSek: number;
  readonly hireCapPerYear: number;
  readonly partTimeFactor: number;
  readonly longTermMonths: number;
  readonly longTermFactor: number;
  readonly residentsOnly: boolean;
  readonly investmentCommitmentSek: number;
  readonly probonoMinSekPerYear: number;
  readonly exitCheckpoints: readonly number[];
  readonly exitMinJobsShare: number;
  readonly exitMinResidentShare: number;
  readonly reportDate: Day | undefined;
}

/**
 * The jobs target of each agreement year: the given list, or the total split evenly and kept
 * exact (spec 10.3: 1000/3 stays 1000/3).
 */
export function yearlyTargets(agreement: Agreement): readonly Rational[] {
  if (agreement.jobsTargetPerYear) return agreement.jobsTargetPerYear.map((target) => Rational.fromNumber(target));
  const even = Rational.fromNumber(agreement.jobsTargetTotal).divide(Rational.of(BigInt(agreement.years)));
  return Array.from({ length: agreement.years }, () => even);
}
