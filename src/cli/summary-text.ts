import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import { presetValues } from "../domain/resolve-agreement";
import { costPerJobSek, costPerResidentJobSek, shareOf } from "../domain/derived-figures";
import type { Figures } from "../domain/figures";
import type { Finding } from "../domain/finding";
import { FINDING_CODES, SEVERITY_ORDER, type Severity } from "../domain/finding-codes";
import { findingTitle } from "../domain/finding-titles";
import { exitReasonText, messageOf } from "../domain/messages";
import { formatKronor, formatNumber, formatShare, formatTarget, type Language, unknownText } from "../domain/number-format";
import { parameterSourceText, parameterValueText } from "../workbook/parameter-text";
import { sheetCell } from "../workbook/a1";
import { label } from "../workbook/report-labels";
import { sampleFigureText, sampleFigures } from "../workbook/sample-figures";

const HEADINGS: Record<Severity, { sv: string; en: string }> = {
  error: { sv: "FEL", en: "ERRORS" },
  warning: { sv: "VARNINGAR", en: "WARNINGS" },
  info: { sv: "INFORMATION", en: "INFORMATION" },
};

/**
 * The CLI's readable summary: findings grouped by severity and code with `Sheet!Cell`, a table of
 * figures per agreement year and in total, and the exit-clause status. The same numbers as the
 * JSON and the report workbook, because all three read the same `AuditResult`.
 */
export function summaryText(result: AuditResult, file: string, language: Language, maxPerCode: number): string {
  const lines: string[] = [];
  const { agreement, summary } = result;
  const sv = language === "sv";
  lines.push(sv ? `Granskning av ${file}` : `Audit of ${file}`);
  const period = result.years.length ? `${isoDay(result.total.from)} – ${isoDay(result.total.to)}` : label("noStartDate", language);
  lines.push(`${label("agreement", language)}: ${agreement.municipality} (${agreement.municipalityCode}), ${period}; ${label("reportDate", language).toLowerCase()} ${isoDay(result.reportDate)}`);
  lines.push(changedParameters(result, language));
  const count = (value: number) => formatNumber(value, language);
  lines.push(sv
    ? `Fynd: ${count(summary.errors)} fel, ${count(summary.warnings)} varningar, ${count(summary.infos)} information`
    : `Findings: ${count(summary.errors)} errors, ${count(summary.warnings)} warnings, ${count(summary.infos)} infos`);

  // One pass over the findings (a large audit has 100,000s), each kept in the audit's order.
  const bySeverity = new Map<Severity, Map<string, Finding[]>>(SEVERITY_ORDER.map((severity) => [severity, new Map()]));
  for (const item of result.findings) {
    const byCode = bySeverity.get(item.severity)!;
    const ofCode = byCode.get(item.code);
    if (ofCode) ofCode.push(item);
    else byCode.set(item.code, [item]);
  }
  for (const severity of SEVERITY_ORDER) {
    const byCode = bySeverity.get(severity)!;
    const total = [...byCode.values()].reduce((sum, ofCode) => sum + ofCode.length, 0);
    if (total === 0) continue;
    lines.push("", `${HEADINGS[severity][language]} (${count(total)})`);
    for (const code of FINDING_CODES) {
      const ofCode = byCode.get(code) ?? [];
      if (ofCode.length === 0) continue;
      // Words for the reader, the code for cross-reference with the JSON and Granskning.
      lines.push(`  ${findingTitle(code, language)} (${count(ofCode.length)})  [${code}]`);
      const shown = maxPerCode > 0 ? ofCode.slice(0, maxPerCode) : ofCode;
      for (const item of shown) {
        const where = sheetCell(item.place);
        lines.push(`    ${where ? `${where}  ` : ""}${messageOf(item, language)}`);
      }
      if (shown.length < ofCode.length) lines.push(sv ? `    … och ${count(ofCode.length - shown.length)} till` : `    … and ${count(ofCode.length - shown.length)} more`);
    }
  }

  lines.push("", label("figuresTitle", language).toUpperCase(), ...figuresTable(result, language));
  lines.push(commitmentsLine(result, language));
  if (result.exitClause.length) {
    lines.push("", label("exitTitle", language).toUpperCase());
    for (const checkpoint of result.exitClause) {
      const reasons = checkpoint.reasons.map((reason) => exitReasonText(reason.code, reason.actual, reason.required, language)).join("; ");
      const jobs = sv
        ? `${formatNumber(checkpoint.jobsCumulative, language)} jobb av mål ${formatTarget(checkpoint.targetCumulative.toNumber(), language)}, boende ${formatShare(checkpoint.residentShare, language)}`
        : `${formatNumber(checkpoint.jobsCumulative, language)} jobs of target ${formatTarget(checkpoint.targetCumulative.toNumber(), language)}, residents ${formatShare(checkpoint.residentShare, language)}`;
      lines.push(`  ${label("checkpoint", language)} ${checkpoint.checkpointYear} (${isoDay(checkpoint.date)}): ${label(checkpoint.status, language).toUpperCase()}; ${jobs}${reasons ? `; ${reasons}` : ""}`);
    }
  }
  if (result.sample) {
    lines.push("", label("sampleTitle", language).toUpperCase());
    const figures = sampleFigures(result.sample, language);
    const width = Math.max(...figures.map((figure) => label(figure.key, language).length));
    for (const figure of figures) lines.push(`  ${label(figure.key, language).padEnd(width)}  ${sampleFigureText(figure, language)}`);
  }
  lines.push("", label("parametersTitle", language).toUpperCase(), ...parametersTable(result, language));
  return lines.join("\n") + "\n";
}

function figuresTable(result: AuditResult, language: Language): string[] {
  const headers = language === "sv"
    ? ["År", "Status", "Mål", "Jobb", "Väntar", "Boende", "Kvinnor", "Utom Europa", "Grund", "Resultat", "Totalt", "Per jobb", "Per boende"]
    : ["Year", "Status", "Target", "Jobs", "Pending", "Residents", "Women", "Outside Europe", "Base", "Incentive", "Total", "Per job", "Per resident"];
  const row = (figures: Figures): string[] => [
    figures.year === null ? label("total", language) : String(figures.year),
    label(figures.status, language),
    formatTarget(figures.target.toNumber(), language),
    formatNumber(figures.jobs, language),
    formatNumber(figures.pendingJobs, language),
    `${formatNumber(figures.residentJobs, language)} (${formatShare(shareOf(figures, "residents").value, language)})`,
    `${formatNumber(figures.women, language)} (${formatShare(shareOf(figures, "women").value, language)})`,
    `${formatNumber(figures.focusGroup, language)} (${formatShare(shareOf(figures, "focusGroup").value, language)})`,
    formatKronor(figures.payout.base.shownKronor(), language),
    formatKronor(figures.payout.incentive.shownKronor(), language),
    formatKronor(figures.payout.total.shownKronor(), language),
    money(costPerJobSek(figures), language),
    money(costPerResidentJobSek(figures), language),
  ];
  const rows = [headers, ...result.years.map(row), row(result.total)];
  const widths = headers.map((_, col) => Math.max(...rows.map((cells) => cells[col]!.length)));
  return rows.map((cells) => "  " + cells.map((text, col) => (col < 2 ? text.padEnd(widths[col]!) : text.padStart(widths[col]!))).join("  "));
}

function money(value: number | null, language: Language): string {
  return value === null ? "–" : formatKronor(value, language);
}

/**
 * One line naming the preset and every value the `Avtal` sheet changed from it (spec 10.31), so a
 * reader sees at once that, say, the incentive share is 2 % and a cap 5, not the preset's. (A
 * template's `Avtal` repeats the preset's values; those are no change.) The full list ends the summary.
 */
function changedParameters(result: AuditResult, language: Language): string {
  const preset = presetValues(result.preset);
  const fromAvtal = result.parameters.filter((use) =>
    use.source === "Avtal" && use.key !== "report_date" && use.key !== "start_date" && JSON.stringify(use.value) !== JSON.stringify(preset[use.key]));
  const presetName = parameterSourceText({ key: "years", value: undefined, source: "preset" }, result.preset, language);
  const changed = fromAvtal.map((use) => `${use.key} ${parameterValueText(use, language)}`).join(", ");
  if (language === "sv") return `Parametrar: ${presetName}${changed ? `; ändrat i Avtal: ${changed}` : "; inget ändrat i Avtal"}`;
  return `Parameters: ${presetName}${changed ? `; changed in Avtal: ${changed}` : "; nothing changed in Avtal"}`;
}

/** Every parameter in use, its value and where it came from (spec 10.31). */
function parametersTable(result: AuditResult, language: Language): string[] {
  const rows = result.parameters.map((use) => [use.key, parameterValueText(use, language), parameterSourceText(use, result.preset, language)]);
  const widths = [0, 1].map((col) => Math.max(...rows.map((cells) => cells[col]!.length)));
  return rows.map(([key, value, source]) => `  ${key!.padEnd(widths[0]!)}  ${value!.padEnd(widths[1]!)}  ${source}`);
}

/** Investments and pro bono to date; "okänt" when their sheet is present but unusable (spec 10.29). */
function commitmentsLine(result: AuditResult, language: Language): string {
  const amount = (value: { shownKronor(): number } | null) => (value === null ? unknownText(language) : formatKronor(value.shownKronor(), language));
  return `  ${label("investments", language).replace(/ \((kr|SEK)\)$/, "")}: ${amount(result.total.investments)}; ${label("proBono", language).replace(/ \((kr|SEK)\)$/, "")}: ${amount(result.total.proBono)}`;
}
