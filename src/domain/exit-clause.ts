import { yearlyTargets } from "./agreement";
import type { AuditContext } from "./audit-context";
import { type Day, daysInclusive, isoDay } from "./day";
import type { Figures } from "./figures";
import { finding, NOWHERE } from "./finding";
import { Rational } from "./rational";

/** The status of one exit checkpoint (utträdesklausul, spec section 7). */
export type ExitStatus = "met" | "triggered" | "on-track" | "at-risk";

export type ExitReasonCode = "JOBS_BELOW_THRESHOLD" | "RESIDENT_SHARE_BELOW_THRESHOLD" | "CLAIMS_DO_NOT_MATCH";

/** A reason with the figures behind it; for an at-risk jobs reason `actual` is the projection (spec 10.16). */
export interface ExitReason {
  readonly code: ExitReasonCode;
  readonly actual: number;
  readonly required: number;
}

export interface ExitCheckpoint {
  readonly checkpointYear: number;
  /** The last day of the checkpoint year. */
  readonly date: Day;
  readonly status: ExitStatus;
  readonly jobsCumulative: number;
  readonly targetCumulative: Rational;
  /** The linear projection of jobs to the checkpoint date; only before the checkpoint. */
  readonly projectedJobs: number | null;
  readonly residentJobs: number;
  readonly residentShare: number | null;
  readonly reasons: readonly ExitReason[];
}

/**
 * Evaluates each exit checkpoint *c* (spec section 7): on or after its date it is triggered when
 * cumulative jobs fall below `exit_min_jobs_share` × the cumulative target, when the residents'
 * share falls below `exit_min_resident_share`, or when a claim of years 1..c does not match;
 * before its date the same conditions on a linear projection make it at risk (spec 10.16).
 */
export function evaluateExitClause(
  context: AuditContext,
  years: readonly Figures[],
  mismatchedClaimYears: ReadonlySet<number>,
): readonly ExitCheckpoint[] {
  const { agreement, reportDate, findings } = context;
  const start = agreement.startDate;
  if (start === undefined || years.length === 0) return [];
  const targets = yearlyTargets(agreement);
  return agreement.exitCheckpoints.map((checkpointYear) => {
    const upTo = years.slice(0, checkpointYear);
    const date = upTo[upTo.length - 1]!.to;
    const jobsCumulative = upTo.reduce((sum, year) => sum + year.jobs, 0);
    const residentJobs = upTo.reduce((sum, year) => sum + year.residentJobs, 0);
    const targetCumulative = targets.slice(0, checkpointYear).reduce((sum, target) => sum.add(target), Rational.ZERO);
    const residentShare = jobsCumulative === 0 ? null : residentJobs / jobsCumulative;
    const reached = reportDate >= date;
    const elapsed = daysInclusive(start, reportDate);
    const jobs = reached
      ? Rational.of(BigInt(jobsCumulative))
      : elapsed === 0
        ? Rational.ZERO
        : Rational.of(BigInt(jobsCumulative) * BigInt(daysInclusive(start, date)), BigInt(elapsed));

    const reasons: ExitReason[] = [];
    const threshold = Rational.fromNumber(agreement.exitMinJobsShare).multiply(targetCumulative);
    if (jobs.lessThan(threshold)) reasons.push({ code: "JOBS_BELOW_THRESHOLD", actual: jobs.toNumber(), required: threshold.toNumber() });
    // Spec 10.16: with no jobs the residents' share is null and this condition is skipped.
    if (residentShare !== null && residentShare < agreement.exitMinResidentShare) {
      reasons.push({ code: "RESIDENT_SHARE_BELOW_THRESHOLD", actual: residentShare, required: agreement.exitMinResidentShare });
    }
    const claimYears = [...mismatchedClaimYears].filter((year) => year <= checkpointYear).length;
    if (claimYears > 0) reasons.push({ code: "CLAIMS_DO_NOT_MATCH", actual: claimYears, required: 0 });

    const status: ExitStatus = reached ? (reasons.length ? "triggered" : "met") : reasons.length ? "at-risk" : "on-track";
    if (reasons.length) {
      findings.push(finding(reached ? "EXIT_CLAUSE_TRIGGERED" : "EXIT_CLAUSE_AT_RISK", NOWHERE, {
        year: checkpointYear, date: isoDay(date), ...reasonParams(reasons),
      }));
    }
    return {
      checkpointYear, date, status, jobsCumulative, targetCumulative, residentJobs, residentShare,
      projectedJobs: reached ? null : jobs.toNumber(),
      reasons,
    };
  });
}

function reasonParams(reasons: readonly ExitReason[]): Record<string, number> {
  const params: Record<string, number> = {};
  for (const reason of reasons) {
    params[`${reason.code}_actual`] = reason.actual;
    params[`${reason.code}_required`] = reason.required;
  }
  return params;
}
