import { parameterSourceText, parameterValueText } from "../workbook/parameter-text";
import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import { formatKronor, formatNumber, formatShare, type Language } from "../domain/number-format";
import type { ParameterKey } from "../domain/agreement-parameters";
import { AGREEMENT_PARAMETERS } from "../domain/agreement-parameters";
import { sheetCell } from "../workbook/a1";

/**
 * A further method the report describes: a sample (spec section 11) or a comparison with an
 * earlier submission (spec section 12). The branches that add them fill this slot; the report
 * shows each with its method and its result.
 */
export interface MethodExtra {
  readonly title: string;
  readonly method: string;
  readonly result: string;
}

/** One of the spec's **assumption** values, as the audit applied it. */
export interface AssumptionLine {
  readonly key: ParameterKey;
  readonly value: string;
  readonly source: string;
  readonly note: string;
}

/** The method appendix as plain data: what was checked, as of when, by which rules and assumptions. */
export interface MethodAppendix {
  readonly checked: string;
  readonly asOf: string;
  readonly rules: readonly string[];
  readonly assumptions: readonly AssumptionLine[];
  readonly sha256: string;
  readonly tool: string;
  readonly extras: readonly MethodExtra[];
}

/** The spec's assumption values (spec section 2): defaults the seed does not state. */
const ASSUMPTIONS: readonly { key: ParameterKey; sv: string; en: string }[] = [
  { key: "long_term_factor", sv: "18 000/12 000, högsta och lägsta resultatersättningen i Arbetsförmedlingens Stöd och matchning", en: "18,000/12,000, the top and bottom of Arbetsförmedlingen's result fee" },
  { key: "exit_min_jobs_share", sv: "utlöst om jobben är färre än denna andel av ackumulerat mål", en: "triggered when jobs fall below this share of the cumulative target" },
  { key: "exit_min_resident_share", sv: "utlöst om boendes andel av jobben är lägre", en: "triggered when residents' share of the jobs is lower" },
  { key: "annual_grant_sek", sv: "Helsingborgs bidrag per år antas vara 5 000 000 kr i betalningsmodellen helsingborg", en: "Helsingborg's yearly grant is assumed to be SEK 5,000,000 in the helsingborg payment model" },
];

const T = {
  sv: {
    checked: (errors: number, warnings: number, infos: number) => `Varje cell som reglerna läser i bladen Avtal, Anställningar, Företag, Investeringar, Pro bono, Kostnader och Redovisning, mot avtalet i bilaga A. Fynd: ${errors} fel, ${warnings} varningar, ${infos} information.`,
    asOf: (date: string, fromAvtal: boolean) => `${date} (${fromAvtal ? "report_date i bladet Avtal" : "angivet vid granskningen, annars dagens datum"})`,
    source: (source: string, preset: string, cell: string) => (source === "Avtal" ? `Avtal ${cell}` : `förinställning ${preset}`),
  },
  en: {
    checked: (errors: number, warnings: number, infos: number) => `Every cell the rules read in the sheets Avtal, Anställningar, Företag, Investeringar, Pro bono, Kostnader and Redovisning, against the agreement in appendix A. Findings: ${errors} errors, ${warnings} warnings, ${infos} infos.`,
    asOf: (date: string, fromAvtal: boolean) => `${date} (${fromAvtal ? "report_date in the Avtal sheet" : "given for the audit, else the day it ran"})`,
    source: (source: string, preset: string, cell: string) => (source === "Avtal" ? `Avtal ${cell}` : `preset ${preset}`),
  },
} as const;

/** The rules applied, in words with the agreement's figures (spec sections 4, 5, 7 and 10). */
function rules(result: AuditResult, language: Language): string[] {
  const a = result.agreement;
  const pct = (value: number) => formatShare(value, language);
  const kr = (value: number) => formatKronor(value, language);
  const n = (value: number) => formatNumber(value, language);
  const checkpoints = a.exitCheckpoints.join(";") || "–";
  if (language === "sv") {
    return [
      `Ett jobb räknas när sysselsättningsgraden är minst ${pct(a.minEmploymentRate)} och anställningen varat minst ${n(a.minDurationMonths)} kalendermånader vid rapportdatum; en person räknas en gång; rader med fel räknas inte (avsnitt 4, 10.7–10.8).`,
      `Grundersättning = bidraget ${kr(a.annualGrantSek)} × (1 − ${pct(a.incentiveShare)}) per år, pågående år pro rata per dag (avsnitt 5, 10.13).`,
      `Resultatersättning: ${kr(a.companyFeeSek)} per företag med ${n(a.companyMinEmployees)}–${n(a.companyMaxEmployees)} anställda (högst ${n(a.companyCapPerYear)} per år) och ${kr(a.hireFeeSek)} per jobb (högst ${n(a.hireCapPerYear)} per år; deltid × ${n(a.partTimeFactor)}, långtidsarbetslös × ${n(a.longTermFactor)}${a.residentsOnly ? ", bara boende i kommunen" : ""}), högst ${pct(a.incentiveShare)} av bidraget per år (avsnitt 5).`,
      `Utträdesklausul efter avtalsår ${checkpoints}: utlöst om jobben är färre än ${pct(a.exitMinJobsShare)} av ackumulerat mål, om boendes andel är under ${pct(a.exitMinResidentShare)} eller om redovisningen avviker; före kontrollpunkten en linjär prognos (avsnitt 7, 10.16).`,
      "Belopp räknas exakt i öre och avrundas till hela kronor en gång per rad, halvt till jämnt (avsnitt 5, 10.13).",
      "Betalningsmodellerna prissätter samma granskade jobb och företag med varje förinställnings betalningsvillkor; startdatum, avtalstid, rapportdatum och reglerna för vad som räknas är arbetsbokens egna (avsnitt 13).",
    ];
  }
  return [
    `A job counts when its employment rate is at least ${pct(a.minEmploymentRate)} and it has lasted at least ${n(a.minDurationMonths)} calendar months by the report date; a person counts once; rows with errors do not count (sections 4, 10.7–10.8).`,
    `Base = the grant of ${kr(a.annualGrantSek)} × (1 − ${pct(a.incentiveShare)}) a year, the current year pro rata by day (sections 5, 10.13).`,
    `Incentive: ${kr(a.companyFeeSek)} per company with ${n(a.companyMinEmployees)}–${n(a.companyMaxEmployees)} employees (at most ${n(a.companyCapPerYear)} a year) and ${kr(a.hireFeeSek)} per job (at most ${n(a.hireCapPerYear)} a year; part time × ${n(a.partTimeFactor)}, long-term unemployed × ${n(a.longTermFactor)}${a.residentsOnly ? ", residents only" : ""}), at most ${pct(a.incentiveShare)} of the grant a year (section 5).`,
    `Exit clause after agreement year ${checkpoints}: triggered when jobs fall below ${pct(a.exitMinJobsShare)} of the cumulative target, residents' share is under ${pct(a.exitMinResidentShare)}, or the claims differ; before the checkpoint a linear projection (sections 7, 10.16).`,
    "Amounts are exact in öre and rounded once per line to whole kronor, half to even (sections 5, 10.13).",
    "The payment models price the same audited jobs and companies under each preset's payment terms; start date, length, report date and the rules of what counts are the workbook's own (section 13).",
  ];
}

/** Builds the method appendix; `extras` is the slot for a sample's or a comparison's method and result. */
export function methodAppendix(
  result: AuditResult,
  source: { readonly sha256: string; readonly tool: { readonly name: string; readonly version: string } },
  language: Language,
  extras: readonly MethodExtra[] = [],
): MethodAppendix {
  const t = T[language];
  const used = new Map(result.parameters.map((parameter) => [parameter.key, parameter]));
  const assumptions = ASSUMPTIONS.map(({ key, ...note }): AssumptionLine => {
    const parameter = used.get(key)!;
    return { key, value: parameterValueText(parameter, language), source: parameterSourceText(parameter, result.preset, language), note: `${AGREEMENT_PARAMETERS[key][language]}: ${note[language]}` };
  });
  return {
    checked: t.checked(result.summary.errors, result.summary.warnings, result.summary.infos),
    asOf: t.asOf(isoDay(result.reportDate), result.agreement.reportDate === result.reportDate),
    rules: rules(result, language),
    assumptions,
    sha256: source.sha256,
    tool: `${source.tool.name} ${source.tool.version}`,
    extras,
  };
}
