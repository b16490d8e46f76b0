import type { Finding, FindingParams } from "./finding";
import type { FindingCode } from "./finding-codes";
import { formatKronor, formatNumber, formatShare, type Language } from "./number-format";
import { maskPersonnummer } from "./personnummer";

/**
 * Every finding's text in Swedish and English, in one place (STYLE.md example 6), so tests assert
 * codes and translators see every sentence at once. Each message names the value found and what
 * was expected; every value passes through `maskPersonnummer` first.
 */
type Text = (p: Params, language: Language) => string;
type Params = FindingParams;

const q = (value: unknown) => `"${maskPersonnummer(String(value ?? ""))}"`;
const kr = (value: unknown, language: Language) => formatKronor(Number(value), language);
const pct = (value: unknown, language: Language) => formatShare(Number(value), language);
const num = (value: unknown, language: Language) => formatNumber(Number(value), language);

/** What a value of an agreement parameter or a cell should look like, by problem. */
const EXPECTED: Record<string, { sv: string; en: string }> = {
  required: { sv: "ett värde", en: "a value" },
  date: { sv: "ett datum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD eller ett Excel-datum", en: "a date YYYY-MM-DD, YYYYMMDD or an Excel date" },
  share: { sv: "en andel mellan 0 och 1 (t.ex. 0,5 eller 50 %)", en: "a share between 0 and 1 (e.g. 0.5 or 50%)" },
  factor: { sv: "ett tal ≥ 0 (t.ex. 0,5)", en: "a number ≥ 0 (e.g. 0.5)" },
  amount: { sv: "ett belopp i kronor ≥ 0", en: "an amount in SEK ≥ 0" },
  whole: { sv: "ett heltal ≥ 0", en: "a whole number ≥ 0" },
  positiveWhole: { sv: "ett heltal ≥ 1", en: "a whole number ≥ 1" },
  text: { sv: "en text", en: "a text" },
  bool: { sv: "Ja eller Nej", en: "Yes or No" },
  code: { sv: "en SCB-kod med 4 siffror", en: "an SCB code of 4 digits" },
  list: { sv: "tal åtskilda med semikolon, t.ex. 1;3", en: "numbers separated by semicolons, e.g. 1;3" },
  number: { sv: "ett tal", en: "a number" },
  nonNegative: { sv: "ett tal ≥ 0", en: "a number ≥ 0" },
  yearRange: { sv: "ett avtalsår", en: "an agreement year" },
  targetsLength: { sv: "ett mål per avtalsår", en: "one target per agreement year" },
  checkpointRange: { sv: "avtalsår inom avtalstiden", en: "agreement years within the agreement" },
  sizeBand: { sv: "minsta antal anställda ≤ största antal", en: "least employees ≤ most employees" },
  noStartDate: { sv: "ett startdatum (start_date) i bladet Avtal", en: "a start date (start_date) in the Avtal sheet" },
  gender: { sv: "K, M eller X (Kvinna, Man, Annat/Okänt)", en: "K, M or X (woman, man, other/unknown)" },
  yesNo: { sv: "Ja eller Nej", en: "Yes or No" },
  format: { sv: "NNNNNN-NNNN (10 siffror)", en: "NNNNNN-NNNN (10 digits)" },
  thirdDigit: { sv: "en tredje siffra ≥ 2", en: "a third digit of 2 or more" },
  checkDigit: { sv: "en korrekt kontrollsiffra", en: "a correct check digit" },
};

function expected(p: Params, language: Language): string {
  const text = EXPECTED[String(p.problem)]?.[language] ?? String(p.problem ?? "");
  return p.max !== undefined ? `${text} (1–${p.max})` : text;
}

function sv(p: Params): string {
  return p.column ? `Kolumnen ${q(p.column)}: ` : "";
}
function en(p: Params): string {
  return p.column ? `Column ${q(p.column)}: ` : "";
}

/** The reasons behind an exit-clause status, with their figures (spec section 7). */
const EXIT_REASONS: Record<string, { sv: Text; en: Text }> = {
  JOBS_BELOW_THRESHOLD: {
    sv: (p, l) => `${num(p.actual, l)} jobb, väntat minst ${num(p.required, l)}`,
    en: (p, l) => `${num(p.actual, l)} jobs, expected at least ${num(p.required, l)}`,
  },
  RESIDENT_SHARE_BELOW_THRESHOLD: {
    sv: (p, l) => `boendes andel ${pct(p.actual, l)}, väntat minst ${pct(p.required, l)}`,
    en: (p, l) => `residents' share ${pct(p.actual, l)}, expected at least ${pct(p.required, l)}`,
  },
  CLAIMS_DO_NOT_MATCH: {
    sv: (p) => `redovisningen stämmer inte för ${p.actual} avtalsår`,
    en: (p) => `the claims do not match for ${p.actual} agreement year(s)`,
  },
};

function exitReasons(p: Params, language: Language): string {
  return Object.keys(EXIT_REASONS)
    .filter((code) => p[`${code}_actual`] !== undefined)
    .map((code) => EXIT_REASONS[code]![language]({ actual: p[`${code}_actual`], required: p[`${code}_required`] }, language))
    .join("; ");
}

/** The name of an exit reason code in the reader's language, for tables. */
export function exitReasonText(code: string, actual: number, required: number, language: Language): string {
  return EXIT_REASONS[code]?.[language]({ actual, required }, language) ?? code;
}

const MESSAGES: Record<FindingCode, { sv: Text; en: Text }> = {
  SHEET_MISSING: {
    sv: (p) => `Bladet ${q(p.sheetName)} saknas (engelskt namn ${q(p.alias)}); det krävs för granskningen.`,
    en: (p) => `The sheet ${q(p.sheetName)} is missing (English name ${q(p.alias)}); the audit needs it.`,
  },
  COLUMN_MISSING: {
    sv: (p) => `Kolumnen ${q(p.column)} saknas (engelskt namn ${q(p.alias)}); bladet används inte i granskningen.`,
    en: (p) => `The column ${q(p.column)} is missing (Swedish name ${q(p.svName)}); the sheet is not used in the audit.`,
  },
  COLUMN_UNKNOWN: {
    sv: (p) => `Kolumnen ${q(p.found)} läses inte av någon regel och ignoreras.`,
    en: (p) => `The column ${q(p.found)} is not read by any rule and is ignored.`,
  },
  AGREEMENT_INVALID: {
    sv: (p, l) => `Avtalsparametern ${q(p.key)}: ${p.found === undefined ? "saknas" : `värdet ${q(p.found)} är ogiltigt`}; väntat ${expected(p, l)}.${p.fallback !== undefined ? ` Förinställt värde ${q(p.fallback)} används.` : ""}`,
    en: (p, l) => `Agreement parameter ${q(p.key)}: ${p.found === undefined ? "missing" : `the value ${q(p.found)} is invalid`}; expected ${expected(p, l)}.${p.fallback !== undefined ? ` The preset's value ${q(p.fallback)} is used.` : ""}`,
  },
  AGREEMENT_KEY_UNKNOWN: {
    sv: (p) => `Okänd avtalsparameter ${q(p.found)}; den ignoreras.`,
    en: (p) => `Unknown agreement parameter ${q(p.found)}; it is ignored.`,
  },
  VALUE_REQUIRED: {
    sv: (p) => `${sv(p)}cellen är tom men ett värde krävs; raden räknas inte.`,
    en: (p) => `${en(p)}the cell is empty but a value is required; the row does not count.`,
  },
  DATE_INVALID: {
    sv: (p, l) => `${sv(p)}${q(p.found)} är inget giltigt datum; väntat ${expected({ problem: "date" }, l)}.`,
    en: (p, l) => `${en(p)}${q(p.found)} is not a valid date; expected ${expected({ problem: "date" }, l)}.`,
  },
  NUMBER_INVALID: {
    sv: (p, l) => `${sv(p)}${q(p.found)} är ogiltigt; väntat ${expected(p, l)}.`,
    en: (p, l) => `${en(p)}${q(p.found)} is invalid; expected ${expected(p, l)}.`,
  },
  RATE_OUT_OF_RANGE: {
    sv: (p) => `${sv(p)}sysselsättningsgraden ${q(p.found)} ligger utanför (0 %, 100 %].`,
    en: (p) => `${en(p)}the employment rate ${q(p.found)} is outside (0%, 100%].`,
  },
  CHOICE_INVALID: {
    sv: (p, l) => `${sv(p)}${q(p.found)} känns inte igen; väntat ${expected(p, l)}.`,
    en: (p, l) => `${en(p)}${q(p.found)} is not recognised; expected ${expected(p, l)}.`,
  },
  CELL_ERROR: {
    sv: (p) => `${sv(p)}cellen innehåller Excel-felet ${q(p.found)}; väntat ett värde.`,
    en: (p) => `${en(p)}the cell holds the Excel error ${q(p.found)}; expected a value.`,
  },
  CELL_REPEATED: {
    sv: (p) => `Filen anger cellen två gånger med olika värden: först ${q(p.first)}, sedan ${q(p.later)}; det senare läses (som LibreOffice visar det), men raden räknas inte förrän filen rättas.`,
    en: (p) => `The file gives this cell twice with different values: first ${q(p.first)}, then ${q(p.later)}; the later one is read (as LibreOffice shows it), but the row does not count until the file is corrected.`,
  },
  ORGNR_INVALID: {
    sv: (p, l) => `${sv(p)}organisationsnumret ${q(p.found)} är ogiltigt; väntat ${expected(p, l)}${p.problem === "checkDigit" ? ` (${p.expectedDigit})` : ""}.`,
    en: (p, l) => `${en(p)}the organisation number ${q(p.found)} is invalid; expected ${expected(p, l)}${p.problem === "checkDigit" ? ` (${p.expectedDigit})` : ""}.`,
  },
  HIRE_ID_DUPLICATE: {
    sv: (p) => `Anställnings-ID ${q(p.found)} finns redan på rad ${p.firstRow}; väntat ett unikt ID. Raden räknas inte.`,
    en: (p) => `Hire ID ${q(p.found)} already appears on row ${p.firstRow}; expected a unique ID. The row does not count.`,
  },
  COMPANY_DUPLICATE: {
    sv: (p) => `Org.nr ${q(p.found)} finns redan på rad ${p.firstRow}; väntat varje företag en gång. Raden räknas inte.`,
    en: (p) => `Company ID ${q(p.found)} already appears on row ${p.firstRow}; expected each company once. The row does not count.`,
  },
  PERSON_DOUBLE_COUNTED: {
    sv: (p) => `Person-ID ${q(p.found)} har redan ett räknat jobb (rad ${p.firstRow}); en person räknas en gång. Jobbet räknas inte.`,
    en: (p) => `Person ID ${q(p.found)} already has a counted job (row ${p.firstRow}); a person counts once. This job does not count.`,
  },
  PERSONNUMMER_FOUND: {
    sv: (p) => `Cellen innehåller ett personnummer (${q(p.found)}); väntat en pseudonym. Ta bort personnumret.`,
    en: (p) => `The cell holds a personal identity number (${q(p.found)}); expected a pseudonym. Remove it.`,
  },
  END_BEFORE_START: {
    sv: (p) => `${sv(p)}slutdatum ${p.end} ligger före startdatum ${p.start}; väntat samma dag eller senare.`,
    en: (p) => `${en(p)}end date ${p.end} is before start date ${p.start}; expected the same day or later.`,
  },
  FUTURE_DATE: {
    sv: (p) => `${sv(p)}datumet ${p.found} ligger efter rapportdatum ${p.reportDate}; väntat senast rapportdatum.`,
    en: (p) => `${en(p)}the date ${p.found} is after the report date ${p.reportDate}; expected on or before it.`,
  },
  OUTSIDE_PERIOD: {
    sv: (p) => `Startdatum ${p.found} ligger utanför avtalsperioden ${p.from}–${p.to}; jobbet räknas inte.`,
    en: (p) => `Start date ${p.found} is outside the agreement period ${p.from} to ${p.to}; the job does not count.`,
  },
  RATE_BELOW_MINIMUM: {
    sv: (p, l) => `Sysselsättningsgraden ${pct(p.found, l)} är under minimum ${pct(p.expected, l)}; jobbet räknas inte.`,
    en: (p, l) => `The employment rate ${pct(p.found, l)} is below the minimum ${pct(p.expected, l)}; the job does not count.`,
  },
  DURATION_TOO_SHORT: {
    sv: (p) => `Jobbet ${p.start}–${p.found} slutade före ${p.mark} (${p.months} månader); jobbet räknas inte.`,
    en: (p) => `The job ${p.start} to ${p.found} ended before ${p.mark} (${p.months} months); the job does not count.`,
  },
  PENDING_DURATION: {
    sv: (p) => `Jobbet från ${p.start} har ännu inte varat ${p.months} månader (uppnås ${p.mark}); räknas inte än.`,
    en: (p) => `The job from ${p.start} has not yet lasted ${p.months} months (reached on ${p.mark}); not counted yet.`,
  },
  CONTRACT_MISSING: {
    sv: (p) => `Jobbet ${q(p.found)} räknas men saknar referens till anställningsavtal; väntat en referens. Ingen ersättning.`,
    en: (p) => `Job ${q(p.found)} counts but has no contract reference; expected one. No fee is paid.`,
  },
  COMPANY_UNKNOWN: {
    sv: (p) => `Org.nr ${q(p.found)} finns inte i bladet Företag; väntat ett listat företag. Jobbet ger ingen ersättning.`,
    en: (p) => `Company ID ${q(p.found)} is not in the Companies sheet; expected a listed company. The job earns no fee.`,
  },
  COMPANY_SIZE_OUTSIDE_TARGET: {
    sv: (p) => `Företaget har ${p.found} anställda; målgruppen är ${p.min}–${p.max}. Ingen företagsersättning.`,
    en: (p) => `The company has ${p.found} employees; the target band is ${p.min} to ${p.max}. No company fee.`,
  },
  HIRED_BEFORE_SUPPORT: {
    sv: (p) => `Anställningen ${p.found} började före företagets affärsutveckling ${p.expected}; kopplingen till stiftelsen är osäker.`,
    en: (p) => `The job started ${p.found}, before the company's support began ${p.expected}; attribution is doubtful.`,
  },
  THRESHOLD_GAMING: {
    sv: (p) => `Jobbet slutade ${p.found}, inom 14 dagar efter att minimitiden nåddes ${p.mark}; väntat en varaktig anställning.`,
    en: (p) => `The job ended ${p.found}, within 14 days of reaching the minimum duration on ${p.mark}; expected lasting employment.`,
  },
  OVER_CAP: {
    sv: (p, l) => `${p.kind === "company" ? "Företaget" : "Jobbet"} ${q(p.found)} ligger över årstaket ${num(p.cap, l)} för avtalsår ${p.year}; ingen ersättning.`,
    en: (p, l) => `${p.kind === "company" ? "Company" : "Job"} ${q(p.found)} is over the yearly cap of ${num(p.cap, l)} for agreement year ${p.year}; not paid.`,
  },
  POOL_CAP_REACHED: {
    sv: (p, l) => `Avtalsår ${p.year}: avgifterna ${kr(p.found, l)} överstiger resultatpotten ${kr(p.expected, l)}; resultatersättningen begränsas.`,
    en: (p, l) => `Agreement year ${p.year}: fees of ${kr(p.found, l)} exceed the incentive pool of ${kr(p.expected, l)}; the incentive is capped.`,
  },
  CLAIM_MISMATCH: {
    sv: (p, l) => `Avtalsår ${p.year}, ${q(p.column)}: redovisat ${num(p.found, l)}, granskningen räknar ${num(p.expected, l)}.`,
    en: (p, l) => `Agreement year ${p.year}, ${q(p.column)}: claimed ${num(p.found, l)}, the audit computes ${num(p.expected, l)}.`,
  },
  BUDGET_MISMATCH: {
    sv: (p, l) => `Avtalsår ${p.year}: budgetposterna summerar till ${kr(p.found, l)}; väntat bidraget ${kr(p.expected, l)}.`,
    en: (p, l) => `Agreement year ${p.year}: the budget lines add up to ${kr(p.found, l)}; expected the grant of ${kr(p.expected, l)}.`,
  },
  COST_OVER_BUDGET: {
    sv: (p, l) => `Kostnadsslaget ${q(p.category)} år ${p.year}: utfall ${kr(p.found, l)} över budget ${kr(p.expected, l)}.`,
    en: (p, l) => `Category ${q(p.category)} year ${p.year}: actual ${kr(p.found, l)} above budget ${kr(p.expected, l)}.`,
  },
  INVESTMENT_BELOW_COMMITMENT: {
    sv: (p, l) => `Investeringar hittills ${kr(p.found, l)}; åtagandet pro rata till rapportdatum är ${kr(p.expected, l)}.`,
    en: (p, l) => `Investments to date ${kr(p.found, l)}; the commitment pro rata to the report date is ${kr(p.expected, l)}.`,
  },
  PROBONO_BELOW_COMMITMENT: {
    sv: (p, l) => `Avtalsår ${p.year}: pro bono ${kr(p.found, l)}; åtagandet är minst ${kr(p.expected, l)} per år.`,
    en: (p, l) => `Agreement year ${p.year}: pro bono ${kr(p.found, l)}; the commitment is at least ${kr(p.expected, l)} a year.`,
  },
  EXIT_CLAUSE_TRIGGERED: {
    sv: (p, l) => `Utträdesklausulen efter avtalsår ${p.year} (${p.date}) kan användas: ${exitReasons(p, l)}.`,
    en: (p, l) => `The exit clause after agreement year ${p.year} (${p.date}) may be used: ${exitReasons(p, l)}.`,
  },
  EXIT_CLAUSE_AT_RISK: {
    sv: (p, l) => `Kontrollpunkten efter avtalsår ${p.year} (${p.date}) är i riskzonen enligt prognosen: ${exitReasons(p, l)}.`,
    en: (p, l) => `The checkpoint after agreement year ${p.year} (${p.date}) is at risk on the projection: ${exitReasons(p, l)}.`,
  },
};

/** The finding's message in one language. */
export function messageOf(item: Finding, language: Language): string {
  return MESSAGES[item.code][language](item.params, language);
}
