import type { Agreement } from "../agreement";
import type { AgreementYear } from "../agreement-year";
import type { ListedCompany } from "../company-register";
import type { Day } from "../day";
import type { Figures } from "../figures";
import type { Job } from "../job-register";
import { Money } from "../money";
import { PRESET_NAMES } from "../presets";
import { type FeePlaces, priceYear } from "../price-year";
import type { ModelFigures, ModelName, ModelPricing } from "./model-pricing";
import { paymentTermsOf, underPreset } from "./payment-terms";

/** The audit's own results that every model prices again. */
export interface AuditedResults {
  readonly agreement: Agreement;
  readonly reportDate: Day;
  readonly years: readonly AgreementYear[];
  readonly supportedByYear: readonly (readonly ListedCompany[])[];
  readonly jobsByYear: ReadonlyMap<number, readonly Job[]>;
  /** The audit's figures: the counted jobs and residents' jobs each model divides by. */
  readonly figures: readonly Figures[];
  readonly total: Figures;
  readonly places: FeePlaces;
}

/**
 * Prices the same audited companies and jobs under the workbook's own agreement and under each
 * preset's payment terms (spec section 13), keeping the start date, years, report date and
 * qualification rules. The models' `OVER_CAP` findings are not the audit's and are dropped.
 */
export function priceModels(audited: AuditedResults): readonly ModelPricing[] {
  // The own model is priced again rather than copied, so a test can hold it against the audit's payout.
  return [priceUnder(audited, "own", audited.agreement), ...PRESET_NAMES.map((preset) => priceUnder(audited, preset, underPreset(audited.agreement, preset)))];
}

function priceUnder(audited: AuditedResults, model: ModelName, agreement: Agreement): ModelPricing {
  const years = audited.years.map((year, index): ModelFigures => {
    const priced = priceYear(agreement, year, audited.reportDate, audited.supportedByYear[index]!, audited.jobsByYear.get(year.year)!, audited.places, undefined);
    const figures = audited.figures[index]!;
    return {
      year: year.year,
      base: priced.payout.base,
      companyFees: priced.payout.company,
      hireFees: priced.payout.hire,
      incentive: priced.payout.incentive,
      total: priced.payout.total,
      jobs: figures.jobs,
      residentJobs: figures.residentJobs,
    };
  });
  return { model, terms: paymentTermsOf(agreement), years, total: sumModelYears(years, audited.total) };
}

function sumModelYears(years: readonly ModelFigures[], total: Figures): ModelFigures {
  const sum = (pick: (figures: ModelFigures) => Money) => years.reduce((acc, year) => acc.add(pick(year)), Money.ZERO);
  return {
    year: null,
    base: sum((f) => f.base),
    companyFees: sum((f) => f.companyFees),
    hireFees: sum((f) => f.hireFees),
    incentive: sum((f) => f.incentive),
    total: sum((f) => f.total),
    jobs: total.jobs,
    residentJobs: total.residentJobs,
  };
}
