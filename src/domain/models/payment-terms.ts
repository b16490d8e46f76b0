import type { Agreement } from "../agreement";
import type { ParameterKey } from "../agreement-parameters";
import { type PresetName } from "../presets";
import { resolveAgreement } from "../resolve-agreement";

/**
 * The payment parameters a model swaps (spec section 13); everything else (start date, years,
 * report date, qualification rules, targets, exit clause) stays the workbook's own.
 */
export const PAYMENT_KEYS = [
  "annual_grant_sek",
  "incentive_share",
  "company_fee_sek",
  "company_cap_per_year",
  "hire_fee_sek",
  "hire_cap_per_year",
  "part_time_factor",
  "long_term_factor",
  "residents_only",
] as const satisfies readonly ParameterKey[];

export type PaymentKey = (typeof PAYMENT_KEYS)[number];

/** The agreement's field for each payment parameter. */
export const PAYMENT_FIELDS = {
  annual_grant_sek: "annualGrantSek",
  incentive_share: "incentiveShare",
  company_fee_sek: "companyFeeSek",
  company_cap_per_year: "companyCapPerYear",
  hire_fee_sek: "hireFeeSek",
  hire_cap_per_year: "hireCapPerYear",
  part_time_factor: "partTimeFactor",
  long_term_factor: "longTermFactor",
  residents_only: "residentsOnly",
} as const satisfies Record<PaymentKey, keyof Agreement>;

/** A model's payment terms: one value per payment parameter. */
export type PaymentTerms = { readonly [K in PaymentKey]: Agreement[(typeof PAYMENT_FIELDS)[K]] };

/** The payment terms an agreement carries. */
export function paymentTermsOf(agreement: Agreement): PaymentTerms {
  const terms: Record<string, unknown> = {};
  for (const key of PAYMENT_KEYS) terms[key] = agreement[PAYMENT_FIELDS[key]];
  return terms as PaymentTerms;
}

/** The workbook's agreement with a preset's payment terms swapped in (spec section 13). */
export function underPreset(own: Agreement, preset: PresetName): Agreement {
  const presetAgreement = resolveAgreement(preset, []).agreement;
  const swapped: Record<string, unknown> = { ...own };
  for (const key of PAYMENT_KEYS) swapped[PAYMENT_FIELDS[key]] = presetAgreement[PAYMENT_FIELDS[key]];
  return swapped as unknown as Agreement;
}
