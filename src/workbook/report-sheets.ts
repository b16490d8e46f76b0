import type { AuditResult } from "../domain/audit";
import { type Day, isoDay } from "../domain/day";
import { costPerJobSek, costPerResidentJobSek, retentionShare, shareOf } from "../domain/derived-figures";
import type { ExitStatus } from "../domain/exit-clause";
import type { Figures } from "../domain/figures";
import type { Severity } from "../domain/finding-codes";
import { exitReasonText, messageOf } from "../domain/messages";
import type { Language } from "../domain/number-format";
import { cellOf } from "./a1";
import { label } from "./report-labels";
import { sampleFigures } from "./sample-figures";
import { AGREEMENT_PARAMETERS } from "../domain/agreement-parameters";
import { fitColumnWidths } from "./report-layout";
import { parameterSourceText, parameterValueText } from "./parameter-text";
import { modelCostPerJobSek, modelCostPerResidentJobSek, type ModelFigures } from "../domain/models/model-pricing";
import { modelName } from "../domain/models/model-names";
// The decision page is one plain-data model for the board report, this sheet and the task pane (issue 13).
import { decisionPage } from "../report/decision-page";
import { cell, type CellFormat, type CellTone, type ReportBlock, type ReportCell, type ReportChart, type ReportSheet } from "./report-sheet";

const UNKNOWN = Symbol("unknown");

/** A sheet whose columns are widened to fit their headers' words and their values (issue 10). */
const fitted = (sheet: ReportSheet): ReportSheet => ({ ...sheet, columnWidths: fitColumnWidths(sheet) });

/** A target or threshold: a whole number shown whole, a fraction with one decimal. */
function targetCell(value: number | null): ReportCell {
  return cell(value, value !== null && Number.isInteger(Math.round(value * 10) / 10) ? "count" : "decimal");
}

/** The number format a parameter's value is shown in; text for the rest. */
const PARAMETER_FORMATS: Partial<Record<string, CellFormat>> = {
  share: "percent", amount: "kronor", whole: "count", positiveWhole: "count", factor: "decimal", date: "date",
};

/**
 * Spec 10.31: every agreement parameter in use, its value, and where it came from (the preset, or
 * the `Avtal` cell as a link). Numbers stay numbers, in their number formats.
 */
function parametersBlock(result: AuditResult, language: Language): ReportBlock {
  const rows = result.parameters.map((use): ReportCell[] => {
    const kind = AGREEMENT_PARAMETERS[use.key].kind;
    const format = PARAMETER_FORMATS[kind];
    const value = format && typeof use.value === "number"
      ? cell(kind === "date" ? isoDay(use.value as Day) : use.value, format)
      : cell(parameterValueText(use, language));
    const source = parameterSourceText(use, result.preset, language);
    const address = use.place ? cellOf(use.place) : "";
    return [
      cell(use.key),
      value,
      address ? cell(source, "text", { link: { sheet: use.place!.sheet, cell: address } }) : cell(source),
    ];
  });
  return { title: label("parametersTitle", language), header: [label("parameter", language), label("value", language), label("source", language)], rows };
}

const SEVERITY_TONE: Record<Severity, CellTone> = { error: "bad", warning: "warn", info: "info" };
const EXIT_TONE: Record<ExitStatus, CellTone> = { met: "good", "on-track": "good", "at-risk": "warn", triggered: "bad" };

/** The lines under every report sheet's title: agreement, period, report date, counts. */
function context(result: AuditResult, language: Language): string[] {
  const { agreement, total, summary } = result;
  const period = result.years.length ? `${isoDay(total.from)} – ${isoDay(total.to)}` : label("noStartDate", language);
  return [
    `${label("agreement", language)}: ${agreement.municipality} (${agreement.municipalityCode})`,
    `${label("period", language)}: ${period}`,
    `${label("reportDate", language)}: ${isoDay(result.reportDate)}`,
    `${label("counts", language)}: ${summary.errors} / ${summary.warnings} / ${summary.infos}`,
  ];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * `Granskning`: every finding, its cell as a link into the workbook, read like a working paper:
 * errors first, then warnings, then infos, each in sheet order and cell order (the engine's own
 * order, which the stable sort keeps), under an autofilter and a frozen header.
 */
export function findingsSheet(result: AuditResult, language: Language): ReportSheet {
  const ordered = [...result.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const rows = ordered.map((item): ReportCell[] => {
    const address = cellOf(item.place);
    return [
      cell(label(item.severity, language), "text", { tone: SEVERITY_TONE[item.severity] }),
      cell(item.code),
      cell(item.place.sheet),
      address ? cell(address, "text", { link: { sheet: item.place.sheet, cell: address } }) : cell(""),
      cell(messageOf(item, language)),
    ];
  });
  return fitted({
    name: "Granskning",
    title: label("findingsTitle", language),
    subtitle: context(result, language),
    blocks: [{ header: ["severity", "code", "sheet", "cell", "message"].map((key) => label(key as "code", language)), rows, table: "Granskning" }],
    columnWidths: [14, 30, 18, 10, 110],
  });
}

/** `Ersättning`: per year base, fees, incentive, total, and how many were paid or over the cap. */
export function payoutSheet(result: AuditResult, language: Language): ReportSheet {
  const line = (figures: Figures): ReportCell[] => [
    figures.year === null ? cell(label("total", language), "text", { bold: true }) : cell(figures.year, "count"),
    cell(isoDay(figures.from), "date"),
    cell(isoDay(figures.to), "date"),
    cell(label(figures.status, language)),
    cell(figures.payout.base.shownKronor(), "kronor"),
    cell(figures.payout.company.shownKronor(), "kronor"),
    cell(figures.payout.hire.shownKronor(), "kronor"),
    cell(figures.payout.pool.shownKronor(), "kronor"),
    cell(figures.payout.incentive.shownKronor(), "kronor"),
    cell(figures.payout.total.shownKronor(), "kronor", { bold: true }),
    cell(figures.companiesPaid, "count"),
    cell(figures.companiesOverCap, "count"),
    cell(figures.hiresPaid, "count"),
    cell(figures.hiresOverCap, "count"),
  ];
  const header = (["year", "from", "to", "status", "base", "companyFees", "hireFees", "pool", "incentive", "totalPaid", "companiesPaid", "companiesOverCap", "hiresPaid", "hiresOverCap"] as const).map((key) => label(key, language));
  return fitted({
    name: "Ersättning",
    title: label("payoutTitle", language),
    subtitle: context(result, language),
    blocks: [{ header, rows: [...result.years.map(line), line(result.total)], table: "Ersattning" }],
    columnWidths: [12, 12, 12, 12, 16, 16, 16, 16, 16, 18, 12, 12, 12, 12],
  });
}

/** `Sammanställning`: the figures per year and in total (measures as rows), and the exit-clause table. */
export function summarySheet(result: AuditResult, language: Language, file = ""): ReportSheet {
  const columns = [...result.years, result.total];
  const measure = (key: Parameters<typeof label>[0], pick: (figures: Figures) => number | null | typeof UNKNOWN, format: CellFormat | "target"): ReportCell[] => [
    cell(label(key, language), "text", { bold: true }),
    ...columns.map((figures) => {
      const value = pick(figures);
      if (value === UNKNOWN) return cell(label("unknown", language));
      return format === "target" ? targetCell(value) : cell(value, format);
    }),
  ];
  const figureRows: ReportCell[][] = [
    measure("target", (f) => f.target.toNumber(), "target"),
    measure("jobs", (f) => f.jobs, "count"),
    measure("pendingJobs", (f) => f.pendingJobs, "count"),
    measure("residentJobs", (f) => f.residentJobs, "count"),
    measure("residentShare", (f) => shareOf(f, "residents").value, "percent"),
    measure("women", (f) => f.women, "count"),
    measure("men", (f) => f.men, "count"),
    measure("otherGender", (f) => f.otherGender, "count"),
    measure("womenShare", (f) => shareOf(f, "women").value, "percent"),
    measure("focusGroup", (f) => f.focusGroup, "count"),
    measure("focusShare", (f) => shareOf(f, "focusGroup").value, "percent"),
    measure("longTerm", (f) => f.longTermUnemployed, "count"),
    measure("wageSubsidy", (f) => f.wageSubsidy, "count"),
    measure("retention6m", (f) => retentionShare(f.retention6m).value, "percent"),
    measure("retention12m", (f) => retentionShare(f.retention12m).value, "percent"),
    measure("companiesSupported", (f) => f.companiesSupported, "count"),
    // Spec 10.29: an unusable sheet's amounts are unknown, shown as such, never as 0.
    measure("investments", (f) => f.investments?.shownKronor() ?? UNKNOWN, "kronor"),
    measure("proBono", (f) => f.proBono?.shownKronor() ?? UNKNOWN, "kronor"),
    measure("totalPaid", (f) => f.payout.total.shownKronor(), "kronor"),
    measure("costPerJob", costPerJobSek, "kronor"),
    measure("costPerResidentJob", costPerResidentJobSek, "kronor"),
  ];
  const exitRows = result.exitClause.map((checkpoint): ReportCell[] => [
    cell(checkpoint.checkpointYear, "count"),
    cell(isoDay(checkpoint.date), "date"),
    cell(label(checkpoint.status, language), "text", { tone: EXIT_TONE[checkpoint.status], bold: true }),
    cell(checkpoint.jobsCumulative, "count"),
    targetCell(checkpoint.targetCumulative.toNumber()),
    // A projection is shown whole: its fraction is no count of people.
    cell(checkpoint.projectedJobs === null ? null : Math.round(checkpoint.projectedJobs), "count"),
    cell(checkpoint.residentShare, "percent"),
    cell(checkpoint.reasons.map((reason) => exitReasonText(reason.code, reason.actual, reason.required, language)).join("; ")),
  ]);
  const yearHeader = result.years.map((figures) => `${label("year", language)} ${figures.year}`);
  const decision = decisionBlocks(result, language, file);
  const { chartBlocks, charts } = chartData(result, language, decision.length + 2);
  const models = modelBlocks(result, language, decision.length + 2 + chartBlocks.length);
  return fitted({
    name: "Sammanställning",
    title: label("summaryTitle", language),
    subtitle: context(result, language),
    blocks: [
      ...decision,
      { title: label("figuresTitle", language), header: [label("measure", language), ...yearHeader, label("total", language)], rows: figureRows },
      {
        title: label("exitTitle", language),
        header: (["checkpoint", "date", "status", "jobsCumulative", "targetCumulative", "projected", "residentShare", "reasons"] as const).map((key) => label(key, language)),
        rows: exitRows,
      },
      ...chartBlocks,
      ...models.blocks,
      // After the chart and model blocks, so the charts' block numbers stay as they are.
      ...(result.sample ? [sampleBlock(result, language)] : []),
      parametersBlock(result, language),
    ],
    columnWidths: [34, 16, 16, 16, 16, 16, 16, 60],
    charts: [...charts, ...models.charts],
  });
}

/** The audit sample's evaluation (spec section 11): a measure per row, the conclusion in words first. */
function sampleBlock(result: AuditResult, language: Language) {
  const sample = result.sample!;
  const tone: CellTone = sample.conclusion === "supported" ? "good" : sample.conclusion === "not-supported" ? "bad" : "warn";
  return {
    title: label("sampleTitle", language),
    header: [label("measure", language), label("value", language)],
    rows: sampleFigures(sample, language).map((figure, index): ReportCell[] => [
      cell(label(figure.key, language), "text", { bold: true }),
      cell(figure.value, figure.format, index === 0 ? { tone } : {}),
    ]),
  };
}

/** Page one (issue 13) as the sheet's first blocks: exit status, what to pay, three matters, the decision text. */
function decisionBlocks(result: AuditResult, language: Language, file: string): ReportBlock[] {
  const page = decisionPage(result, file, language);
  const tone = { good: "good", warn: "warn", bad: "bad" } as const;
  const text = (value: string, extra: Partial<ReportCell> = {}): ReportCell[] => [cell(value, "text", extra)];
  return [
    {
      title: page.title,
      header: [label("exitTitle", language)],
      rows: page.checkpoints.length ? page.checkpoints.map((line) => text(line.text, { tone: tone[line.tone], bold: line.tone !== "good" })) : [text(page.noCheckpoints ?? "")],
    },
    { header: [label("toPay", language)], rows: [text(page.payment.headline, { bold: true }), ...page.payment.why.map((line) => text(line))] },
    { header: [label("matters", language)], rows: page.matters.length ? page.matters.map((matter, index) => text(`${index + 1}. ${matter.text}`, { tone: matter.severity === "error" ? "bad" : "warn" })) : [text(page.noMatters ?? "")] },
    { header: [label("decision", language)], rows: [text(page.decisionOpening), ...page.decisionPoints.map((point, index) => text(`${point}${index === page.decisionPoints.length - 1 ? "." : ","}`))] },
  ];
}

/** One block and one column chart per payment model (spec section 13), after the chart data. */
function modelBlocks(result: AuditResult, language: Language, firstBlock: number): { blocks: ReportBlock[]; charts: ReportChart[] } {
  if (result.years.length === 0) return { blocks: [], charts: [] };
  const header = [label("year", language), label("base", language), label("incentive", language), label("totalPaid", language), label("costPerJob", language), label("costPerResidentJob", language)];
  const row = (figures: ModelFigures): ReportCell[] => [
    figures.year === null ? cell(label("total", language), "text", { bold: true }) : cell(`${label("year", language)} ${figures.year}`),
    cell(figures.base.shownKronor(), "kronor"),
    cell(figures.incentive.shownKronor(), "kronor"),
    cell(figures.total.shownKronor(), "kronor", { bold: true }),
    cell(modelCostPerJobSek(figures), "kronor"),
    cell(modelCostPerResidentJobSek(figures), "kronor"),
  ];
  const totals: ReportBlock = {
    title: label("modelsTotalTitle", language),
    header: [label("modelTitle", language), ...header.slice(1)],
    rows: result.models.map((model) => [cell(modelName(model.model, language), "text", { bold: true }), ...row(model.total).slice(1)]),
  };
  // A block of years per model, without the total row, which would dwarf the years in its chart.
  const perModel = result.models.map((model): ReportBlock => ({
    title: `${label("modelTitle", language)}: ${modelName(model.model, language)}`,
    header,
    rows: model.years.map(row),
  }));
  const charts = result.models.map((model, index): ReportChart => ({
    kind: "column", title: `${modelName(model.model, language)}: ${label("totalPaid", language)}`, block: firstBlock + 1 + index, series: [1, 2], yAxis: label("kronorAxis", language),
  }));
  return { blocks: [totals, ...perModel], charts };
}

/**
 * The figures the board's charts draw, as plain blocks under the tables (from block `firstBlock`
 * of `Sammanställning`): per year the target and jobs, cumulative target and jobs with the exit
 * threshold at each checkpoint, and the shares; and the gender split of the whole period.
 */
function chartData(result: AuditResult, language: Language, firstBlock: number) {
  const checkpoints = new Map(result.exitClause.map((checkpoint) => [checkpoint.checkpointYear, checkpoint]));
  let cumulativeTarget = 0;
  let cumulativeJobs = 0;
  const perYear = result.years.map((figures): ReportCell[] => {
    cumulativeTarget += figures.target.toNumber();
    cumulativeJobs += figures.jobs;
    const checkpoint = checkpoints.get(figures.year!);
    return [
      cell(`${label("year", language)} ${figures.year}`),
      targetCell(figures.target.toNumber()),
      cell(figures.jobs, "count"),
      targetCell(cumulativeTarget),
      cell(cumulativeJobs, "count"),
      targetCell(checkpoint ? result.agreement.exitMinJobsShare * checkpoint.targetCumulative.toNumber() : null),
      cell(shareOf(figures, "residents").value, "percent"),
      cell(shareOf(figures, "focusGroup").value, "percent"),
    ];
  });
  const total = result.total;
  const chartBlocks = [
    {
      title: label("chartData", language),
      header: [label("year", language), label("target", language), label("jobs", language), label("targetCumulative", language), label("jobsCumulative", language), label("threshold", language), label("residentShare", language), label("focusShare", language)],
      rows: perYear,
    },
    {
      title: label("genderTitle", language),
      header: [label("measure", language), label("count", language)],
      rows: [
        [cell(label("women", language)), cell(total.women, "count")],
        [cell(label("men", language)), cell(total.men, "count")],
        [cell(label("otherGender", language)), cell(total.otherGender, "count")],
      ],
    },
  ];
  const charts: ReportChart[] = [
    { kind: "column", title: label("chartJobs", language), block: firstBlock, series: [1, 2], yAxis: label("jobs", language) },
    { kind: "line", title: label("chartCumulative", language), block: firstBlock, series: [3, 4, 5], yAxis: label("jobs", language) },
    { kind: "pie", title: label("chartGender", language), block: firstBlock + 1, series: [1] },
    { kind: "column", title: label("chartShares", language), block: firstBlock, series: [6, 7], yAxis: label("share", language) },
  ];
  return { chartBlocks, charts };
}

/** The three sheets the audit adds to a report workbook, in order. */
export function reportSheets(result: AuditResult, language: Language): readonly ReportSheet[] {
  return [findingsSheet(result, language), payoutSheet(result, language), summarySheet(result, language)];
}
