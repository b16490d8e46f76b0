import type { ParameterKey } from "./agreement-parameters";

/** A preset's raw parameter values, keyed like the `Avtal` sheet; dates as `YYYY-MM-DD`. */
export type PresetValues = Readonly<Partial<Record<ParameterKey, string | number | boolean | readonly number[]>>>;

const SHARED: PresetValues = {
  years: 5,
  annual_grant_sek: 5_000_000,
  jobs_target_total: 1000,
  min_employment_rate: 0.5,
  min_duration_months: 3,
  company_min_employees: 5,
  company_max_employees: 50,
  long_term_months: 12,
  residents_only: true,
  exit_min_jobs_share: 0.5, // assumption (spec section 2)
  exit_min_resident_share: 0.5, // assumption (spec section 2)
};

/** The presets of spec section 2. */
export const PRESETS = {
  botkyrka: {
    ...SHARED,
    municipality: "Botkyrka",
    municipality_code: "0127",
    incentive_share: 0.25,
    company_fee_sek: 10_000,
    company_cap_per_year: 60,
    hire_fee_sek: 10_000,
    hire_cap_per_year: 60,
    part_time_factor: 0.5,
    long_term_factor: 1.5, // assumption: 18,000 / 12,000, the top and bottom of AF's result fee
    investment_commitment_sek: 30_000_000,
    probono_min_sek_per_year: 1_500_000,
    exit_checkpoints: [1, 3],
  },
  helsingborg: {
    ...SHARED,
    municipality: "Helsingborg",
    municipality_code: "1283",
    incentive_share: 0.25,
    company_fee_sek: 10_000,
    company_cap_per_year: 60,
    hire_fee_sek: 10_000,
    hire_cap_per_year: 60,
    part_time_factor: 1,
    long_term_factor: 1,
    investment_commitment_sek: 0,
    probono_min_sek_per_year: 0,
    exit_checkpoints: [],
  },
  malmo: {
    ...SHARED,
    start_date: "2017-11-01",
    years: 3,
    municipality: "Malmö",
    municipality_code: "1280",
    incentive_share: 0,
    company_fee_sek: 0,
    company_cap_per_year: 0,
    hire_fee_sek: 0,
    hire_cap_per_year: 0,
    part_time_factor: 1,
    long_term_factor: 1,
    investment_commitment_sek: 0,
    probono_min_sek_per_year: 0,
    exit_checkpoints: [],
  },
} as const satisfies Record<string, PresetValues>;

export type PresetName = keyof typeof PRESETS;

export const PRESET_NAMES = Object.keys(PRESETS) as readonly PresetName[];

/** The presets as a person chooses them: key and municipality name, in the order of `PRESETS`. */
export function presetChoices(): readonly { readonly name: PresetName; readonly label: string }[] {
  return PRESET_NAMES.map((name) => ({ name, label: PRESETS[name].municipality }));
}

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}
