import { blockRange, type ReportLayout } from "../workbook/report-layout";
import type { ReportChart, ReportSheet } from "../workbook/report-sheet";

const CHART_TYPES: Record<ReportChart["kind"], Excel.ChartType> = {
  column: "ColumnClustered" as Excel.ChartType,
  line: "LineMarkers" as Excel.ChartType,
  pie: "Pie" as Excel.ChartType,
};

/** Where the charts stand: to the right of the tables, one under the other. */
const CHART_COLUMN = "J";
const CHART_HEIGHT_ROWS = 18;

/**
 * Native Excel charts over the report's chart-data blocks: each series is a column of its block,
 * the block's first column gives the categories (ExcelApi 1.7).
 */
export function addCharts(worksheet: Excel.Worksheet, sheet: ReportSheet, layout: ReportLayout): void {
  sheet.charts!.forEach((spec, index) => {
    const block = layout.blocks[spec.block]!;
    // Without agreement years (no start date) there is nothing to draw.
    if (block.rows === 0) return;
    const categories = worksheet.getRange(localRange(sheet.name, blockRange(sheet.name, { ...block, headerRow: block.firstRow }, 0, 0)));
    const [first, ...others] = spec.series;
    const chart = worksheet.charts.add(CHART_TYPES[spec.kind], worksheet.getRange(localRange(sheet.name, blockRange(sheet.name, block, first!, first!))), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = spec.title;
    chart.series.getItemAt(0).setXAxisValues(categories);
    for (const col of others) {
      const series = chart.series.add(String(sheet.blocks[spec.block]!.header[col]));
      series.setValues(worksheet.getRange(localRange(sheet.name, blockRange(sheet.name, { ...block, headerRow: block.firstRow }, col, col))));
      series.setXAxisValues(categories);
    }
    if (spec.yAxis && spec.kind !== "pie") chart.axes.valueAxis.title.text = spec.yAxis;
    const top = index * CHART_HEIGHT_ROWS + 1;
    chart.setPosition(`${CHART_COLUMN}${top}`, `Q${top + CHART_HEIGHT_ROWS - 2}`);
  });
}

/** A block range without its sheet prefix, as `worksheet.getRange` wants it. */
function localRange(sheet: string, address: string): string {
  return address.slice(address.indexOf("!") + 1);
}
