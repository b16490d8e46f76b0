import type { SampleItemRecord } from "../domain/sample/sample-sheet";

/**
 * The `Stickprov` sheet (alias `Sample`) of spec section 11: the sample's parameters as
 * `Parameter`/`Värde` rows above a table of the sampled items, one row per item.
 */
export const SAMPLE_SHEET = { sv: "Stickprov", en: "Sample", table: "Stickprov" } as const;

/** One column of the sample table: Swedish header, English alias, whether the evaluation needs it. */
export interface SampleColumn {
  readonly field: keyof SampleItemRecord & string;
  readonly sv: string;
  readonly en: string;
  readonly required: boolean;
}

const column = (field: SampleColumn["field"], sv: string, en: string, required: boolean): SampleColumn => ({ field, sv, en, required });

/** The item key (sheet, row, ID, year), the paid amount, then the columns the auditor fills. */
export const SAMPLE_COLUMNS: readonly SampleColumn[] = [
  column("sheet", "Blad", "Sheet", true),
  column("row", "Rad", "Row", true),
  column("id", "Anställnings-ID / Org.nr", "Hire ID / Company ID", true),
  column("year", "Avtalsår", "Agreement year", true),
  column("paidSek", "Utbetalt (kr)", "Paid (SEK)", true),
  column("evidence", "Underlag finns", "Evidence on file", false),
  column("deviation", "Avvikelse", "Deviation", true),
  column("misstatedSek", "Felaktigt belopp (kr)", "Misstated amount (SEK)", false),
  column("reviewedBy", "Granskad av", "Reviewed by", false),
  column("reviewDate", "Granskad datum", "Review date", false),
  column("comment", "Kommentar", "Comment", false),
];

/** The parameters recorded with a sample, by key (language-independent, like `Avtal`'s keys). */
export const SAMPLE_PARAMETER_KEYS = [
  "method", "seed", "confidence", "tolerable_rate", "sample_size", "population_items", "population_sek", "years", "report_date", "preset",
] as const;

export type SampleParameterKey = (typeof SAMPLE_PARAMETER_KEYS)[number];

/** What each parameter means, for the sheet's description column. */
export const SAMPLE_PARAMETER_TEXTS: Record<SampleParameterKey, { sv: string; en: string }> = {
  method: { sv: "Urval: random (slumpmässigt) eller mus (efter belopp)", en: "Selection: random, or mus (by amount)" },
  seed: { sv: "Frö: samma frö och population ger samma stickprov", en: "Seed: the same seed and population give the same sample" },
  confidence: { sv: "Konfidensnivå", en: "Confidence level" },
  tolerable_rate: { sv: "Tolerabel avvikelsegrad", en: "Tolerable deviation rate" },
  sample_size: { sv: "Antal poster i stickprovet", en: "Items in the sample" },
  population_items: { sv: "Utbetalda poster i populationen", en: "Paid items in the population" },
  population_sek: { sv: "Populationens belopp (kr)", en: "The population's amount (SEK)" },
  years: { sv: "Avtalsår i populationen", en: "Agreement years in the population" },
  report_date: { sv: "Rapportdatum som populationen gäller", en: "Report date of the population" },
  preset: { sv: "Avtalsmall", en: "Agreement preset" },
};

/** The yes/no choices of the auditor's columns, as the drop-down lists offer them. */
export const SAMPLE_YES_NO = { sv: ["Ja", "Nej"], en: ["Yes", "No"] } as const;
