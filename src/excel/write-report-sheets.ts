import { layoutReportSheet, type ReportLayout } from "../workbook/report-layout";
import type { CellFormat, CellTone, ReportSheet } from "../workbook/report-sheet";
import { HEADER_COLOURS, LINK_COLOUR, NUMBER_FORMATS, TONE_COLOURS } from "../workbook/report-styles";
import { addCharts } from "./add-charts";
import { supportsExcelApi } from "./supports-excel-api";
import { chunkRows, MAX_BATCH_BYTES, rowBytes } from "./request-budget";
import { type WriteOp, WriteQueue, type WriteReport } from "./write-queue";

/** More coloured cells than this on one sheet are coloured by conditional formats on their text. */
const DIRECT_TONE_LIMIT = 500;
/** Bytes assumed for one formatting call (a range address, a property and its value). */
const CALL_BYTES = 200;

/**
 * Writes the output sheets (`Granskning`, `Ersättning`, `Sammanställning`) from the same layout as
 * the CLI's report. Each replaces its own earlier copy; no other sheet is touched. Every write is
 * sized by its bytes (values, number formats, formulas, formatting calls) and sent in requests
 * under the budget (write-queue.ts), with calculation suspended; once everything is written, the
 * workbook is recalculated once, so the HYPERLINK formulas show their text. Syncs: one to find
 * earlier copies, one per request, one for the recalculation.
 */
export async function writeReportSheets(context: Excel.RequestContext, sheets: readonly ReportSheet[], report?: WriteReport): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const earlier = sheets.map((sheet) => worksheets.getItemOrNullObject(sheet.name));
  for (const sheet of earlier) sheet.load("isNullObject");
  await context.sync();

  const queue = new WriteQueue(context, report);
  // Each op looks its sheet up by name when queued: a request refused and sent again needs no object of the failed one.
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  let links = 0;
  for (const [index, sheet] of sheets.entries()) {
    const replaces = !earlier[index]!.isNullObject;
    await queue.add({
      bytes: CALL_BYTES,
      queue: () => {
        if (replaces) sheetOf(sheet.name).delete();
        worksheets.add(sheet.name);
      },
    });
    const layout = layoutReportSheet(sheet);
    for (const op of valueOps(() => sheetOf(sheet.name), layout)) await queue.add(op);
    await queue.add({ bytes: formatCalls(layout) * CALL_BYTES, queue: () => formatSheet(sheetOf(sheet.name), sheet, layout) });
    await queue.add({ bytes: tableAndListCalls(sheet) * CALL_BYTES, queue: () => addTablesAndLists(sheetOf(sheet.name), sheet, layout) });
    for (const op of linkOps(() => sheetOf(sheet.name), layout)) await queue.add(op);
    links += layout.links.length;
    if (sheet.charts?.length) await queue.add({ bytes: sheet.charts.length * 10 * CALL_BYTES, queue: () => addCharts(sheetOf(sheet.name), sheet, layout) });
  }
  await queue.flush();
  if (links > 0) {
    // Formulas written while calculation was suspended may show nothing until Excel recalculates.
    context.application.calculate("Recalculate" as Excel.CalculationType);
    await context.sync();
  }
}

/** Values and their number formats, in runs of rows whose bytes (both together) fit the budget. */
function valueOps(sheet: () => Excel.Worksheet, layout: ReportLayout): WriteOp[] {
  const formats = layout.formats.map((row) => row.map(excelFormat));
  const op = (start: number, count: number): WriteOp => {
    let bytes = 0;
    for (let r = start; r < start + count; r++) bytes += rowBytes(layout.values[r]!) + rowBytes(formats[r]!);
    return {
      bytes,
      queue: () => {
        const range = sheet().getRangeByIndexes(start, 0, count, layout.width);
        range.values = layout.values.slice(start, start + count) as (string | number | boolean)[][];
        range.numberFormat = formats.slice(start, start + count);
      },
      split: count > 1 ? () => [op(start, count >> 1), op(start + (count >> 1), count - (count >> 1))] : undefined,
    };
  };
  // Values and formats together: each chunk of values gets at most half the budget.
  return chunkRows(layout.values, MAX_BATCH_BYTES / 2).map((chunk) => op(chunk.start, chunk.rows.length));
}

function excelFormat(format: CellFormat | undefined): string {
  return (format && NUMBER_FORMATS[format]) ?? "General";
}

function formatSheet(worksheet: Excel.Worksheet, sheet: ReportSheet, layout: ReportLayout): void {
  worksheet.getRangeByIndexes(layout.titleRow, 0, 1, 1).format.font.set({ bold: true, size: 14 });
  for (const row of layout.blockTitleRows) worksheet.getRangeByIndexes(row, 0, 1, 1).format.font.set({ bold: true, size: 12 });
  layout.headerRows.forEach((row, index) => {
    const header = worksheet.getRangeByIndexes(row, 0, 1, layout.blocks[index]!.columns);
    header.format.fill.color = `#${HEADER_COLOURS.fill}`;
    header.format.font.set({ bold: true, color: `#${HEADER_COLOURS.font}` });
    header.format.wrapText = true;
    header.format.rowHeight = 32;
  });
  for (const { row, col } of layout.bold) worksheet.getRangeByIndexes(row, col, 1, 1).format.font.bold = true;
  colourTones(worksheet, layout);
  sheet.columnWidths.forEach((width, col) => (worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7));
  const firstHeader = layout.headerRows[0];
  if (firstHeader !== undefined && sheet.freezeHeader !== false) worksheet.freezePanes.freezeRows(firstHeader + 1);
  // The findings table filters like the CLI's report (one autofilter per sheet, as Excel allows; a
  // block that is a real Excel table filters itself). AutoFilter needs ExcelApi 1.9.
  const filtered = sheet.blocks.findIndex((block, index) => block.table && !block.excelTable && layout.blocks[index]!.rows > 0);
  if (filtered >= 0 && supportsExcelApi("1.9")) {
    const placed = layout.blocks[filtered]!;
    worksheet.autoFilter.apply(worksheet.getRangeByIndexes(placed.headerRow, 0, placed.rows + 1, placed.columns));
  }
}

/** Blocks that are real Excel tables, and the drop-down lists on their columns (the audit sample's yes/no). */
function addTablesAndLists(worksheet: Excel.Worksheet, sheet: ReportSheet, layout: ReportLayout): void {
  sheet.blocks.forEach((block, index) => {
    const placed = layout.blocks[index]!;
    if (placed.rows === 0) return;
    if (block.table && block.excelTable) {
      const range = worksheet.getRangeByIndexes(placed.headerRow, 0, placed.rows + 1, placed.columns);
      worksheet.tables.add(range, true).name = block.table;
    }
    // Drop-down lists need ExcelApi 1.8; an older host gets the sheet without them.
    if (supportsExcelApi("1.8")) for (const validation of block.validations ?? []) {
      const body = worksheet.getRangeByIndexes(placed.firstRow, validation.column, placed.rows, 1);
      body.dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
    }
  });
}

/** Colours status cells: directly when few, else by conditional formats on the cell text (one per tone and column). */
function colourTones(worksheet: Excel.Worksheet, layout: ReportLayout): void {
  if (layout.tones.length <= DIRECT_TONE_LIMIT) {
    for (const { row, col, tone } of layout.tones) {
      const range = worksheet.getRangeByIndexes(row, col, 1, 1);
      range.format.fill.color = `#${TONE_COLOURS[tone].fill}`;
      range.format.font.color = `#${TONE_COLOURS[tone].font}`;
    }
    return;
  }
  const byColumn = new Map<number, Map<string, CellTone>>();
  for (const { row, col, tone } of layout.tones) {
    const texts = byColumn.get(col) ?? new Map<string, CellTone>();
    texts.set(String(layout.values[row]![col]), tone);
    byColumn.set(col, texts);
  }
  for (const [col, texts] of byColumn) {
    const block = layout.blocks.find((candidate) => layout.tones.some((tone) => tone.col === col && tone.row >= candidate.firstRow && tone.row < candidate.firstRow + candidate.rows))!;
    const range = worksheet.getRangeByIndexes(block.firstRow, col, block.rows, 1);
    for (const [text, tone] of texts) {
      const format = range.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
      format.textComparison.format.fill.color = `#${TONE_COLOURS[tone].fill}`;
      format.textComparison.format.font.color = `#${TONE_COLOURS[tone].font}`;
      format.textComparison.rule = { operator: "BeginsWith" as Excel.ConditionalTextOperator, text };
    }
  }
}

/** Formatting calls formatSheet makes, for the request's size. */
function tableAndListCalls(sheet: ReportSheet): number {
  return sheet.blocks.reduce((sum, block) => sum + (block.excelTable ? 2 : 0) + (block.validations?.length ?? 0), 0);
}

function formatCalls(layout: ReportLayout): number {
  const tones = layout.tones.length <= DIRECT_TONE_LIMIT ? layout.tones.length * 2 : new Set(layout.tones.map((tone) => `${tone.col}|${String(layout.values[tone.row]![tone.col])}`)).size * 3;
  return 4 + layout.blockTitleRows.length + layout.headerRows.length * 4 + layout.bold.length + tones + layout.width;
}

/** Links to the cells findings sit on, as HYPERLINK formulas written in runs down their column. */
function linkOps(sheet: () => Excel.Worksheet, layout: ReportLayout): WriteOp[] {
  const runs: { row: number; col: number; formulas: string[][] }[] = [];
  for (const link of layout.links) {
    const run = runs[runs.length - 1];
    if (run && run.col === link.col && run.row + run.formulas.length === link.row) run.formulas.push([link.formula]);
    else runs.push({ row: link.row, col: link.col, formulas: [[link.formula]] });
  }
  const op = (row: number, col: number, formulas: string[][]): WriteOp => ({
    bytes: formulas.reduce((sum, cells) => sum + rowBytes(cells), CALL_BYTES),
    queue: () => {
      const range = sheet().getRangeByIndexes(row, col, formulas.length, 1);
      range.formulas = formulas;
      range.format.font.set({ color: `#${LINK_COLOUR}`, underline: "Single" as Excel.RangeUnderlineStyle });
    },
    split: formulas.length > 1 ? () => [op(row, col, formulas.slice(0, formulas.length >> 1)), op(row + (formulas.length >> 1), col, formulas.slice(formulas.length >> 1))] : undefined,
  });
  // A run larger than the budget is cut to fit, as values are.
  return runs.flatMap((run) => chunkRows(run.formulas, MAX_BATCH_BYTES - CALL_BYTES).map((chunk) => op(run.row + chunk.start, run.col, chunk.rows as string[][])));
}
