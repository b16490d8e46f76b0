import ExcelJS from "exceljs";
import { zipSync, strToU8 } from "fflate";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { zipDirectory } from "../../src/xlsx/zip-directory";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable-workbook-error";

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

/** A minimal package around one sheet's XML, every part written by hand. */
function handMade(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

// The platform's DecompressionStream (the browser, the CLI) and fflate (Excel's older webviews).
const bothInflaters = [["native"], ["fflate"]] as const;

describe("reading cells from .xlsx", () => {
  it.each(bothInflaters)("gives cached formula results, texts of rich text and links, and error values (%s inflater)", async (inflater) => {
    const { sheets } = await readXlsx(await oddCells(), "odd.xlsx", {}, inflater);
    const first = sheets.find((grid) => grid.name === "Första")!;
    // The date cell comes back as its serial number, as Office.js gives it (spec 10.20).
    expect(first.rows[0]).toEqual([42, "text", true, 43160, 2, { error: "#N/A" }, null, "fet text", "länk", { error: "#REF!" }]);
    expect(first.rows[1]).toBeUndefined();
    expect(first.rows[2]).toEqual(["efter en tom rad"]);
    // exceljs#2943 and the streaming reader's 1/0: a cached 0 and false stay what they are.
    expect(first.rows[3]).toEqual([0, false]);
    expect(sheets.map((grid) => grid.name)).toEqual(["Andra", "Första"]);
  });

  it("never lets a number format turn a number into a date (spec 10.20)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad");
    sheet.getCell("A1").value = 14;
    sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readXlsx(bytes, "f.xlsx")).sheets[0]!.rows[0]).toEqual([14]);
  });

  it("places rows and cells without r attributes where Excel does, and rows given out of order by their numbers", async () => {
    const xml = `<row r="3"><c><v>3</v></c><c r="C3"><v>33</v></c><c><v>34</v></c></row><row r="1"><c><v>1</v></c></row><row><c t="inlineStr"><is><t>två</t></is></c></row>`;
    const { sheets } = await readXlsx(handMade(xml), "f.xlsx");
    expect(sheets[0]!.rows).toEqual([[1], ["två"], [3, null, 33, 34]]);
  });

  it("keeps both values of a cell the file gives twice, and says so", async () => {
    const xml = `<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="2"><c r="B2"><v>9</v></c><c r="C2"><v>3</v></c></row>`;
    const read = await readXlsx(handMade(xml), "f.xlsx");
    expect(read.sheets[0]!.rows[1]).toEqual([1, 9, 3]);
    expect(read.sheets[0]!.repeatedCells).toEqual([{ row: 1, col: 1, first: 2, later: 9 }]);
    expect(read.notices).toEqual([{ sheet: "Blad", row: 2, kind: "row-repeated" }]);
  });

  it("reads t=d ISO dates, t=b, t=e, t=str and _xHHHH_ escapes; a formula without a cached value is empty (spec 10.22)", async () => {
    const xml = `<row r="1"><c t="d"><v>2018-03-01T00:00:00Z</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1</f><v>a_x0009_b_x005F_x0041_</v></c><c><f>1+1</f></c></row>`;
    const { sheets } = await readXlsx(handMade(xml), "f.xlsx");
    expect(sheets[0]!.rows[0]).toEqual([43160, false, { error: "#DIV/0!" }, "a\tb_x0041_"]);
  });

  it.each(bothInflaters)("refuses a damaged deflate stream with one line that names the part (%s)", async (inflater) => {
    const bytes = handMade(Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}"><c><v>${r}</v></c></row>`).join(""));
    const sheet = zipDirectory(bytes).get("xl/worksheets/sheet1.xml")!;
    // The compressed data from its middle on overwritten: no valid deflate stream.
    bytes.fill(0xff, sheet.dataOffset + (sheet.compressedBytes >> 1), sheet.dataOffset + sheet.compressedBytes);
    const error = await readXlsx(bytes, "f.xlsx", {}, inflater).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    // What comes out of the stream before the damage is parsed meanwhile: the XML's fault may be met first.
    expect((error as UnreadableWorkbookError).text("en")).toMatch(/^f\.xlsx: the file could not be read as \.xlsx \(damaged or incomplete\) \((the entry xl\/worksheets\/sheet1\.xml cannot be inflated \(damaged or cut off\)|xl\/worksheets\/sheet1\.xml: [^()]+)\)$/);
  });

  it.each(bothInflaters)("refuses a DOCTYPE, so no entity is ever expanded (%s)", async (inflater) => {
    const bytes = handMade("", {
      "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
    });
    const error = await readXlsx(bytes, "f.xlsx", {}, inflater).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as UnreadableWorkbookError).text("en")).toBe("f.xlsx: the file could not be read as .xlsx (damaged or incomplete) (xl/worksheets/sheet1.xml: a DOCTYPE is not allowed in a workbook part)");
  });

  it.each(bothInflaters)("stops inflating at the limit on the bytes that really come out, not the declared size (%s)", async (inflater) => {
    const rows = Array.from({ length: 5000 }, (_, r) => `<row r="${r + 1}"><c><v>${r}</v></c></row>`).join("");
    const error = await readXlsx(handMade(rows), "f.xlsx", { partBytes: 50_000 }, inflater).catch((caught: unknown) => caught);
    expect((error as UnreadableWorkbookError).text("sv")).toBe("f.xlsx: arbetsboken är större än granskningen läser (xl/worksheets/sheet1.xml: delen packas upp till mer än 0 MiB)");
    expect((error as UnreadableWorkbookError).reason).toBe("limit");
  });

  it("refuses more cells in a sheet or a longer text than its limits", async () => {
    const xml = `<row r="1"><c><v>1</v></c><c><v>2</v></c><c t="inlineStr"><is><t>${"x".repeat(40)}</t></is></c></row>`;
    await expect(readXlsx(handMade(xml), "f.xlsx", { cellsPerSheet: 2 })).rejects.toThrow("more than 2 cells in one sheet");
    await expect(readXlsx(handMade(xml), "f.xlsx", { stringLength: 39 })).rejects.toThrow("a text longer than 39 characters");
  });
});
