import { layoutReportSheet, type ReportLayout } from "../workbook/report-layout";
import type { CellFormat, CellTone, ReportSheet } from "../workbook/report-sheet";
import { HEADER_COLOURS, LINK_COLOUR, NUMBER_FORMATS, TONE_COLOURS } from "../workbook/report-styles";
import { addCharts } from "./add-charts";
import { chunkRows, MAX_BATCH_BYTES, rowBytes } from "./request-budget";

/** More coloured cells than this on one sheet are coloured by conditional formats on their text. */
const DIRECT_TONE_LIMIT = 500;

/**
 * Writes the output sheets (`Granskning`, `Ersättning`, `Sammanställning`) from the same layout as
 * the CLI's report. Each replaces its own earlier copy; no other sheet is touched. Values go in as
 * whole-range assignments, split so that no batch nears Excel on the web's 5 MB limit, under
 * `suspendApiCalculationUntilNextSync`. Syncs: one to find earlier copies, then one per batch.
 */
export async function writeReportSheets(context: Excel.RequestContext, sheets: readonly ReportSheet[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const earlier = sheets.map((sheet) => worksheets.getItemOrNullObject(sheet.name));
  for (const sheet of earlier) sheet.load("isNullObject");
  await context.sync();

  const batch = new Batch(context);
  for (const [index, sheet] of sheets.entries()) {
    if (!earlier[index]!.isNullObject) earlier[index]!.delete();
    const worksheet = worksheets.add(sheet.name);
    const layout = layoutReportSheet(sheet);
    await writeValues(batch, worksheet, layout);
    formatSheet(worksheet, sheet, layout);
    await writeLinks(batch, worksheet, layout);
    if (sheet.charts?.length) addCharts(worksheet, sheet, layout);
  }
  await batch.flush();
}

/** Queues writes and syncs whenever the queued cells near the request budget. */
class Batch {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {
    context.application.suspendApiCalculationUntilNextSync();
  }

  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > MAX_BATCH_BYTES) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    await this.context.sync();
    this.bytes = 0;
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

async function writeValues(batch: Batch, worksheet: Excel.Worksheet, layout: ReportLayout): Promise<void> {
  // Each chunk sends its values and as many number formats: half the budget each.
  for (const chunk of chunkRows(layout.values, MAX_BATCH_BYTES / 2)) {
    await batch.add(2 * chunk.rows.reduce((sum, row) => sum + rowBytes(row), 0));
    const range = worksheet.getRangeByIndexes(chunk.start, 0, chunk.rows.length, layout.width);
    range.values = chunk.rows as (string | number | boolean)[][];
    range.numberFormat = layout.formats.slice(chunk.start, chunk.start + chunk.rows.length).map((row) => row.map(excelFormat));
  }
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
  if (firstHeader !== undefined) worksheet.freezePanes.freezeRows(firstHeader + 1);
  // The findings table filters like the CLI's report (one autofilter per sheet, as Excel allows).
  const filtered = sheet.blocks.findIndex((block, index) => block.table && layout.blocks[index]!.rows > 0);
  if (filtered >= 0) {
    const placed = layout.blocks[filtered]!;
    worksheet.autoFilter.apply(worksheet.getRangeByIndexes(placed.headerRow, 0, placed.rows + 1, placed.columns));
  }
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

/** Links to the cells findings sit on, as HYPERLINK formulas written in runs down their column. */
async function writeLinks(batch: Batch, worksheet: Excel.Worksheet, layout: ReportLayout): Promise<void> {
  let run: { row: number; col: number; formulas: string[][] } | undefined;
  const flush = async () => {
    if (!run) return;
    await batch.add(run.formulas.reduce((sum, row) => sum + rowBytes(row), 0));
    const range = worksheet.getRangeByIndexes(run.row, run.col, run.formulas.length, 1);
    range.formulas = run.formulas;
    range.format.font.set({ color: `#${LINK_COLOUR}`, underline: "Single" as Excel.RangeUnderlineStyle });
    run = undefined;
  };
  for (const link of layout.links) {
    const continues = run && run.col === link.col && run.row + run.formulas.length === link.row && run.formulas.length < 5000;
    if (!continues) await flush();
    run ??= { row: link.row, col: link.col, formulas: [] };
    run.formulas.push([link.formula]);
  }
  await flush();
}

