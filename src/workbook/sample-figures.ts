import type { Language } from "../domain/number-format";
import { formatKronor, formatNumber, formatShare } from "../domain/number-format";
import { sampleConclusionText } from "../domain/messages";
import type { SampleEvaluation } from "../domain/sample/evaluate-sample";
import { label, type LabelKey } from "./report-labels";
import type { CellFormat } from "./report-sheet";

/** One line of the sample's evaluation: its label, its value as a number (or text), and how to show it. */
export interface SampleFigure {
  readonly key: LabelKey;
  readonly value: number | string | null;
  readonly format: CellFormat;
}

/**
 * The sample's evaluation as labelled lines, in the order every output shows them (summary,
 * report workbook, board report): n, checked, deviations, rate, upper limit, projected and upper
 * misstatement in kronor, and the conclusion in words (spec section 11).
 */
export function sampleFigures(sample: SampleEvaluation, language: Language): SampleFigure[] {
  return [
    { key: "sampleConclusion", value: sampleConclusionText(sample.conclusionFinding, language), format: "text" },
    { key: "sampleMethod", value: sample.method === null ? null : label(sample.method, language), format: "text" },
    { key: "sampleSeed", value: sample.seed, format: "text" },
    { key: "sampleConfidence", value: sample.confidence, format: "percent" },
    { key: "sampleTolerable", value: sample.tolerable, format: "percent" },
    { key: "sampleYears", value: sample.years === null ? label("allYears", language) : sample.years.join(", "), format: "text" },
    { key: "samplePopulation", value: sample.populationItems, format: "count" },
    { key: "samplePopulationSek", value: sample.populationAmount.shownKronor(), format: "kronor" },
    { key: "sampleN", value: sample.n, format: "count" },
    { key: "sampleChecked", value: sample.checked, format: "count" },
    { key: "sampleUnchecked", value: sample.unchecked, format: "count" },
    { key: "sampleDeviations", value: sample.deviations, format: "count" },
    { key: "sampleRate", value: sample.deviationRate, format: "percent" },
    { key: "sampleUpperRate", value: sample.upperDeviationRate, format: "percent" },
    { key: "sampleProjected", value: sample.projectedMisstatement?.shownKronor() ?? null, format: "kronor" },
    { key: "sampleUpper", value: sample.upperMisstatement?.shownKronor() ?? null, format: "kronor" },
  ];
}

/** A figure as text in the reader's language (rates to the hundredth of a percent: 4,99 %). */
export function sampleFigureText(figure: SampleFigure, language: Language): string {
  if (figure.value === null) return "–";
  if (typeof figure.value === "string") return figure.value;
  if (figure.format === "kronor") return formatKronor(figure.value, language);
  if (figure.format === "percent") {
    const hundredths = Math.round(figure.value * 10000) / 100;
    return Number.isInteger(hundredths * 10) ? formatShare(figure.value, language) : `${formatNumber(hundredths, language)}${language === "sv" ? " %" : "%"}`;
  }
  return figure.format === "count" ? formatNumber(figure.value, language) : String(figure.value);
}
