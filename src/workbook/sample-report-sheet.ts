import { type Day, isoDay } from "../domain/day";
import type { Language } from "../domain/number-format";
import { maskPersonnummer } from "../domain/personnummer";
import { type PaidItem, paidOre } from "../domain/sample/paid-item";
import type { SampleDraw } from "../domain/sample/draw-sample";
import { cell, type ReportCell, type ReportSheet } from "./report-sheet";
import { SAMPLE_COLUMNS, SAMPLE_PARAMETER_KEYS, SAMPLE_PARAMETER_TEXTS, SAMPLE_SHEET, SAMPLE_YES_NO, type SampleParameterKey } from "./sample-sheet-contract";

/** A drawn sample and how it was drawn: what the `Stickprov` sheet records (spec section 11). */
export interface DrawnSample extends SampleDraw {
  readonly reportDate: Day;
  readonly preset: string;
}

/** The auditor's answers for one item, when a sheet is written already filled (the example workbook). */
export interface SampleAnswers {
  readonly evidence?: string | number | boolean;
  readonly deviation?: string | number | boolean;
  readonly misstatedSek?: string | number;
  readonly reviewedBy?: string;
  readonly reviewDate?: string;
  readonly comment?: string;
}

const TEXTS = {
  sv: {
    title: "Stickprov",
    intro: [
      "Kontrollera underlaget för varje post (anställningsavtal, folkbokföring, lönebesked) och fyll i de sex kolumnerna till höger.",
      "Avvikelse = Ja när underlaget inte styrker posten; Felaktigt belopp är den del som inte styrks (tomt = hela beloppet).",
      "Ändra inte parametrarna eller postnycklarna: granskningen drar stickprovet igen med fröet och jämför.",
    ],
    parameters: "Parametrar", items: "Poster", parameter: "Parameter", value: "Värde", description: "Beskrivning", all: "alla",
  },
  en: {
    title: "Stickprov (audit sample)",
    intro: [
      "Check the evidence for every item (employment contract, population register, payroll) and fill in the six columns on the right.",
      "Deviation = Yes when the evidence does not support the item; Misstated amount is the part not supported (empty = the whole amount).",
      "Do not change the parameters or the item keys: the audit draws the sample again with the seed and compares.",
    ],
    parameters: "Parameters", items: "Items", parameter: "Parameter", value: "Value", description: "Description", all: "all",
  },
} as const;

/**
 * The `Stickprov` sheet as plain data: a title, what to do, the parameters and seed, and the
 * sampled items as an Excel table with yes/no drop-downs and the auditor's columns empty (or
 * filled from `answers`). Headers are Swedish, or the English aliases with `language` "en"; the
 * reader accepts both.
 */
export function sampleReportSheet(sample: DrawnSample, language: Language, answers: (item: PaidItem, index: number) => SampleAnswers = () => ({})): ReportSheet {
  const t = TEXTS[language];
  const values: Record<SampleParameterKey, ReportCell> = {
    method: cell(sample.method),
    seed: cell(sample.seed),
    confidence: cell(sample.confidence, "percent"),
    tolerable_rate: cell(sample.tolerable, "percent"),
    sample_size: cell(sample.items.length, "count"),
    population_items: cell(sample.population.items.length, "count"),
    population_sek: cell(paidOre(sample.population.amount) / 100, "kronor"),
    years: cell(sample.population.years ? sample.population.years.join(", ") : t.all),
    report_date: cell(isoDay(sample.reportDate), "date"),
    preset: cell(sample.preset),
  };
  const parameterRows = SAMPLE_PARAMETER_KEYS.map((key) => [cell(key), values[key], cell(SAMPLE_PARAMETER_TEXTS[key][language])]);
  const column = (field: string) => SAMPLE_COLUMNS.findIndex((spec) => spec.field === field);
  const itemRows = sample.items.map((item, index): ReportCell[] => {
    const answer = answers(item, index);
    return [
      cell(item.sheet),
      cell(item.row + 1),
      // The sheet never holds a personnummer (spec section 11); the audit compares masked IDs.
      cell(maskPersonnummer(item.id)),
      cell(item.year),
      cell(paidOre(item.amount) / 100, "kronor"),
      cell(answer.evidence ?? null),
      cell(answer.deviation ?? null),
      cell(answer.misstatedSek ?? null, "kronor"),
      cell(answer.reviewedBy ?? null),
      cell(answer.reviewDate ?? null, "date"),
      cell(answer.comment ?? null),
    ];
  });
  return {
    name: SAMPLE_SHEET.sv,
    title: t.title,
    subtitle: [...t.intro],
    blocks: [
      { title: t.parameters, header: [t.parameter, t.value, t.description], rows: parameterRows },
      {
        title: t.items,
        header: SAMPLE_COLUMNS.map((spec) => spec[language]),
        rows: itemRows,
        table: SAMPLE_SHEET.table,
        excelTable: true,
        validations: [column("evidence"), column("deviation")].map((col) => ({ column: col, list: SAMPLE_YES_NO[language] })),
      },
    ],
    columnWidths: [18, 16, 24, 12, 14, 14, 12, 18, 16, 14, 40],
    freezeHeader: false,
  };
}
