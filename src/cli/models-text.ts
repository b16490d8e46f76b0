import type { AuditResult } from "../domain/audit";
import { modelCostPerJobSek, modelCostPerResidentJobSek, type ModelFigures } from "../domain/models/model-pricing";
import { modelName } from "../domain/models/model-names";
import { formatKronor, type Language } from "../domain/number-format";
import { label } from "../workbook/report-labels";

/**
 * `audit --models`: the same audited results priced under each payment model (spec section 13),
 * per year and in total, as text tables under the summary.
 */
export function modelsText(result: AuditResult, language: Language): string {
  const sv = language === "sv";
  const lines = ["", (sv ? "SAMMA RESULTAT I VARJE BETALNINGSMODELL" : "THE SAME RESULTS UNDER EACH PAYMENT MODEL")];
  if (result.years.length === 0) return [...lines, `  ${label("noStartDate", language)}`].join("\n") + "\n";
  const headers = sv ? ["År", "Grund", "Resultat", "Totalt", "Per jobb", "Per boende"] : ["Year", "Base", "Incentive", "Total", "Per job", "Per resident"];
  const money = (value: number | null) => (value === null ? "–" : formatKronor(value, language));
  const row = (figures: ModelFigures): string[] => [
    figures.year === null ? label("total", language) : String(figures.year),
    money(figures.base.shownKronor()),
    money(figures.incentive.shownKronor()),
    money(figures.total.shownKronor()),
    money(modelCostPerJobSek(figures)),
    money(modelCostPerResidentJobSek(figures)),
  ];
  for (const model of result.models) {
    const rows = [headers, ...model.years.map(row), row(model.total)];
    const widths = headers.map((_, col) => Math.max(...rows.map((cells) => cells[col]!.length)));
    lines.push("", `  ${modelName(model.model, language)}`);
    for (const cells of rows) lines.push("    " + cells.map((text, col) => (col === 0 ? text.padEnd(widths[col]!) : text.padStart(widths[col]!))).join("  "));
  }
  return lines.join("\n") + "\n";
}
