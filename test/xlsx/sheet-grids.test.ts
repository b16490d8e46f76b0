import ExcelJS from "exceljs";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { sheetGrids } from "../../src/xlsx/sheet-grids";
import { streamSheetGrids } from "../../src/xlsx/stream-sheet-grids";

/** A workbook with every kind of cell ExcelJS can hand over. */
async function oddCells(withFormulaError = true, withBooleanFormula = true): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const second = workbook.addWorksheet("Andra");
  second.getCell("A1").value = "andra bladet";
  const sheet = workbook.addWorksheet("Första");
  sheet.getCell("A1").value = 42;
  sheet.getCell("B1").value = "text";
  sheet.getCell("C1").value = true;
  sheet.getCell("D1").value = new Date(Date.UTC(2018, 2, 1));
  sheet.getCell("E1").value = { formula: "1+1", result: 2 };
  sheet.getCell("F1").value = withFormulaError ? { formula: "NA()", result: { error: "#N/A" } } : { formula: "2+2", result: 4 };
  sheet.getCell("G1").value = { formula: "A1*2" };
  sheet.getCell("H1").value = { richText: [{ text: "fet" }, { text: " text" }] };
  sheet.getCell("I1").value = { text: "länk", hyperlink: "https://example.invalid/" };
  sheet.getCell("J1").value = { error: "#REF!" };
  sheet.getCell("A3").value = "efter en tom rad";
  // exceljs#2943: cell.value drops a cached result of 0, false or "".
  sheet.getCell("A4").value = { formula: "1-1", result: 0 };
  sheet.getCell("B4").value = withBooleanFormula ? { formula: "1=2", result: false } : { formula: "2-2", result: 0 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("reading cells from .xlsx", () => {
  it("gives cached formula results, texts of rich text and links, and error values", async () => {
    const bytes = await oddCells();
    const grids = sheetGrids(await openWorkbook(bytes, "odd.xlsx"));
    const first = grids.find((grid) => grid.name === "Första")!;
    // The date cell comes back as its serial number, as Office.js gives it (spec 10.20).
    expect(first.rows[0]).toEqual([42, "text", true, 43160, 2, { error: "#N/A" }, null, "fet text", "länk", { error: "#REF!" }]);
    expect(first.rows[1]).toBeUndefined();
    expect(first.rows[2]).toEqual(["efter en tom rad"]);
    expect(first.rows[3]).toEqual([0, false]);
  });

  it("streams the same grids as a whole load, in tab order", async () => {
    const bytes = await oddCells(false, false);
    const loaded = sheetGrids(await openWorkbook(bytes, "odd.xlsx"));
    const streamed = await streamSheetGrids(bytes, "odd.xlsx");
    expect(streamed!.map((grid) => grid.name)).toEqual(loaded.map((grid) => grid.name));
    expect(streamed).toEqual(loaded);
  });

  it("never lets a number format turn a number into a date (spec 10.20)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad");
    sheet.getCell("A1").value = 14;
    sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sheetGrids(await openWorkbook(bytes, "f.xlsx"))[0]!.rows[0]).toEqual([14]);
    expect((await streamSheetGrids(bytes, "f.xlsx"))![0]!.rows[0]).toEqual([14]);
  });

  it("streams a boolean formula result as 1 or 0, which yes/no columns read alike", async () => {
    const streamed = await streamSheetGrids(await oddCells(false, true), "odd.xlsx");
    expect(streamed!.find((grid) => grid.name === "Första")!.rows[3]).toEqual([0, 0]);
  });

  it("declines to stream when the streaming reader would lose a formula's error value", async () => {
    expect(await streamSheetGrids(await oddCells(), "odd.xlsx")).toBeUndefined();
  });
});
