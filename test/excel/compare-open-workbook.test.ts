import ExcelJS from "exceljs";
import { compareSubmissions, isRefusal } from "../../src/domain/compare/compare-submissions";
import { compareOpenWorkbook } from "../../src/excel/compare-open-workbook";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { EXAMPLE_NEXT_REPORT_DATE, exampleSheets } from "../../src/workbook/example-workbook";
import type { SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { comparisonSheet } from "../../src/workbook/report-comparison";
import { workbookWithSheets } from "../../src/xlsx/workbook-with-sheets";
import { reproducibleXlsxBytes, workbookOf } from "../../src/xlsx/xlsx-bytes";
import { FakeExcel } from "../helpers/fake-excel";
import { trimmed, valuesOfExcelJs } from "../helpers/excel-js-values";

const CHOICES = { preset: "botkyrka" as const, today: EXAMPLE_NEXT_REPORT_DATE, language: "sv" as const, previousFile: "forra.xlsx", currentName: "nu.xlsx" };
const grids = (retroactive: boolean): SheetGrid[] => exampleSheets({ hires: 300, seed: 3, retroactive }).map(dataSheetGrid);

describe("the task pane's comparison (fake Excel)", () => {
  it("writes Jämförelse with the CLI's values, reads no output sheet as input and writes no input sheet", async () => {
    const previous = grids(false);
    const current = grids(true);
    // An earlier Granskning in the open workbook must not be read as a result sheet.
    const excel = new FakeExcel([...current, { name: "Granskning", rows: [["gammal"]] }]);
    const before = current.map((grid) => excel.valuesOf(grid.name));
    const outcome = await compareOpenWorkbook(excel.context, previous, CHOICES);
    if (isRefusal(outcome)) throw new Error(outcome.refusal);

    const direct = compareSubmissions(readWorkbook(previous), readWorkbook(current), CHOICES);
    if (isRefusal(direct)) throw new Error(direct.refusal);
    expect(outcome.findings).toEqual(direct.findings);
    expect(outcome.findings.map((item) => item.code)).toContain("ROW_REMOVED");
    for (const grid of current) expect(excel.sheets.get(grid.name)!.writes).toEqual([]);
    expect(current.map((grid) => excel.valuesOf(grid.name))).toEqual(before);

    // The same sheet the CLI writes with `compare --out`, cell for cell.
    const cliBytes = await workbookWithSheets(await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 300, seed: 3, retroactive: true }), { validations: false })), "nu.xlsx", [comparisonSheet(direct, { previous: "forra.xlsx", current: "nu.xlsx" }, "sv")]);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(cliBytes as never);
    expect(trimmed(excel.valuesOf("Jämförelse"))).toEqual(trimmed(valuesOfExcelJs(report.getWorksheet("Jämförelse")!)));
  });

  it("writes nothing and returns the refusal when the open workbook is not later", async () => {
    const excel = new FakeExcel(grids(false));
    const outcome = await compareOpenWorkbook(excel.context, grids(true), CHOICES);
    expect(outcome).toMatchObject({ refusal: "currentNotLater" });
    expect(excel.sheets.has("Jämförelse")).toBe(false);
  });
});
