import type { Money } from "../money";
import type { PresetName } from "../presets";
import type { PaymentTerms } from "./payment-terms";

/** Which payment model: the workbook's own agreement, or a preset's payment terms (spec section 13). */
export type ModelName = "own" | PresetName;

/** What one model pays for one agreement year (or the whole period, `year` null). Exact until shown. */
export interface ModelFigures {
  readonly year: number | null;
  readonly base: Money;
  readonly companyFees: Money;
  readonly hireFees: Money;
  readonly incentive: Money;
  readonly total: Money;
  readonly jobs: number;
  readonly residentJobs: number;
}

/** The same audited results priced under one payment model. */
export interface ModelPricing {
  readonly model: ModelName;
  readonly terms: PaymentTerms;
  readonly years: readonly ModelFigures[];
  readonly total: ModelFigures;
}

/** Cost per counted job in whole kronor; `null` without jobs (spec section 5). */
export function modelCostPerJobSek(figures: ModelFigures): number | null {
  return figures.total.per(figures.jobs)?.shownKronor() ?? null;
}

/** Cost per counted job of a resident in whole kronor; `null` without such jobs. */
export function modelCostPerResidentJobSek(figures: ModelFigures): number | null {
  return figures.total.per(figures.residentJobs)?.shownKronor() ?? null;
}
