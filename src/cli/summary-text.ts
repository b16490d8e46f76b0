import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import { costPerJobSek, costPerResidentJobSek, shareOf } from "../domain/derived-figures";
import type { Figures } from "../domain/figures";
import { FINDING_CODES, SEVERITY_ORDER, type Severity } from "../domain/finding-codes";
import { findingTitle } from "../domain/finding-titles";
import { exitReasonText, messageOf } from "../domain/messages";
import { formatKronor, formatNumber, formatShare, type Language } from "../domain/number-format";
import { sheetCell } from "../workbook/a1";
import { label } from "../workbook/report-labels";

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
  lines.push(sv
    ? `Fynd: ${summary.errors} fel, ${summary.warnings} varningar, ${summary.infos} information`
    : `Findings: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`);

  for (const severity of SEVERITY_ORDER) {
    const items = result.findings.filter((item) => item.severity === severity);
    if (items.length === 0) continue;
    lines.push("", `${HEADINGS[severity][language]} (${items.length})`);
    for (const code of FINDING_CODES) {
      const ofCode = items.filter((item) => item.code === code);
      if (ofCode.length === 0) continue;
      // Words for the reader, the code for cross-reference with the JSON and Granskning.
      lines.push(`  ${findingTitle(code, language)} (${ofCode.length})  [${code}]`);
      const shown = maxPerCode > 0 ? ofCode.slice(0, maxPerCode) : ofCode;
      for (const item of shown) {
        const where = sheetCell(item.place);
        lines.push(`    ${where ? `${where}  ` : ""}${messageOf(item, language)}`);
      }
      if (shown.length < ofCode.length) lines.push(sv ? `    … och ${ofCode.length - shown.length} till` : `    … and ${ofCode.length - shown.length} more`);
    }
  }

  lines.push("", label("figuresTitle", language).toUpperCase(), ...figuresTable(result, language));
  if (result.exitClause.length) {
    lines.push("", label("exitTitle", language).toUpperCase());
    for (const checkpoint of result.exitClause) {
      const reasons = checkpoint.reasons.map((reason) => exitReasonText(reason.code, reason.actual, reason.required, language)).join("; ");
      const jobs = sv
        ? `${formatNumber(checkpoint.jobsCumulative, language)} jobb av mål ${formatNumber(checkpoint.targetCumulative.toNumber(), language)}, boende ${formatShare(checkpoint.residentShare, language)}`
        : `${formatNumber(checkpoint.jobsCumulative, language)} jobs of target ${formatNumber(checkpoint.targetCumulative.toNumber(), language)}, residents ${formatShare(checkpoint.residentShare, language)}`;
      lines.push(`  ${label("checkpoint", language)} ${checkpoint.checkpointYear} (${isoDay(checkpoint.date)}): ${label(checkpoint.status, language).toUpperCase()}; ${jobs}${reasons ? `; ${reasons}` : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

function figuresTable(result: AuditResult, language: Language): string[] {
  const headers = language === "sv"
    ? ["År", "Status", "Mål", "Jobb", "Väntar", "Boende", "Kvinnor", "Utom Europa", "Grund", "Resultat", "Totalt", "Per jobb", "Per boende"]
    : ["Year", "Status", "Target", "Jobs", "Pending", "Residents", "Women", "Outside Europe", "Base", "Incentive", "Total", "Per job", "Per resident"];
  const row = (figures: Figures): string[] => [
    figures.year === null ? label("total", language) : String(figures.year),
    label(figures.status, language),
    formatNumber(figures.target.toNumber(), language),
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
