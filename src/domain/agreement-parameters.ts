import { z } from "zod";
import type { Day } from "./day";

/**
 * How an `Avtal` value is written (spec section 2 and 10.2): the kind decides how a cell is read
 * (in `workbook/`) and which values are valid (here).
 */
export type ParameterKind =
  | "date"
  | "positiveWhole"
  | "whole"
  | "amount"
  | "share"
  | "factor"
  | "text"
  | "code"
  | "bool"
  | "targets"
  | "checkpoints";

export interface ParameterDefinition {
  readonly kind: ParameterKind;
  /** Swedish description, written next to the value in the template's `Avtal` sheet. */
  readonly sv: string;
  readonly en: string;
}

/** Every agreement parameter of spec section 2, in the order the template lists them. */
export const AGREEMENT_PARAMETERS = {
  start_date: { kind: "date", sv: "Första dagen i avtalsår 1", en: "First day of agreement year 1" },
  years: { kind: "positiveWhole", sv: "Avtalets längd i år", en: "Agreement length in years" },
  municipality: { kind: "text", sv: "Hemkommunens namn", en: "Home municipality name" },
  municipality_code: { kind: "code", sv: "Kommunens SCB-kod (4 siffror)", en: "SCB municipality code (4 digits)" },
  annual_grant_sek: { kind: "amount", sv: "Kommunens verksamhetsbidrag per år (kr)", en: "Municipal operating grant per year (SEK)" },
  incentive_share: { kind: "share", sv: "Andel av bidraget som bara betalas som resultatersättning", en: "Share of the grant paid only as incentives" },
  jobs_target_total: { kind: "whole", sv: "Jobbmål för hela avtalstiden", en: "Jobs goal for the whole period" },
  jobs_target_per_year: { kind: "targets", sv: "Valfritt: jobbmål per år, åtskilda med ;", en: "Optional: jobs goal per year, separated by ;" },
  min_employment_rate: { kind: "share", sv: "Lägsta sysselsättningsgrad för att ett jobb ska räknas", en: "Least employment rate for a job to count" },
  min_duration_months: { kind: "whole", sv: "Kortaste anställningstid i kalendermånader", en: "Least duration in calendar months" },
  company_min_employees: { kind: "whole", sv: "Minsta antal anställda i målgruppsföretag", en: "Least employees of a target company" },
  company_max_employees: { kind: "whole", sv: "Största antal anställda i målgruppsföretag", en: "Most employees of a target company" },
  company_fee_sek: { kind: "amount", sv: "Ersättning per företag med affärsutveckling och år (kr)", en: "Fee per supported company and year (SEK)" },
  company_cap_per_year: { kind: "whole", sv: "Högst antal företag som ersätts per år", en: "Most companies paid per year" },
  hire_fee_sek: { kind: "amount", sv: "Ersättning per anställning (kr)", en: "Fee per paid job (SEK)" },
  hire_cap_per_year: { kind: "whole", sv: "Högst antal anställningar som ersätts per år", en: "Most jobs paid per year" },
  part_time_factor: { kind: "factor", sv: "Faktor för deltidsjobb (under 100 %)", en: "Fee factor for jobs under 100%" },
  long_term_months: { kind: "whole", sv: "Månader utan arbete som räknas som långtidsarbetslös", en: "Months unemployed that make long-term" },
  long_term_factor: { kind: "factor", sv: "Faktor för långtidsarbetslösa (antagande: 18 000/12 000)", en: "Fee factor for long-term unemployed (assumption: 18,000/12,000)" },
  residents_only: { kind: "bool", sv: "Bara boende i kommunen ger anställningsersättning", en: "Only residents trigger a hire fee" },
  investment_commitment_sek: { kind: "amount", sv: "Investerarnas investeringsåtagande för perioden (kr)", en: "Investors' commitment for the period (SEK)" },
  probono_min_sek_per_year: { kind: "amount", sv: "Investerarnas pro bono-åtagande per år (kr)", en: "Investors' pro-bono commitment per year (SEK)" },
  exit_checkpoints: { kind: "checkpoints", sv: "Avtalsår efter vilka utträdesklausulen får användas, åtskilda med ;", en: "Agreement years after which the exit clause may be used" },
  exit_min_jobs_share: { kind: "share", sv: "Utträde om jobben < denna andel av ackumulerat mål (antagande)", en: "Trigger if cumulative jobs < this × cumulative target (assumption)" },
  exit_min_resident_share: { kind: "share", sv: "Utträde om boendes andel av jobben < denna andel (antagande)", en: "Trigger if residents' share of jobs < this (assumption)" },
  report_date: { kind: "date", sv: "Valfritt: datum som granskningen avser", en: "Optional: the date the audit is as of" },
} as const satisfies Record<string, ParameterDefinition>;

export type ParameterKey = keyof typeof AGREEMENT_PARAMETERS;

export const PARAMETER_KEYS = Object.keys(AGREEMENT_PARAMETERS) as readonly ParameterKey[];

export function isParameterKey(key: string): key is ParameterKey {
  return Object.prototype.hasOwnProperty.call(AGREEMENT_PARAMETERS, key);
}

const day = z.number().int().min(-719162).max(2932896).transform((value) => value as Day);
const whole = z.number().int().min(0).max(1e9);

/** Which values each kind accepts, after the cell has been read (spec section 2). */
export const KIND_SCHEMAS: Record<ParameterKind, z.ZodType> = {
  date: day,
  positiveWhole: z.number().int().min(1).max(100),
  whole,
  amount: z.number().min(0).max(1e12),
  share: z.number().min(0).max(1),
  factor: z.number().min(0).max(1000),
  text: z.string().trim().min(1),
  code: z.string().regex(/^\d{4}$/),
  bool: z.boolean(),
  targets: z.array(z.number().min(0).max(1e9)).min(1),
  checkpoints: z.array(z.number().int().min(1).max(100)),
};
