import { promises as fs } from "node:fs";
import * as path from "node:path";
import { auditOpenWorkbook, drawSampleIntoWorkbook } from "../../src/excel/workbook-actions";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../../src/workbook/example-workbook";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { reproducibleXlsxBytes, workbookOf } from "../../src/xlsx/xlsx-bytes";
import { FakeExcel } from "../helpers/fake-excel";
import { cli, tempDir } from "../helpers/run";
import { sampleKeysOf } from "../helpers/sample-keys";

const CHOICES = { preset: "botkyrka" as const, today: EXAMPLE_REPORT_DATE, language: "sv" as const };
const SHEETS = () => exampleSheets({ hires: 400, seed: 3 });

describe("the task pane's Stickprov step (Office.js adapter)", () => {
  it("draws the same sample as the CLI for the same seed, as an Excel table with yes/no lists, writing no input sheet", async () => {
    const grids = SHEETS().map(dataSheetGrid);
    const excel = new FakeExcel(grids);
    const before = grids.map((grid) => excel.valuesOf(grid.name));
    // A host that runs ExcelApi 1.8 gets the drop-down lists (older hosts get the sheet without them).
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version) <= 1.8 } } };
    const answer = await drawSampleIntoWorkbook(excel.context, { ...CHOICES, seed: 42 }, false).finally(() => delete (globalThis as { Office?: unknown }).Office);
    expect(answer.written).toBe(true);
    const paneKeys = sampleKeysOf(excel.valuesOf("Stickprov"));
    expect(paneKeys).toHaveLength(60);

    const dir = await tempDir();
    const input = path.join(dir, "exempel.xlsx");
    await fs.writeFile(input, await reproducibleXlsxBytes(workbookOf(SHEETS(), { validations: false })));
    const out = path.join(dir, "stickprov.xlsx");
    expect((await cli("sample", input, "--out", out, "--seed", "42")).code).toBe(0);
    const written = await readWorkbookGrids(await fs.readFile(out), "stickprov.xlsx");
    expect(paneKeys).toEqual(sampleKeysOf(written.find((grid) => grid.name === "Stickprov")!.rows));

    const sheet = excel.sheets.get("Stickprov")!;
    expect(sheet.addedTables).toEqual([expect.objectContaining({ name: "Stickprov", rows: 61, cols: 11 })]);
    expect(sheet.validations.map((item) => [item.col, item.rows, item.rule])).toEqual([
      [5, 60, { list: { inCellDropDown: true, source: "Ja,Nej" } }],
      [6, 60, { list: { inCellDropDown: true, source: "Ja,Nej" } }],
    ]);
    for (const grid of grids) expect(excel.sheets.get(grid.name)!.writes).toEqual([]);
    expect(grids.map((grid) => excel.valuesOf(grid.name))).toEqual(before);
  });

  it("never writes over an existing sample without being asked, and another seed gives another sample", async () => {
    const excel = new FakeExcel(SHEETS().map(dataSheetGrid));
    await drawSampleIntoWorkbook(excel.context, { ...CHOICES, seed: 1 }, false);
    const first = excel.valuesOf("Stickprov");
    const refused = await drawSampleIntoWorkbook(excel.context, { ...CHOICES, seed: 2 }, false);
    expect(refused).toEqual({ written: false, existing: "Stickprov" });
    expect(excel.valuesOf("Stickprov")).toEqual(first);
    const replaced = await drawSampleIntoWorkbook(excel.context, { ...CHOICES, seed: 2 }, true);
    expect(replaced.written).toBe(true);
    expect(sampleKeysOf(excel.valuesOf("Stickprov"))).not.toEqual(sampleKeysOf(first));
  });

  it("Granska evaluates the filled sample as the CLI does", async () => {
    const excel = new FakeExcel(SHEETS().map(dataSheetGrid));
    await drawSampleIntoWorkbook(excel.context, { ...CHOICES, seed: 42 }, false);
    const sheet = excel.sheets.get("Stickprov")!;
    const header = sheet.cells.findIndex((row) => row?.[0]?.value === "Blad");
    for (let r = header + 1; sheet.cells[r]?.[0]?.value; r++) {
      sheet.cells[r]![5] = { value: "Ja", type: "String" };
      sheet.cells[r]![6] = { value: "Nej", type: "String" };
    }
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    expect(result.sample).toMatchObject({ n: 60, checked: 60, deviations: 0, conclusion: "supported" });
    expect(result.sample!.upperDeviationRate).toBeCloseTo(0.0499289, 6);
  });
});
