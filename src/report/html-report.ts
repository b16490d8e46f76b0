import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import { costPerJobSek, costPerResidentJobSek, shareOf } from "../domain/derived-figures";
import type { Figures } from "../domain/figures";
import { FINDING_CODES, FINDING_SEVERITY } from "../domain/finding-codes";
import { findingTitle } from "../domain/finding-titles";
import { exitReasonText, messageOf } from "../domain/messages";
import { formatKronor, formatNumber, formatShare, formatTarget, formatWhole, type Language, unknownText } from "../domain/number-format";
import { parameterSourceText, parameterValueText } from "../workbook/parameter-text";
import { sheetCell } from "../workbook/a1";
import { label } from "../workbook/report-labels";
import { sampleFigureText, sampleFigures } from "../workbook/sample-figures";
import { COMPARISON_STYLE, comparisonSection, type SinceLastReport } from "./comparison-section";
import { agreementAppendixHtml, methodAppendixHtml } from "./appendix-html";
import { decisionPage } from "./decision-page";
import { decisionPageHtml } from "./decision-page-html";
import { type MethodExtra, methodAppendix } from "./method-appendix";
import { modelsHtml } from "./models-html";
import { reportCharts } from "./report-charts";
import { escapeXml as esc } from "./svg-chart";

/** Rows shown per finding code; the report workbook and the JSON have them all. */
const ROWS_PER_CODE = 5;

const T = {
  sv: { title: "Resultatrevision", keyFigures: "Nyckeltal", charts: "Diagram", findings: "Bilaga: fynd", file: "Granskad fil", code: "Kod", severity: "Allvarlighetsgrad", count: "Antal", where: "Cell", message: "Meddelande", more: "… och {n} till", jobsOfTarget: "jobb av målet", none: "Inga fynd.", generated: "Skapad av" },
  en: { title: "Results audit", keyFigures: "Key figures", charts: "Charts", findings: "Appendix: findings", file: "Audited file", code: "Code", severity: "Severity", count: "Count", where: "Cell", message: "Message", more: "… and {n} more", jobsOfTarget: "jobs of the target", none: "No findings.", generated: "Made by" },
} as const;

export interface HtmlReportSource {
  readonly file: string;
  readonly sha256: string;
  readonly tool: { readonly name: string; readonly version: string };
  /** A sample's or a comparison's method and result, for the method appendix (spec sections 11, 12). */
  readonly methodExtras?: readonly MethodExtra[];
}

/**
 * The board report: one self-contained HTML file (no external script, font or image; a
 * Content-Security-Policy that forbids loading anything), printable on A4. The same figures as the
 * JSON and the report workbook, because all read the same `AuditResult`.
 */
export function htmlReport(result: AuditResult, source: HtmlReportSource, language: Language, since?: SinceLastReport): string {
  const { agreement, total } = result;
  const period = result.years.length ? `${isoDay(total.from)} – ${isoDay(total.to)}` : label("noStartDate", language);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${T[language].title}: ${agreement.municipality} ${period}`)}</title>
<style>${REPORT_STYLE}${since ? COMPARISON_STYLE : ""}</style>
</head>
<body>
${htmlReportBody(result, source, language, since)}
</body>
</html>
`;
}

/** The report's content without the document around it, for the browser auditor to show in its page. */
export function htmlReportBody(result: AuditResult, source: HtmlReportSource, language: Language, since?: SinceLastReport): string {
  const t = T[language];
  const { agreement, total } = result;
  const period = result.years.length ? `${isoDay(total.from)} – ${isoDay(total.to)}` : label("noStartDate", language);
  const money = (value: number | null) => (value === null ? "–" : formatKronor(value, language));
  const card = (name: string, value: string, detail = "") => `<div class="card"><div class="name">${esc(name)}</div><div class="value">${esc(value)}</div><div class="detail">${esc(detail)}</div></div>`;
  const keyFigures = [
    card(label("jobs", language), formatNumber(total.jobs, language), `${t.jobsOfTarget} ${formatTarget(total.target.toNumber(), language)}`),
    card(label("residentShare", language), formatShare(shareOf(total, "residents").value, language), `${formatNumber(total.residentJobs, language)} / ${formatNumber(total.jobs, language)}`),
    card(label("womenShare", language), formatShare(shareOf(total, "women").value, language), `${formatNumber(total.women, language)} / ${formatNumber(total.jobs, language)}`),
    card(label("focusShare", language), formatShare(shareOf(total, "focusGroup").value, language), `${formatNumber(total.focusGroup, language)} / ${formatNumber(total.jobs, language)}`),
    card(label("totalPaid", language), money(total.payout.total.shownKronor()), `${label("incentive", language)}: ${money(total.payout.incentive.shownKronor())}`),
    card(label("costPerJob", language), money(costPerJobSek(total))),
    card(label("costPerResidentJob", language), money(costPerResidentJobSek(total))),
    card(label("counts", language), [result.summary.errors, result.summary.warnings, result.summary.infos].map((count) => formatNumber(count, language)).join(" / ")),
    // Spec 10.29: unknown, never 0, when the sheet is present but unusable.
    card(label("investments", language), total.investments === null ? unknownText(language) : money(total.investments.shownKronor())),
    card(label("proBono", language), total.proBono === null ? unknownText(language) : money(total.proBono.shownKronor())),
  ].join("");

  const yearRow = (figures: Figures) => `<tr data-year="${figures.year ?? "total"}" data-jobs="${figures.jobs}" data-total-sek="${figures.payout.total.shownKronor()}"${figures.year === null ? ' class="total"' : ""}><th scope="row">${figures.year === null ? esc(label("total", language)) : figures.year}</th>` +
    [label(figures.status, language), formatTarget(figures.target.toNumber(), language), formatNumber(figures.jobs, language), formatNumber(figures.pendingJobs, language),
      formatShare(shareOf(figures, "residents").value, language), formatShare(shareOf(figures, "women").value, language), formatShare(shareOf(figures, "focusGroup").value, language),
      money(figures.payout.base.shownKronor()), money(figures.payout.incentive.shownKronor()), money(figures.payout.total.shownKronor()), money(costPerJobSek(figures)), money(costPerResidentJobSek(figures))]
      .map((value) => `<td>${esc(value)}</td>`).join("") + "</tr>";
  const yearHeaders = ["year", "status", "target", "jobs", "pendingJobs", "residentShare", "womenShare", "focusShare", "base", "incentive", "totalPaid", "costPerJob", "costPerResidentJob"] as const;

  const exitRows = result.exitClause.map((checkpoint) => `<tr class="${checkpoint.status}"><th scope="row">${checkpoint.checkpointYear}</th><td>${isoDay(checkpoint.date)}</td><td class="status">${esc(label(checkpoint.status, language))}</td>` +
    `<td>${formatNumber(checkpoint.jobsCumulative, language)}</td><td>${formatTarget(checkpoint.targetCumulative.toNumber(), language)}</td><td>${checkpoint.projectedJobs === null ? "–" : formatWhole(checkpoint.projectedJobs, language)}</td>` +
    `<td>${formatShare(checkpoint.residentShare, language)}</td><td>${esc(checkpoint.reasons.map((reason) => exitReasonText(reason.code, reason.actual, reason.required, language)).join("; "))}</td></tr>`).join("");

  const findingSections = FINDING_CODES.map((code) => {
    const items = result.findings.filter((item) => item.code === code);
    if (items.length === 0) return "";
    const rows = items.slice(0, ROWS_PER_CODE).map((item) => `<tr><td>${esc(sheetCell(item.place))}</td><td>${esc(messageOf(item, language))}</td></tr>`).join("");
    const more = items.length > ROWS_PER_CODE ? `<tr><td></td><td>${esc(t.more.replace("{n}", formatNumber(items.length - ROWS_PER_CODE, language)))}</td></tr>` : "";
    return `<section class="code ${FINDING_SEVERITY[code]}" id="kod-${code}"><h3>${esc(findingTitle(code, language))} <span class="severity">${esc(label(FINDING_SEVERITY[code], language))} · <code>${code}</code></span> <span class="count">${formatNumber(items.length, language)}</span></h3>` +
      `<table><thead><tr><th scope="col">${t.where}</th><th scope="col">${t.message}</th></tr></thead><tbody>${rows}${more}</tbody></table></section>`;
  }).join("");

  const sample = result.sample;
  const sampleSection = sample
    ? `<section class="sample"><h2>${esc(label("sampleTitle", language))}</h2><table class="sample ${sample.conclusion}" data-conclusion="${sample.conclusion}" data-n="${sample.n}" data-checked="${sample.checked}" data-deviations="${sample.deviations}" data-upper-rate="${sample.upperDeviationRate ?? ""}" data-upper-sek="${sample.upperMisstatement?.shownKronor() ?? ""}"><tbody>` +
      sampleFigures(sample, language).map((figure) => `<tr><th scope="row">${esc(label(figure.key, language))}</th><td>${esc(sampleFigureText(figure, language))}</td></tr>`).join("") +
      `</tbody></table></section>`
    : "";
  const charts = reportCharts(result, language).map(({ title, svg }) => `<figure><figcaption>${esc(title)}</figcaption>${svg}</figure>`).join("");
  const page = decisionPage(result, source.file, language);
  return `${decisionPageHtml(page, source.sha256, language)}
<header>
<h2 class="report-title">${esc(t.title)}: ${esc(agreement.municipality)} (${esc(agreement.municipalityCode)})</h2>
<dl>
<dt>${esc(label("period", language))}</dt><dd>${esc(period)}</dd>
<dt>${esc(label("reportDate", language))}</dt><dd>${isoDay(result.reportDate)}</dd>
<dt>${t.file}</dt><dd>${esc(source.file)}<br><span class="sha">SHA-256 ${esc(source.sha256)}</span></dd>
</dl>
</header>
<main data-errors="${result.summary.errors}" data-warnings="${result.summary.warnings}" data-infos="${result.summary.infos}" data-findings="${result.findings.length}">
<section><h2>${t.keyFigures}</h2><div class="cards">${keyFigures}</div></section>
${since ? comparisonSection(since, language) : ""}
<section class="wide"><h2>${esc(label("figuresTitle", language))}</h2><table class="figures"><thead><tr>${yearHeaders.map((key) => `<th scope="col">${esc(label(key, language))}</th>`).join("")}</tr></thead><tbody>${[...result.years, result.total].map(yearRow).join("")}</tbody></table></section>
${modelsHtml(result, language)}
<section class="charts"><h2>${t.charts}</h2>${charts}</section>
<section class="exit"><h2>${esc(label("exitTitle", language))}</h2><table class="exit"><thead><tr>${(["checkpoint", "date", "status", "jobsCumulative", "targetCumulative", "projected", "residentShare", "reasons"] as const).map((key) => `<th scope="col">${esc(label(key, language))}</th>`).join("")}</tr></thead><tbody>${exitRows}</tbody></table></section>
${sampleSection}
<section class="findings"><h2>${t.findings}</h2>${findingSections || `<p>${t.none}</p>`}</section>
${agreementAppendixHtml(result, language)}
${methodAppendixHtml(methodAppendix(result, source, language, source.methodExtras), language)}
</main>
<footer>${t.generated} ${esc(source.tool.name)} ${esc(source.tool.version)}</footer>`;
}

/** The report's style sheet, inlined into the file (and into the browser auditor's page). */
export const REPORT_STYLE = `
@page { size: A4; margin: 14mm; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif; color: #242424; margin: 24px; font-size: 13px; line-height: 1.4; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 2px solid #0f6cbd; } h3 { font-size: 13px; margin: 12px 0 4px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; } dt { font-weight: 600; } dd { margin: 0; } .sha { font-family: ui-monospace, Consolas, monospace; font-size: 11px; word-break: break-all; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; } .card { border: 1px solid #d1d1d1; border-radius: 6px; padding: 8px; break-inside: avoid; }
.card .name { font-size: 11px; color: #616161; } .card .value { font-size: 20px; font-weight: 600; } .card .detail { font-size: 11px; color: #616161; }
table { border-collapse: collapse; width: 100%; font-size: 11px; } th, td { border-bottom: 1px solid #e0e0e0; padding: 3px 6px; text-align: left; vertical-align: top; }
table.figures td, table.exit td { text-align: right; white-space: nowrap; } table.exit td:last-child { text-align: left; white-space: normal; }
tr.total { font-weight: 600; border-top: 2px solid #242424; } thead th { background: #1f4e78; color: #fff; }
tr.met .status, tr.on-track .status { background: #c6efce; color: #006100; } tr.at-risk .status { background: #ffeb9c; color: #9c5700; } tr.triggered .status { background: #ffc7ce; color: #9c0006; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .charts h2 { grid-column: 1 / -1; } figure { margin: 0; break-inside: avoid; } figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { width: 100%; height: auto; } svg .grid { stroke: #e0e0e0; } svg .tick, svg .legend { font-size: 10px; fill: #424242; } svg .axis { font-size: 11px; fill: #242424; font-weight: 600; }
table.sample th { width: 40%; } table.sample tr:first-child td { font-weight: 600; } table.supported tr:first-child td { background: #c6efce; color: #006100; } table.not-supported tr:first-child td { background: #ffc7ce; color: #9c0006; } table.incomplete tr:first-child td { background: #ffeb9c; color: #9c5700; }
section.code { break-inside: avoid; } .severity { font-weight: 400; color: #616161; } .count { float: right; } .error h3 code { color: #9c0006; } .warning h3 code { color: #9c5700; } .info h3 code { color: #1f4e78; }
footer { margin-top: 24px; font-size: 11px; color: #616161; }
.decision-page h1 { font-size: 20px; } .decision-page h2 { margin-top: 14px; } .as-of { margin: 0 0 4px; color: #424242; } .as-of .sha { display: block; }
.status-lines { list-style: none; padding: 0; margin: 0; } .status-line { margin: 4px 0; padding: 4px 6px; border-left: 6px solid #d1d1d1; }
.status-line.good { border-color: #107c10; } .status-line.warn { border-color: #c19c00; } .status-line.bad { border-color: #c50f1f; }
.badge { display: inline-block; font-weight: 700; padding: 0 6px; border-radius: 3px; } .badge.good { background: #c6efce; color: #006100; } .badge.warn { background: #ffeb9c; color: #9c5700; } .badge.bad { background: #ffc7ce; color: #9c0006; }
.pay-headline { font-size: 16px; font-weight: 600; margin: 4px 0; } .why, .matters { margin: 4px 0; padding-left: 20px; } .matters a { color: inherit; text-decoration: none; } .matters li.error::marker { color: #9c0006; }
.decision { white-space: pre-line; border: 1px dashed #8a8886; padding: 8px; font-family: Georgia, "Times New Roman", serif; font-size: 13px; } .hint { font-size: 10px; color: #616161; margin: 2px 0; }
.model-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } article.model { break-inside: avoid; } article.model h3 { margin-top: 4px; } .terms { font-size: 11px; color: #424242; margin: 0 0 4px; }
table.parameters td, table.parameters th { font-size: 11px; } .appendix { break-before: page; }
tr, li, .status-line { break-inside: avoid; } thead { display: table-header-group; }
@media print { body { margin: 0; } .decision-page { break-after: page; } table { font-size: 8.5px; table-layout: fixed; } th, td { padding: 2px 3px; overflow-wrap: anywhere; } table.figures td, table.exit td { white-space: normal; } .decision { border: none; padding: 0; } .hint { display: none; } .charts { grid-template-columns: 1fr 1fr; } section { break-inside: auto; } h2 { break-after: avoid; } .charts, section.exit, section.models { break-before: page; } }
`;
