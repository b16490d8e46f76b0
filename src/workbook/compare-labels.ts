import type { YearDifference } from "../domain/compare/year-differences";
import type { Language } from "../domain/number-format";

/** Every label the comparison shows (summary, `Jämförelse` sheet, board report, pages), in both languages. */
const COMPARE_LABELS = {
  sheetTitle: { sv: "Jämförelse med förra inlämningen", en: "Comparison with the previous submission" },
  sinceLast: { sv: "Sedan förra rapporten", en: "Since the previous report" },
  previous: { sv: "Förra", en: "Previous" },
  current: { sv: "Nu", en: "Current" },
  previousFile: { sv: "Förra inlämningen", en: "Previous submission" },
  currentFile: { sv: "Denna inlämning", en: "This submission" },
  rowsTitle: { sv: "Rader per blad", en: "Rows per sheet" },
  added: { sv: "Tillagda", en: "Added" },
  removed: { sv: "Borttagna", en: "Removed" },
  changed: { sv: "Ändrade", en: "Changed" },
  unchanged: { sv: "Oförändrade", en: "Unchanged" },
  changesTitle: { sv: "Ändringar i redan betalda år", en: "Changes to years already paid" },
  allChangesTitle: { sv: "Alla ändrade rader", en: "Every changed row" },
  noRetroactive: { sv: "Inga ändringar i redan betalda år.", en: "No changes to years already paid." },
  yearsTitle: { sv: "Per avtalsår", en: "Per agreement year" },
  followUpTitle: { sv: "Uppföljning av tidigare fynd", en: "Follow-up of earlier findings" },
  resolved: { sv: "Åtgärdade", en: "Resolved" },
  open: { sv: "Kvarstår", en: "Still open" },
  new: { sv: "Nya", en: "New" },
  sheet: { sv: "Blad", en: "Sheet" },
  cell: { sv: "Cell", en: "Cell" },
  kind: { sv: "Ändring", en: "Change" },
  key: { sv: "Rad (identitet)", en: "Row (identity)" },
  field: { sv: "Fält", en: "Field" },
  oldValue: { sv: "Förut", en: "Before" },
  newValue: { sv: "Nu", en: "Now" },
  yearsMoved: { sv: "Betalda år som ändras", en: "Paid years moved" },
  code: { sv: "Kod", en: "Code" },
  message: { sv: "Meddelande", en: "Message" },
  year: { sv: "Avtalsår", en: "Agreement year" },
  statusThen: { sv: "Status vid förra", en: "Status then" },
  jobs: { sv: "Jobb", en: "Jobs" },
  residentJobs: { sv: "Boende", en: "Residents" },
  payout: { sv: "Utbetalning (kr)", en: "Payout (SEK)" },
  difference: { sv: "Skillnad", en: "Difference" },
  settlement: { sv: "Avräkning", en: "Settlement" },
  "owed-back": { sv: "ska betalas tillbaka", en: "owed back" },
  extra: { sv: "ska betalas ut extra", en: "owed extra" },
  none: { sv: "ingen skillnad", en: "no difference" },
  notPaid: { sv: "ej betalt år", en: "year not paid" },
  complete: { sv: "avslutat", en: "complete" },
  "in-progress": { sv: "pågår", en: "in progress" },
  future: { sv: "framtida", en: "future" },
  reportDate: { sv: "Rapportdatum", en: "Report date" },
  moreRows: { sv: "… och {n} till", en: "… and {n} more" },
} as const;

export type CompareLabelKey = keyof typeof COMPARE_LABELS;

export function compareLabel(key: CompareLabelKey, language: Language): string {
  return COMPARE_LABELS[key][language];
}

/** What a year's payout difference means: for a year paid at the previous report date, owed back or extra. */
export function settlementText(year: YearDifference, language: Language): string {
  return compareLabel(year.settlement ?? "notPaid", language);
}
