import type { Language } from "../domain/number-format";
import { fillIn } from "../workbook/fill-in";

/** Every text the task pane shows, in both languages. */
const TEXTS = {
  title: { sv: "Resultatrevision", en: "Results audit" },
  intro: { sv: "Granska resultatredovisningen mot avtalet. Inget lämnar datorn.", en: "Audit the results workbook against the agreement. Nothing leaves this computer." },
  preset: { sv: "Avtalsmall", en: "Agreement preset" },
  reportDate: { sv: "Rapportdatum (tomt: Avtal eller i dag)", en: "Report date (empty: Avtal, else today)" },
  template: { sv: "Skapa mall", en: "Create template" },
  audit: { sv: "Granska", en: "Audit" },
  payout: { sv: "Ersättning och sammanställning", en: "Payout and summary" },
  working: { sv: "Arbetar …", en: "Working …" },
  reading: { sv: "Läser arbetsboken …", en: "Reading the workbook …" },
  writing: { sv: "Skriver bladen …", en: "Writing the sheets …" },
  templateDone: { sv: "Mallen är skapad: {created}.", en: "The template is ready: {created}." },
  templateSkipped: { sv: "Redan fanns och lämnades orörda: {skipped}.", en: "Already there and left alone: {skipped}." },
  auditDone: { sv: "Granskningen är klar: {errors} fel, {warnings} varningar, {infos} information. Se bladet Granskning.", en: "Audit done: {errors} errors, {warnings} warnings, {infos} infos. See the sheet Granskning." },
  payoutDone: { sv: "Bladen Ersättning och Sammanställning är skapade.", en: "The sheets Ersättning and Sammanställning are ready." },
  failed: { sv: "Det gick inte: {reason}", en: "That did not work: {reason}" },
  badDate: { sv: "Rapportdatum ska skrivas ÅÅÅÅ-MM-DD.", en: "Write the report date as YYYY-MM-DD." },
  findings: { sv: "Fynd (klicka för att visa cellen)", en: "Findings (click to show the cell)" },
  more: { sv: "… och {count} till i bladet Granskning.", en: "… and {count} more in the sheet Granskning." },
  sampleTitle: { sv: "Stickprov", en: "Audit sample" },
  sampleIntro: { sv: "Dra ett stickprov av de utbetalda posterna, kontrollera underlaget och fyll i bladet Stickprov; Granska bedömer det.", en: "Draw a sample of the paid items, check their evidence and fill in the sheet Stickprov; Audit evaluates it." },
  confidence: { sv: "Konfidensnivå", en: "Confidence" },
  tolerable: { sv: "Tolerabel avvikelsegrad", en: "Tolerable deviation rate" },
  size: { sv: "Antal poster (tomt: beräknas)", en: "Items (empty: planned)" },
  method: { sv: "Urval", en: "Selection" },
  methodRandom: { sv: "Slumpmässigt", en: "Simple random" },
  methodMus: { sv: "Efter belopp (MUS)", en: "By amount (MUS)" },
  seed: { sv: "Frö (samma frö ger samma stickprov)", en: "Seed (the same seed gives the same sample)" },
  drawSample: { sv: "Dra stickprov", en: "Draw sample" },
  replaceSample: { sv: "Ersätt stickprovet", en: "Replace the sample" },
  sampleExists: { sv: "Arbetsboken har redan ett stickprov (bladet {sheet}). Klicka på Ersätt stickprovet för att skriva över det, med allt som fyllts i.", en: "The workbook already holds a sample (sheet {sheet}). Click Replace the sample to write over it, with everything filled in." },
  sampleDone: { sv: "Bladet Stickprov är skapat: {n} av {items} utbetalda poster ({kronor}), frö {seed}. Fyll i Underlag finns och Avvikelse för varje post och klicka sedan på Granska.", en: "The sheet Stickprov is ready: {n} of {items} paid items ({kronor}), seed {seed}. Fill in Evidence and Deviation for every item, then click Audit." },
  badShare: { sv: "Konfidensnivå och avvikelsegrad ska vara andelar mellan 0 och 1 (t.ex. 95 % eller 0,05).", en: "Confidence and deviation rate must be shares between 0 and 1 (e.g. 95% or 0.05)." },
  badWhole: { sv: "Frö och antal ska vara heltal (frö 0–4294967295).", en: "Seed and size must be whole numbers (seed 0 to 4294967295)." },
  compareTitle: { sv: "Jämför med tidigare inlämning", en: "Compare with an earlier submission" },
  compareFile: { sv: "Förra inlämningen (.xlsx)", en: "The previous submission (.xlsx)" },
  compare: { sv: "Jämför med tidigare inlämning", en: "Compare with earlier submission" },
  compareNoFile: { sv: "Välj först förra inlämningens fil.", en: "First choose the previous submission's file." },
  compareReading: { sv: "Läser {file} här i fönstret …", en: "Reading {file} here in the pane …" },
  compareDone: { sv: "Jämförelsen är klar: {changes} ändringar i redan betalda år; tidigare fynd: {resolved} åtgärdade, {open} kvarstår, {fresh} nya. Se bladet Jämförelse.", en: "Comparison done: {changes} changes to years already paid; earlier findings: {resolved} resolved, {open} still open, {fresh} new. See the sheet Jämförelse." },
  previousWithoutReportDate: { sv: "{file} har inget report_date i bladet Avtal; varje inlämning granskas per sitt eget rapportdatum.", en: "{file} has no report_date in its Avtal sheet; each submission is audited as of its own report date." },
  currentWithoutReportDate: { sv: "Den öppna arbetsboken har inget report_date i bladet Avtal.", en: "The open workbook has no report_date in its Avtal sheet." },
  currentNotLater: { sv: "Den öppna arbetsbokens rapportdatum {current} är inte senare än {file}s {previous}.", en: "The open workbook's report date {current} is not later than {file}'s {previous}." },
  openWorkbook: { sv: "den öppna arbetsboken", en: "the open workbook" },
} as const;

export type TextKey = keyof typeof TEXTS;

/** A text with its `{placeholders}` filled in. */
export function text(key: TextKey, language: Language, values: Record<string, string | number> = {}): string {
  return fillIn(TEXTS[key][language], values);
}
