import type { Figures, Retention } from "./figures";
import { share, type Share } from "./share";

/** The dimensions a share can be taken over (spec section 6). */
export const SHARE_DIMENSIONS = ["women", "men", "otherGender", "residents", "focusGroup", "longTermUnemployed", "wageSubsidy"] as const;
export type ShareDimension = (typeof SHARE_DIMENSIONS)[number];

/** A share of the counted jobs, with its numerator and denominator. */
export function shareOf(figures: Figures, dimension: ShareDimension): Share {
  const numerator = {
    women: figures.women,
    men: figures.men,
    otherGender: figures.otherGender,
    residents: figures.residentJobs,
    focusGroup: figures.focusGroup,
    longTermUnemployed: figures.longTermUnemployed,
    wageSubsidy: figures.wageSubsidy,
  }[dimension];
  return share(numerator, figures.jobs);
}

/** Retention as a share: employed among those with a known answer. */
export function retentionShare(retention: Retention): Share {
  return share(retention.employed, retention.known);
}

/** Cost per counted job in whole kronor, `null` with no jobs (spec section 5: never infinity). */
export function costPerJobSek(figures: Figures): number | null {
  return figures.payout.total.per(figures.jobs)?.shownKronor() ?? null;
}

/** Cost per counted job of a resident: the mission's "cost per Botkyrka resident hired". */
export function costPerResidentJobSek(figures: Figures): number | null {
  return figures.payout.total.per(figures.residentJobs)?.shownKronor() ?? null;
}
