import { type Agreement } from "./agreement";
import { AGREEMENT_PARAMETERS, isParameterKey, KIND_SCHEMAS, type ParameterKey } from "./agreement-parameters";
import { type Day, isoDay, parseIsoDay } from "./day";
import { finding, type Finding, NOWHERE, type Place } from "./finding";
import { PRESETS, type PresetName } from "./presets";

/**
 * One row of the `Avtal` sheet as `workbook/` read it: the value is already read by the
 * parameter's kind (`null` when it could not be), `undefined` when the cell is empty.
 */
export interface AgreementEntry {
  readonly key: string;
  readonly value: unknown;
  /** The cell as the user sees it, for messages. */
  readonly found: string;
  readonly keyPlace: Place;
  readonly valuePlace: Place;
}

export interface ResolvedAgreement {
  readonly agreement: Agreement;
  readonly findings: readonly Finding[];
  /** The `Värde` cell of each parameter whose value in use came from the `Avtal` sheet (spec 10.31). */
  readonly fromAvtal: ReadonlyMap<ParameterKey, Place>;
}

/** A parameter's name as `Avtal` is matched: whatever its case and the spaces around it. */
export function parameterName(written: string): string {
  return written.trim().toLowerCase();
}

/**
 * Merges a preset with the `Avtal` sheet and validates every parameter (spec section 2, 10.2):
 * an empty value keeps the preset's, an invalid one is `AGREEMENT_INVALID` and the preset's is
 * used, the last of a repeated key wins, unknown keys are `AGREEMENT_KEY_UNKNOWN` on the key cell.
 */
export function resolveAgreement(preset: PresetName, entries: readonly AgreementEntry[], avtalSheet?: string): ResolvedAgreement {
  const findings: Finding[] = [];
  const defaults = presetValues(preset);
  const values: Partial<Record<ParameterKey, unknown>> = { ...defaults };
  const places: Partial<Record<ParameterKey, Place>> = {};

  for (const entry of entries) {
    const key = parameterName(entry.key);
    if (!isParameterKey(key)) {
      findings.push(finding("AGREEMENT_KEY_UNKNOWN", entry.keyPlace, { found: entry.key }));
      continue;
    }
    if (entry.value === undefined) continue;
    const parsed = KIND_SCHEMAS[AGREEMENT_PARAMETERS[key].kind].safeParse(entry.value);
    if (parsed.success) {
      values[key] = parsed.data;
      places[key] = entry.valuePlace;
    } else {
      findings.push(
        finding("AGREEMENT_INVALID", entry.valuePlace, {
          key,
          found: entry.found,
          problem: AGREEMENT_PARAMETERS[key].kind,
          fallback: displayValue(key, defaults[key]),
        }),
      );
    }
  }

  const placeOf = (key: ParameterKey): Place => places[key] ?? (avtalSheet ? { sheet: avtalSheet } : NOWHERE);
  const crossCheck = (key: ParameterKey, problem: string, extra: Record<string, number> = {}) =>
    findings.push(finding("AGREEMENT_INVALID", placeOf(key), { key, found: displayValue(key, values[key]), problem, ...extra }));

  const years = values.years as number;
  let targets = values.jobs_target_per_year as readonly number[] | undefined;
  if (targets && targets.length !== years) {
    crossCheck("jobs_target_per_year", "targetsLength", { max: years });
    targets = undefined;
    delete places.jobs_target_per_year;
  }
  let checkpoints = (values.exit_checkpoints as readonly number[] | undefined) ?? [];
  if (checkpoints.some((year) => year > years)) {
    crossCheck("exit_checkpoints", "checkpointRange", { max: years });
    checkpoints = checkpoints.filter((year) => year <= years);
  }
  let minEmployees = values.company_min_employees as number;
  let maxEmployees = values.company_max_employees as number;
  if (minEmployees > maxEmployees) {
    crossCheck("company_min_employees", "sizeBand");
    minEmployees = defaults.company_min_employees as number;
    maxEmployees = defaults.company_max_employees as number;
    delete places.company_min_employees;
    delete places.company_max_employees;
  }
  if (values.start_date === undefined) {
    findings.push(finding("AGREEMENT_INVALID", placeOf("start_date"), { key: "start_date", problem: "noStartDate" }));
  }

  const agreement: Agreement = {
    startDate: values.start_date as Day | undefined,
    years,
    municipality: values.municipality as string,
    municipalityCode: values.municipality_code as string,
    annualGrantSek: values.annual_grant_sek as number,
    incentiveShare: values.incentive_share as number,
    jobsTargetTotal: values.jobs_target_total as number,
    jobsTargetPerYear: targets,
    minEmploymentRate: values.min_employment_rate as number,
    minDurationMonths: values.min_duration_months as number,
    companyMinEmployees: minEmployees,
    companyMaxEmployees: maxEmployees,
    companyFeeSek: values.company_fee_sek as number,
    companyCapPerYear: values.company_cap_per_year as number,
    hireFeeSek: values.hire_fee_sek as number,
    hireCapPerYear: values.hire_cap_per_year as number,
    partTimeFactor: values.part_time_factor as number,
    longTermMonths: values.long_term_months as number,
    longTermFactor: values.long_term_factor as number,
    residentsOnly: values.residents_only as boolean,
    investmentCommitmentSek: values.investment_commitment_sek as number,
    probonoMinSekPerYear: values.probono_min_sek_per_year as number,
    exitCheckpoints: [...new Set(checkpoints)].sort((a, b) => a - b),
    exitMinJobsShare: values.exit_min_jobs_share as number,
    exitMinResidentShare: values.exit_min_resident_share as number,
    reportDate: values.report_date as Day | undefined,
  };
  return { agreement, findings, fromAvtal: new Map(Object.entries(places) as [ParameterKey, Place][]) };
}

/** A preset's values in the form the `Avtal` sheet's values take after reading. */
export function presetValues(preset: PresetName): Partial<Record<ParameterKey, unknown>> {
  const values: Partial<Record<ParameterKey, unknown>> = {};
  for (const [key, value] of Object.entries(PRESETS[preset]) as [ParameterKey, unknown][]) {
    values[key] = AGREEMENT_PARAMETERS[key].kind === "date" ? parseIsoDay(String(value)) : value;
  }
  return values;
}

function displayValue(key: ParameterKey, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (AGREEMENT_PARAMETERS[key].kind === "date") return isoDay(value as Day);
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

/** A preset's value as the template writes it into the `Avtal` sheet. */
export function presetCellValue(preset: PresetName, key: ParameterKey): string | number | boolean | undefined {
  const value = (PRESETS[preset] as Partial<Record<ParameterKey, unknown>>)[key];
  if (Array.isArray(value)) return value.length ? value.join(";") : undefined;
  return value as string | number | boolean;
}
