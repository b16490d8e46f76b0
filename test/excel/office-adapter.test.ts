import ExcelJS from "exceljs";
import { audit } from "../../src/domain/audit";
import { isoDay } from "../../src/domain/day";
import { auditOpenWorkbook, createTemplate, writePayoutAndSummary } from "../../src/excel/workbook-actions";
import { readSheetGrids } from "../../src/excel/read-sheet-grids";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../../src/workbook/example-workbook";
import type { SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { auditDocument } from "../../src/workbook/audit-document";
import { reportSheets } from "../../src/workbook/report-sheets";
import { workbookWithSheets } from "../../src/xlsx/workbook-with-sheets";
import { workbookOf, xlsxBytes } from "../../src/xlsx/xlsx-bytes";
import { FakeExcel } from "../helpers/fake-excel";

const CHOICES = { preset: "botkyrka" as const, today: EXAMPLE_REPORT_DATE, language: "sv" as const };

function exampleGrids(hires: number, defects = false): SheetGrid[] {
  return exampleSheets({ hires, seed: 3, defects }).map(dataSheetGrid);
}

const source = { tool: { name: "t", version: "1" }, input: { file: "f", sha256: "" } };

describe("the Office.js adapter", () => {
  it.each([
    // 1,000 job rows: names, used ranges, and all cells (about 20,000) in one batch.
    [1000, 3],
    // 50,000 job rows: 2 syncs, then batches of at most 80,000 cells: 9 for the 700,014 cells of
    // Anställningar (5,714 rows each), 2 for the 90,006 of Företag, 1 for the small sheets.
    [50_000, 14],
  ])("reads a workbook with %i job rows in %i syncs, each request under 5 MB", async (hires, syncs) => {
    const grids = exampleGrids(hires);
    const excel = new FakeExcel(grids);
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheetGrids(excel.context);
    expect(sync).toHaveBeenCalledTimes(syncs);
    expect(excel.largestRequestBytes).toBeLessThan(5_000_000);
    const viaOffice = audit(readWorkbook(read), CHOICES);
    const viaCells = audit(readWorkbook(grids), CHOICES);
    expect(auditDocument(viaOffice, source, "sv")).toEqual(auditDocument(viaCells, source, "sv"));
  });

  it("audits the open workbook without writing to any input sheet, in a fixed number of syncs", async () => {
    const grids = exampleGrids(1000, true);
    const excel = new FakeExcel(grids);
    const before = grids.map((grid) => excel.valuesOf(grid.name));
    const sync = jest.spyOn(excel.context, "sync");
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    await writePayoutAndSummary(excel.context, result, "sv");
    // Read: 3. Granskning: 1 to find its earlier copy, 1 for its cells. Ersättning and
    // Sammanställning: 1 to find earlier copies, 1 for their cells.
    expect(sync).toHaveBeenCalledTimes(7);
    for (const grid of grids) {
      expect(excel.sheets.get(grid.name)!.writes).toEqual([]);
    }
    expect(grids.map((grid) => excel.valuesOf(grid.name))).toEqual(before);
  });

  it("writes output sheets whose values equal the CLI report's", async () => {
    const grids = exampleGrids(300, true);
    const excel = new FakeExcel(grids);
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    await writePayoutAndSummary(excel.context, result, "sv");

    const cliResult = audit(readWorkbook(grids), CHOICES);
    const workbook = workbookOf(exampleSheets({ hires: 300, seed: 3, defects: true }), { validations: false });
    const report = new ExcelJS.Workbook();
    await report.xlsx.load((await workbookWithSheets(await xlsxBytes(workbook), "x.xlsx", reportSheets(cliResult, "sv"))) as never);
    for (const name of ["Granskning", "Ersättning", "Sammanställning"]) {
      expect(trimmed(excel.valuesOf(name))).toEqual(trimmed(valuesOfExcelJs(report.getWorksheet(name)!)));
    }
  });

  it("runs again idempotently, replacing its own sheets", async () => {
    const excel = new FakeExcel(exampleGrids(200));
    const first = await auditOpenWorkbook(excel.context, CHOICES);
    const names = [...excel.sheets.keys()];
    await auditOpenWorkbook(excel.context, CHOICES);
    expect([...excel.sheets.keys()].sort()).toEqual(names.sort());
    expect(first.summary.errors).toBe(0);
  });

  it("creates the template's sheets, leaving existing ones alone", async () => {
    const excel = new FakeExcel([{ name: "Företag", rows: [["egen data"]] }]);
    const answer = await createTemplate(excel.context, "botkyrka");
    expect(answer.skipped).toEqual(["Företag"]);
    expect(answer.created).toEqual(["Avtal", "Anställningar", "Investeringar", "Pro bono", "Kostnader", "Redovisning"]);
    expect(excel.valuesOf("Företag")).toEqual([["egen data"]]);
    expect(excel.valuesOf("Anställningar")[0]![0]).toBe("Anställnings-ID");
  });
});

/** Cell values of an ExcelJS sheet as Office shows them: dates as ISO text, formulas as their result. */
function valuesOfExcelJs(sheet: ExcelJS.Worksheet): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: (string | number | boolean)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value as unknown;
      cells[col - 1] =
        value instanceof Date ? isoDay(Math.floor(value.getTime() / 86_400_000) as never)
        : value && typeof value === "object" && "formula" in value ? String((value as unknown as { result: unknown }).result)
        : (value as string | number | boolean | null) ?? "";
    });
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ""));
}

/** Rows without their trailing empty cells, and no trailing empty rows. */
function trimmed(rows: (string | number | boolean)[][]): (string | number | boolean)[][] {
  const out = rows.map((row) => {
    const copy = [...row];
    while (copy.length && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
