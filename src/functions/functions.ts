/* global CustomFunctions */
import { agreementYearOf, agreementYears } from "../domain/agreement-year";
import { today } from "../domain/day";
import { costPerJobSek, costPerResidentJobSek, retentionShare, type ShareDimension, shareOf } from "../domain/derived-figures";
import { jobDuration } from "../domain/job-qualification";
import { checkOrgnr } from "../domain/organisationsnummer";
import type { ModelName } from "../domain/models/model-pricing";
import { isPresetName } from "../domain/presets";
import { resolveAgreement } from "../domain/resolve-agreement";
import { readFraction } from "../workbook/read-rate";
import { dateArgument } from "./date-argument";
import { FunctionInputError } from "./function-input-error";
import { auditFormulaTables, figuresOf, optionalDate } from "./table-figures";
import { excelErrors } from "./to-excel-error";

// Thin wrappers over the engine (STYLE.md example 7): each reads its arguments (tables through
// the one adapter, table-argument.ts), calls src/domain, and turns bad input into an Excel error
// with a message at this edge.
//
// The date: every function whose answer depends on the day takes an optional `reportDate`, which
// wins over the Avtal table's `report_date` (as the CLI's --report-date does, spec 10.1); with
// neither, the day of calculation. None is volatile: a volatile function over whole tables would
// re-audit 100,000 rows at every edit anywhere in the workbook. To follow the day, pass TODAY()
// (itself volatile, so only such formulas recalculate, and each day's audit is computed once and
// shared through the cache); for figures that do not move, pass a date or set `report_date`.

/**
 * Whether a job counts: at least half-time and lasted three calendar months by the report date
 * (the Botkyrka agreement's rule). #N/A while it has not lasted long enough yet.
 * @customfunction QUALIFIES
 * @param start Start date of the job.
 * @param end End date of the job; empty while it goes on.
 * @param rate Employment rate, 0.5 or 50 %.
 * @param [reportDate] The date the audit is as of; today when empty. TODAY() makes the answer follow the day.
 * @returns TRUE if the job counts, FALSE if it cannot.
 */
export function qualifies(start: number, end: any, rate: any, reportDate?: any): boolean {
  return excelErrors(() => {
    const startDay = dateArgument("start", start);
    // Spec 10.24: an empty end date may arrive as null, "" or 0 (serial 0 is no date).
    const endDay = optionalDate("end", end);
    const asOf = optionalDate("reportDate", reportDate) ?? today();
    const fraction = readFraction(rate);
    if (fraction === undefined || fraction <= 0 || fraction > 1) throw new FunctionInputError("value", `rate: "${rate}" is not an employment rate in (0, 100 %].`);
    const { agreement } = resolveAgreement("botkyrka", []);
    if (endDay !== undefined && endDay < startDay) throw new FunctionInputError("value", "end: the end date is before the start date.");
    if (fraction < agreement.minEmploymentRate) return false;
    const duration = jobDuration(agreement, startDay, endDay, asOf);
    if (duration.kind === "pending") throw new FunctionInputError("notAvailable", `Pending: the job has not lasted ${agreement.minDurationMonths} months yet.`);
    return duration.kind === "qualifies";
  });
}

/**
 * The agreement year (avtalsår) a date falls in.
 * @customfunction AGREEMENTYEAR
 * @param date A date.
 * @param agreement The Avtal table with its header row, e.g. Avtal[#All].
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns The agreement year, 1 to the agreement's length.
 */
export function agreementYear(date: number, agreement: any[][], reportDate?: any): number {
  return excelErrors(() => {
    const day = dateArgument("date", date);
    const result = auditFormulaTables({ agreement }, reportDate);
    const year = agreementYearOf(agreementYears(result.agreement, result.reportDate), day);
    if (!year) throw new FunctionInputError("notAvailable", "The date lies outside the agreement period.");
    return year.year;
  });
}

/**
 * Whether an organisationsnummer is valid: its form and its check digit.
 * @customfunction ORGNRVALID
 * @param orgnr An organisationsnummer, NNNNNN-NNNN or 10 digits.
 * @returns TRUE if it is valid.
 */
export function orgnrValid(orgnr: any): boolean {
  return excelErrors(() => checkOrgnr(String(orgnr ?? "")).valid);
}

/**
 * What the municipality pays for an agreement year: the base payment plus the incentive, in kronor.
 * @customfunction PAYOUT
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns The total paid, whole kronor.
 */
export function payout(hires: any[][], companies: any[][], agreement: any[][], year?: number, reportDate?: any): number {
  return excelErrors(() => figuresOf(auditFormulaTables({ hires, companies, agreement }, reportDate), year).payout.total.shownKronor());
}

/**
 * The incentive (resultatersättning) for an agreement year: company and hire fees up to the pool, in kronor.
 * @customfunction INCENTIVE
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns The incentive, whole kronor.
 */
export function incentive(hires: any[][], companies: any[][], agreement: any[][], year?: number, reportDate?: any): number {
  return excelErrors(() => figuresOf(auditFormulaTables({ hires, companies, agreement }, reportDate), year).payout.incentive.shownKronor());
}

/**
 * Cost per resident hired: the total paid divided by the counted jobs of residents. #N/A without such jobs.
 * @customfunction COSTPERRESIDENT
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns Kronor per counted job of a resident.
 */
export function costPerResident(hires: any[][], companies: any[][], agreement: any[][], year?: number, reportDate?: any): number {
  return excelErrors(() => {
    const cost = costPerResidentJobSek(figuresOf(auditFormulaTables({ hires, companies, agreement }, reportDate), year));
    if (cost === null) throw new FunctionInputError("notAvailable", "No counted jobs of residents: no cost per resident job.");
    return cost;
  });
}

/**
 * Cost per job: the total paid divided by the counted jobs. #N/A without counted jobs.
 * @customfunction COSTPERJOB
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns Kronor per counted job.
 */
export function costPerJob(hires: any[][], companies: any[][], agreement: any[][], year?: number, reportDate?: any): number {
  return excelErrors(() => {
    const cost = costPerJobSek(figuresOf(auditFormulaTables({ hires, companies, agreement }, reportDate), year));
    if (cost === null) throw new FunctionInputError("notAvailable", "No counted jobs: no cost per job.");
    return cost;
  });
}

/**
 * A share of the counted jobs: women, men, residents, focus group (born outside Europe), long-term unemployed.
 * @customfunction SHARE
 * @param hires The Anställningar table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param dimension women, men, other, residents, focusgroup, longterm or wagesubsidy (Swedish words too: kvinnor, män, boende, fokusgrupp, långtidsarbetslösa, lönestöd).
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns A fraction between 0 and 1.
 */
export function share(hires: any[][], agreement: any[][], dimension: string, year?: number, reportDate?: any): number {
  return excelErrors(() => {
    const which = shareDimension(dimension);
    const value = shareOf(figuresOf(auditFormulaTables({ hires, agreement }, reportDate), year), which).value;
    if (value === null) throw new FunctionInputError("notAvailable", "No counted jobs: no share.");
    return value;
  });
}

/**
 * Retention: of the counted jobs followed up at 6 or 12 months, the share still employed.
 * @customfunction RETENTION
 * @param hires The Anställningar table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param months 6 or 12.
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns A fraction between 0 and 1.
 */
export function retention(hires: any[][], agreement: any[][], months: number, year?: number, reportDate?: any): number {
  return excelErrors(() => {
    if (months !== 6 && months !== 12) throw new FunctionInputError("value", `months: ${months}; expected 6 or 12.`);
    const figures = figuresOf(auditFormulaTables({ hires, agreement }, reportDate), year);
    const value = retentionShare(months === 6 ? figures.retention6m : figures.retention12m).value;
    if (value === null) throw new FunctionInputError("notAvailable", `No job has a known answer at ${months} months yet.`);
    return value;
  });
}

/**
 * The exit clause's status at a checkpoint: met, triggered, on-track or at-risk.
 * @customfunction EXITSTATUS
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param checkpointYear The agreement year after which the exit clause may be used, e.g. 1 or 3.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns met, triggered, on-track or at-risk.
 */
export function exitStatus(hires: any[][], companies: any[][], agreement: any[][], checkpointYear: number, reportDate?: any): string {
  return excelErrors(() => {
    const result = auditFormulaTables({ hires, companies, agreement }, reportDate);
    const checkpoint = result.exitClause.find((candidate) => candidate.checkpointYear === checkpointYear);
    if (!checkpoint) {
      throw new FunctionInputError("notAvailable", `Year ${checkpointYear} is no exit checkpoint; the agreement's are ${result.agreement.exitCheckpoints.join(", ") || "none"}.`);
    }
    return checkpoint.status;
  });
}

const DIMENSIONS: Readonly<Record<string, ShareDimension>> = {
  women: "women", kvinnor: "women", k: "women",
  men: "men", män: "men", m: "men",
  other: "otherGender", othergender: "otherGender", annat: "otherGender", x: "otherGender",
  residents: "residents", boende: "residents",
  focusgroup: "focusGroup", fokusgrupp: "focusGroup", "födda utanför europa": "focusGroup", "born outside europe": "focusGroup",
  longterm: "longTermUnemployed", longtermunemployed: "longTermUnemployed", långtidsarbetslösa: "longTermUnemployed",
  wagesubsidy: "wageSubsidy", lönestöd: "wageSubsidy",
};

function shareDimension(text: string): ShareDimension {
  const key = String(text ?? "").trim().toLowerCase().replace(/[-_]/g, "");
  const found = DIMENSIONS[key] ?? DIMENSIONS[key.replace(/\s+/g, "")];
  if (!found) throw new FunctionInputError("value", `dimension: "${text}" is none of women, men, other, residents, focusgroup, longterm, wagesubsidy.`);
  return found;
}


/**
 * What the municipality would pay for the same results under another payment model (spec section
 * 13): the preset's grant, incentive share, fees, caps and factors, with the Avtal table's start
 * date, length, report date and rules of what counts.
 * @customfunction PAYOUTUNDER
 * @param hires The Anställningar table with its header row.
 * @param companies The Företag table with its header row.
 * @param agreement The Avtal table with its header row.
 * @param preset botkyrka, helsingborg, malmo, or own (the Avtal table's own terms; also avtal or empty).
 * @param [year] Agreement year; 0 or empty for the whole period to the report date.
 * @param [reportDate] The date the audit is as of; wins over the Avtal table's report_date; else today. TODAY() makes the answer follow the day.
 * @returns The total paid under that model, whole kronor.
 */
export function payoutUnder(hires: any[][], companies: any[][], agreement: any[][], preset: string, year?: number, reportDate?: any): number {
  return excelErrors(() => {
    const model = modelArgument(preset);
    const pricing = auditFormulaTables({ hires, companies, agreement }, reportDate).models.find((candidate) => candidate.model === model)!;
    if (year === undefined || year === null || year === 0) return pricing.total.total.shownKronor();
    if (!Number.isInteger(year) || year < 1 || year > pricing.years.length) {
      throw new FunctionInputError("number", `Agreement year ${year} does not exist; expected 1 to ${pricing.years.length}, or 0 for the whole period.`);
    }
    return pricing.years[year - 1]!.total.shownKronor();
  });
}

function modelArgument(text: unknown): ModelName {
  const key = String(text ?? "").trim().toLowerCase().replace("ö", "o");
  if (key === "" || key === "own" || key === "avtal" || key === "egen") return "own";
  if (isPresetName(key)) return key;
  throw new FunctionInputError("value", `preset: "${text}" is none of botkyrka, helsingborg, malmo, own.`);
}
