import type { Finding, FindingParams } from "./finding";
import type { FindingCode } from "./finding-codes";
import { formatKronor, formatNumber, formatShare, formatTarget, formatWhole, type Language } from "./number-format";
import { maskPersonnummer } from "./personnummer";
import { shownText } from "./shown-text";

/**
 * Every finding's text in Swedish and English, in one place (STYLE.md example 6), so tests assert
 * codes and translators see every sentence at once. Each message names the value found and what
 * was expected; every value passes through `shownText` first (masked, control characters visible).
 */
type Text = (p: Params, language: Language) => string;
type Params = FindingParams;

const q = (value: unknown) => `"${shownText(String(value ?? ""))}"`;
const kr = (value: unknown, language: Language) => formatKronor(Number(value), language);
const pct = (value: unknown, language: Language) => formatShare(Number(value), language);
// A value that is no number (a cell typed as text) is named as it was written, never as NaN.
const num = (value: unknown, language: Language) => (Number.isFinite(Number(value)) ? formatNumber(Number(value), language) : q(value));
/** A target, threshold or projection: whole unless its fraction is the point. */
const jobs = (value: unknown, language: Language) => formatTarget(Number(value), language);

/**
 * Jobs that fall short of a threshold (a count, or a projection): whole, unless rounding would hide
 * that it falls short (99,6 against 100), when the fraction is the point and is shown.
 */
function shortOf(actual: unknown, required: unknown, language: Language): string {
  const value = Number(actual);
  if (Math.round(value) < Number(required)) return formatWhole(value, language);
  return Math.round(value * 10) / 10 < Number(required) ? formatTarget(value, language) : formatNumber(Math.floor(value * 100) / 100, language);
}

/** A claimed figure: kronor for an amount (`unit: "kronor"`), else a count. */
const claimed = (value: unknown, p: Params, language: Language) => (p.unit === "kronor" ? kr(value, language) : num(value, language));

/** A row named by its identity: `Anställnings-ID "A-17"`, or all its values for a multiset row. */
const rowName = (p: Params) => (p.keyColumn ? `${p.keyColumn} ${q(p.key)}` : q(p.key));

/** A compared value (spec 12) in the reader's language: dates as they are, rates as percent, yes/no, "(empty)". */
export function shown(value: unknown, kind: unknown, language: Language): string {
  const text = String(value ?? "");
  if (text === "") return language === "sv" ? "(tomt)" : "(empty)";
  if (kind === "bool") return text === "true" ? (language === "sv" ? "Ja" : "Yes") : language === "sv" ? "Nej" : "No";
  if (kind === "rate") return pct(text, language);
  if (kind === "number") return num(text, language);
  return q(text);
}

/** What a value of an agreement parameter or a cell should look like, by problem. */
const EXPECTED: Record<string, { sv: string; en: string }> = {
  required: { sv: "ett värde", en: "a value" },
  date: { sv: "ett datum ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD, 1 mars 2019 eller ett Excel-datum", en: "a date YYYY-MM-DD, YYYYMMDD, 1 March 2019 or an Excel date" },
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
  method: { sv: "random eller mus", en: "random or mus" },
  seed: { sv: "ett heltal 0–4 294 967 295", en: "a whole number 0 to 4,294,967,295" },
  openShare: { sv: "en andel större än 0 och mindre än 1 (t.ex. 95 %)", en: "a share above 0 and below 1 (e.g. 95%)" },
  years: { sv: "avtalsår åtskilda med komma, eller alla", en: "agreement years separated by commas, or all" },
};

function expected(p: Params, language: Language): string {
  const text = EXPECTED[String(p.problem)]?.[language] ?? String(p.problem ?? "");
  return p.max !== undefined ? `${text} (1–${p.max})` : text;
}

/** A rate with two decimals (the sample's limits are read to the hundredth: 4,99 %). */
const pct2 = (value: unknown, language: Language) => `${formatNumber(Math.round(Number(value) * 10000) / 100, language)}${language === "sv" ? " %" : "%"}`;

/** Where a sampled item sits: its ID, sheet, row and agreement year. */
const item = (p: Params, language: Language) =>
  language === "sv" ? `Posten ${q(p.found)} (${p.sheetName} rad ${p.row}, avtalsår ${p.year})` : `Item ${q(p.found)} (${p.sheetName} row ${p.row}, agreement year ${p.year})`;

/** What is wrong with a row or parameter of the `Stickprov` sheet (spec section 11). */
const SAMPLE_PROBLEMS: Record<string, { sv: Text; en: Text }> = {
  cell: {
    sv: (p, l) => `${sv(p)}${q(p.found)} känns inte igen; väntat ${expected({ problem: p.expected }, l)}. Raden räknas som ogranskad.`,
    en: (p, l) => `${en(p)}${q(p.found)} is not recognised; expected ${expected({ problem: p.expected }, l)}. The row counts as unchecked.`,
  },
  required: {
    sv: (p) => `${sv(p)}cellen är tom men ett värde krävs; raden räknas som ogranskad.`,
    en: (p) => `${en(p)}the cell is empty but a value is required; the row counts as unchecked.`,
  },
  parameter: {
    sv: (p, l) => `Stickprovets parameter ${q(p.key)}: ${p.found === undefined ? "saknas" : `värdet ${q(p.found)} är ogiltigt`}; väntat ${expected({ problem: p.expected }, l)}. Stickprovet kan inte bekräftas.`,
    en: (p, l) => `Sample parameter ${q(p.key)}: ${p.found === undefined ? "missing" : `the value ${q(p.found)} is invalid`}; expected ${expected({ problem: p.expected }, l)}. The sample cannot be confirmed.`,
  },
  noTable: {
    sv: () => `Bladet har ingen tabell med stickprovets poster (kolumnerna Blad, Rad, Anställnings-ID/Org.nr, Avtalsår, Utbetalt (kr), Avvikelse); alla poster räknas som ogranskade.`,
    en: () => `The sheet holds no table of sampled items (columns Sheet, Row, Hire ID/Company ID, Agreement year, Paid (SEK), Deviation); every item counts as unchecked.`,
  },
  columnMissing: {
    sv: (p) => `Kolumnen ${q(p.column)} saknas (engelskt namn ${q(p.alias)}); alla poster räknas som ogranskade.`,
    en: (p) => `The column ${q(p.alias)} is missing (Swedish name ${q(p.column)}); every item counts as unchecked.`,
  },
  populationChanged: {
    sv: (p, l) => `Populationen har ändrats sedan stickprovet drogs: då ${num(p.found, l)} poster och ${kr(p.foundSek, l)}, nu ${num(p.expected, l)} poster och ${kr(p.expectedSek, l)}. Dra ett nytt stickprov (eller granska per stickprovets rapportdatum).`,
    en: (p, l) => `The population has changed since the sample was drawn: then ${num(p.found, l)} items and ${kr(p.foundSek, l)}, now ${num(p.expected, l)} items and ${kr(p.expectedSek, l)}. Draw a new sample (or audit as of the sample's report date).`,
  },
  noMatch: {
    sv: (p, l) => `${item(p, l)} motsvarar ingen utbetald post längre (arbetsboken har ändrats efter urvalet, eller nyckeln har redigerats); räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)} no longer matches a paid item (the workbook changed after sampling, or the key was edited); it counts as unchecked.`,
  },
  notDrawn: {
    sv: (p, l) => `${item(p, l)} drogs inte med fröet ${p.seed}; raden hör inte till stickprovet och räknas inte.`,
    en: (p, l) => `${item(p, l)} was not drawn with the seed ${p.seed}; the row is not part of the sample and does not count.`,
  },
  missing: {
    sv: (p, l) => `${item(p, l)} drogs med fröet ${p.seed} men saknas i bladet; räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)} was drawn with the seed ${p.seed} but is missing from the sheet; it counts as unchecked.`,
  },
  duplicate: {
    sv: (p, l) => `${item(p, l)} står redan på rad ${p.firstRow}; varje post en gång. Raden räknas inte.`,
    en: (p, l) => `${item(p, l)} is already listed on row ${p.firstRow}; each item once. The row does not count.`,
  },
  amountChanged: {
    sv: (p, l) => `${item(p, l)}: utbetalt belopp ${kr(p.foundSek, l)} på bladet, men granskningen ger ${kr(p.expectedSek, l)}; räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)}: paid amount ${kr(p.foundSek, l)} on the sheet, but the audit gives ${kr(p.expectedSek, l)}; it counts as unchecked.`,
  },
  aboveAmount: {
    sv: (p, l) => `${item(p, l)}: felaktigt belopp ${kr(p.foundSek, l)} är större än det utbetalda ${kr(p.expectedSek, l)}; väntat högst det utbetalda. Räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)}: misstated amount ${kr(p.foundSek, l)} is above the paid ${kr(p.expectedSek, l)}; expected at most the paid amount. It counts as unchecked.`,
  },
  noEvidenceNoDeviation: {
    sv: (p, l) => `${item(p, l)}: underlag saknas men ingen avvikelse är angiven; väntat Avvikelse = Ja eller Underlag finns = Ja. Räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)}: no evidence on file but no deviation given; expected Deviation = Yes or Evidence on file = Yes. It counts as unchecked.`,
  },
  misstatedWithoutDeviation: {
    sv: (p, l) => `${item(p, l)}: felaktigt belopp ${kr(p.foundSek, l)} men Avvikelse = Nej; väntat Avvikelse = Ja eller inget belopp. Räknas som ogranskad.`,
    en: (p, l) => `${item(p, l)}: misstated amount ${kr(p.foundSek, l)} but Deviation = No; expected Deviation = Yes or no amount. It counts as unchecked.`,
  },
  rowCount: {
    sv: (p, l) => `Bladet har ${num(p.found, l)} poster men stickprovet drogs med ${num(p.expected, l)}; saknade poster räknas som ogranskade.`,
    en: (p, l) => `The sheet holds ${num(p.found, l)} items but the sample was drawn with ${num(p.expected, l)}; missing items count as unchecked.`,
  },
};

/** The sample's conclusion in words (spec section 11), for the finding and every report. */
function sampleConclusion(p: Params, language: Language): string {
  const l = language;
  const sv = l === "sv";
  const found = sv
    ? `${num(p.deviations, l)} ${p.deviations === 1 ? "avvikelse" : "avvikelser"} bland ${num(p.checked, l)} granskade poster av ${num(p.n, l)}`
    : `${num(p.deviations, l)} ${p.deviations === 1 ? "deviation" : "deviations"} among ${num(p.checked, l)} checked items of ${num(p.n, l)}`;
  const limit = p.upper === undefined ? "" : sv
    ? `; övre avvikelsegräns ${pct2(p.upper, l)} (${pct(p.confidence, l)} konfidens) mot tolerabel ${pct2(p.tolerable, l)}`
    : `; upper deviation limit ${pct2(p.upper, l)} (${pct(p.confidence, l)} confidence) against a tolerable ${pct2(p.tolerable, l)}`;
  const money = p.upperSek === undefined ? "" : sv
    ? `; beräknat fel ${p.projectedSek === undefined ? "–" : kr(p.projectedSek, l)}, övre felbelopp ${kr(p.upperSek, l)} av ${kr(p.populationSek, l)}`
    : `; projected misstatement ${p.projectedSek === undefined ? "–" : kr(p.projectedSek, l)}, upper misstatement ${kr(p.upperSek, l)} of ${kr(p.populationSek, l)}`;
  if (p.conclusion === "supported") return sv ? `Stickprovet stöder utbetalningen: ${found}${limit}${money}.` : `The sample supports the payout: ${found}${limit}${money}.`;
  if (p.conclusion === "not-supported") {
    return sv
      ? `Stickprovet stöder inte utbetalningen: ${found}${limit}${money}; upp till ${kr(p.upperSek, l)} kan vara felaktigt utbetalt.`
      : `The sample does not support the payout: ${found}${limit}${money}; up to ${kr(p.upperSek, l)} may be paid wrongly.`;
  }
  const why = p.why === "unverified"
    ? (sv ? "urvalet kan inte bekräftas (se SAMPLE_INVALID)" : "the draw cannot be confirmed (see SAMPLE_INVALID)")
    : (sv ? `${num(p.unchecked, l)} av ${num(p.n, l)} poster är inte granskade` : `${num(p.unchecked, l)} of ${num(p.n, l)} items are not checked`);
  return sv ? `Stickprovet är ofullständigt, ingen slutsats än: ${why}; hittills ${found}${limit}${money}.` : `The sample is incomplete, no conclusion yet: ${why}; so far ${found}${limit}${money}.`;
}

/** The sample's conclusion in words, from an evaluation's conclusion finding. */
export function sampleConclusionText(item: Finding, language: Language): string {
  return sampleConclusion(item.params, language);
}

/** Spec 10.27: the closest existing names, as "did you mean" (empty when there are none). */
function didYouMean(p: Params, language: Language): string {
  if (!p.suggestions) return "";
  const names = String(p.suggestions).split("\n").map((name) => q(name)).join(language === "sv" ? " eller " : " or ");
  return language === "sv" ? ` Menade du ${names}?` : ` Did you mean ${names}?`;
}

/** Spec 10.26: the dates an ambiguous D/M/YYYY could mean. */
function readings(p: Params, language: Language): string {
  if (!p.readings) return "";
  const days = String(p.readings).split(";");
  if (days.length === 1) return language === "sv" ? ` (kan bara vara ${days[0]}, men skrivsättet är tvetydigt)` : ` (it can only be ${days[0]}, but the form is ambiguous)`;
  return language === "sv" ? ` (kan läsas som ${days.join(" eller ")})` : ` (it could be ${days.join(" or ")})`;
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
    sv: (p, l) => `${shortOf(p.actual, p.required, l)} jobb, väntat minst ${jobs(p.required, l)}`,
    en: (p, l) => `${shortOf(p.actual, p.required, l)} jobs, expected at least ${jobs(p.required, l)}`,
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
    sv: (p, l) => `Bladet ${q(p.sheetName)} saknas (engelskt namn ${q(p.alias)}); det krävs för granskningen.${didYouMean(p, l)}`,
    en: (p, l) => `The sheet ${q(p.alias)} is missing (Swedish name ${q(p.sheetName)}); the audit needs it.${didYouMean(p, l)}`,
  },
  COLUMN_MISSING: {
    sv: (p, l) => `Kolumnen ${q(p.column)} saknas (engelskt namn ${q(p.alias)}); bladet används inte i granskningen.${didYouMean(p, l)}`,
    en: (p, l) => `The column ${q(p.alias)} is missing (Swedish name ${q(p.column)}); the sheet is not used in the audit.${didYouMean(p, l)}`,
  },
  NAME_NEAR_MATCH: {
    sv: (p) => `${p.kind === "sheet" ? "Bladet" : "Kolumnen"} ${q(p.found)} matchar inget namn exakt och läses som ${q(p.readAs)}; väntat exakt ${q(p.readAs)}.`,
    en: (p) => `The ${p.kind === "sheet" ? "sheet" : "column"} ${q(p.found)} matches no name exactly and is read as ${q(p.readAs)}; expected exactly ${q(p.readAs)}.`,
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
    sv: (p, l) => `${sv(p)}${q(p.found)} är inget giltigt datum${readings(p, l)}; väntat ${expected({ problem: "date" }, l)}.`,
    en: (p, l) => `${en(p)}${q(p.found)} is not a valid date${readings(p, l)}; expected ${expected({ problem: "date" }, l)}.`,
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
    sv: (p, l) => `Företaget har ${num(p.found, l)} anställda; målgruppen är ${num(p.min, l)}–${num(p.max, l)}. Ingen företagsersättning.`,
    en: (p, l) => `The company has ${num(p.found, l)} employees; the target band is ${num(p.min, l)} to ${num(p.max, l)}. No company fee.`,
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
    sv: (p, l) => `Avtalsår ${p.year}, ${q(p.column)}: redovisat ${claimed(p.found, p, l)}, granskningen räknar ${claimed(p.expected, p, l)}.`,
    en: (p, l) => `Agreement year ${p.year}, ${q(p.column)}: claimed ${claimed(p.found, p, l)}, the audit computes ${claimed(p.expected, p, l)}.`,
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
  SAMPLE_DEVIATION: {
    sv: (p, l) => `${item(p, l)}: avvikelse; felaktigt belopp ${kr(p.foundSek, l)} av utbetalda ${kr(p.expectedSek, l)}.`,
    en: (p, l) => `${item(p, l)}: deviation; misstated ${kr(p.foundSek, l)} of the paid ${kr(p.expectedSek, l)}.`,
  },
  SAMPLE_INCOMPLETE: {
    sv: (p, l) => `${num(p.unchecked, l)} av ${num(p.n, l)} poster i stickprovet är inte granskade (eller ogiltiga); väntat Avvikelse ifylld för varje post. Ingen slutsats förrän alla är granskade.`,
    en: (p, l) => `${num(p.unchecked, l)} of ${num(p.n, l)} sampled items are not checked (or invalid); expected Deviation filled in for every item. No conclusion until all are checked.`,
  },
  SAMPLE_CONCLUSION: {
    sv: (p) => sampleConclusion(p, "sv"),
    en: (p) => sampleConclusion(p, "en"),
  },
  SAMPLE_INVALID: {
    sv: (p, l) => SAMPLE_PROBLEMS[String(p.problem)]?.sv(p, l) ?? `Stickprovet: ${q(p.found)} är ogiltigt.`,
    en: (p, l) => SAMPLE_PROBLEMS[String(p.problem)]?.en(p, l) ?? `Sample: ${q(p.found)} is invalid.`,
  },
  EXIT_CLAUSE_AT_RISK: {
    sv: (p, l) => `Kontrollpunkten efter avtalsår ${p.year} (${p.date}) är i riskzonen enligt prognosen: ${exitReasons(p, l)}.`,
    en: (p, l) => `The checkpoint after agreement year ${p.year} (${p.date}) is at risk on the projection: ${exitReasons(p, l)}.`,
  },
  RETROACTIVE_CHANGE: {
    sv: (p, l) => p.change === "added"
      ? `Ny rad (${rowName(p)}) räknas i avtalsår ${p.year}, som var avslutat vid förra rapportdatumet ${p.previousReportDate}; väntat oförändrade siffror för ett betalt år.`
      : `${q(p.column)} ändrat från ${shown(p.old, p.kind, l)} till ${shown(p.new, p.kind, l)} (${rowName(p)}); det ändrar avtalsår ${p.year}, som var avslutat vid förra rapportdatumet ${p.previousReportDate}.`,
    en: (p, l) => p.change === "added"
      ? `A new row (${rowName(p)}) counts in agreement year ${p.year}, which was complete at the previous report date ${p.previousReportDate}; expected a paid year's figures to stay.`
      : `${q(p.column)} changed from ${shown(p.old, p.kind, l)} to ${shown(p.new, p.kind, l)} (${rowName(p)}); this moves agreement year ${p.year}, complete at the previous report date ${p.previousReportDate}.`,
  },
  ROW_REMOVED: {
    sv: (p) => `Raden ${rowName(p)} (rad ${p.row} i bladet ${q(p.sheetName)} i förra inlämningen) finns inte längre; den räknades i avtalsår ${p.year}, som var avslutat vid förra rapportdatumet ${p.previousReportDate}.`,
    en: (p) => `The row ${rowName(p)} (row ${p.row} of sheet ${q(p.sheetName)} in the previous submission) is gone; it counted in agreement year ${p.year}, complete at the previous report date ${p.previousReportDate}.`,
  },
};

/** The finding's message in one language. */
export function messageOf(item: Finding, language: Language): string {
  return MESSAGES[item.code][language](item.params, language);
}
