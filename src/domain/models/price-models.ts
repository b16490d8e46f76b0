import type { Agreement } from "../agreement";
import type { AgreementYear } from "../agreement-year";
import type { Day } from "../day";
import type { Figures } from "../figures";
import { Money } from "../money";
import { PRESET_NAMES } from "../presets";
import { type FeePlaces, type PricedYear, priceYear } from "../price-year";
import type { ModelFigures, ModelName, ModelPricing } from "./model-pricing";
import { paymentTermsOf, underPreset } from "./payment-terms";
import type { YearCandidates } from "../year-candidates";

/** The audit's own results that every model prices again. */
export interface AuditedResults {
  readonly agreement: Agreement;
  readonly reportDate: Day;
  readonly years: readonly AgreementYear[];
  /** Each year's fee candidates, in the fees' order: the same companies and jobs for every model. */
  readonly candidates: readonly YearCandidates[];
  /** The audit's figures: the counted jobs and residents' jobs each model divides by. */
  readonly figures: readonly Figures[];
  readonly total: Figures;
  readonly places: FeePlaces;
  /** The audit's own pricing of each year: a model with the same payment terms costs the same. */
  readonly priced: readonly PricedYear[];
}

/**
 * Prices the same audited companies and jobs under the workbook's own agreement and under each
 * preset's payment terms (spec section 13), keeping the start date, years, report date and
 * qualification rules. The models' `OVER_CAP` findings are not the audit's and are dropped.
 */
export function priceModels(audited: AuditedResults): readonly ModelPricing[] {
  // The workbook's own terms are the audit's pricing; a preset with the same terms (the workbook's
  // own preset, unchanged) shares it. The presets' terms differ from one another.
  const ownTerms = termsKey(audited.agreement);
  const pricingOf = (agreement: Agreement) =>
    termsKey(agreement) === ownTerms
      ? audited.priced
      : audited.years.map((year, index) =>
        priceYear(agreement, year, audited.reportDate, audited.candidates[index]!, audited.places, undefined));
  return [
    priceUnder(audited, "own", audited.agreement, pricingOf(audited.agreement)),
    ...PRESET_NAMES.map((preset) => {
      const agreement = underPreset(audited.agreement, preset);
      return priceUnder(audited, preset, agreement, pricingOf(agreement));
    }),
  ];
}

/** Payment terms as one text: equal texts, equal terms (every other parameter is the workbook's own). */
function termsKey(agreement: Agreement): string {
  return JSON.stringify(paymentTermsOf(agreement));
}

function priceUnder(audited: AuditedResults, model: ModelName, agreement: Agreement, pricedYears: readonly PricedYear[]): ModelPricing {
  const years = audited.years.map((year, index): ModelFigures => {
    const priced = pricedYears[index]!;
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
