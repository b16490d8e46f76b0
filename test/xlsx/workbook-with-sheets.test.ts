import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { layoutReportSheet } from "../../src/workbook/report-layout";
import { cell, type ReportSheet } from "../../src/workbook/report-sheet";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { reportSheetXml } from "../../src/xlsx/report-sheet-xml";
import { OUR_SHEET_MARK, workbookWithSheets } from "../../src/xlsx/workbook-with-sheets";
import { zipDirectory } from "../../src/xlsx/zip-directory";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const HAND = path.join(FIXTURES, "golden", "hand-checked.xlsx");

const REPORT: ReportSheet = {
  name: "Granskning",
  title: "Granskning av resultatredovisning",
  subtitle: ["Rapportdatum: 2022-06-30"],
  columnWidths: [14, 30],
  blocks: [
    {
      header: ["Kod", "Belopp", "Datum", "Cell"],
      table: "Fynd",
      rows: [
        [cell("OVER_CAP"), cell(1250000, "kronor"), cell("2018-03-01", "date"), cell("C5", "text", { link: { sheet: "Anställningar", cell: "C5" } })],
        [cell("A & B <x> _x0041_ \u001b"), cell(0.5, "percent", { tone: "bad" }), cell(null), cell(true)],
      ],
    },
  ],
};

async function input(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(HAND));
}

describe("the report workbook, written at the zip level", () => {
  it("carries every input part over unchanged but the four it must extend", async () => {
    const bytes = await input();
    const out = await workbookWithSheets(bytes, "hand.xlsx", [REPORT]);
    const before = unzipSync(bytes);
    const after = unzipSync(out);
    const changed = Object.keys(before).filter((name) => Buffer.compare(Buffer.from(before[name]!), Buffer.from(after[name] ?? new Uint8Array())) !== 0);
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(["xl/worksheets/sheet4.xml"]);
  });

  it("copies each part it leaves unchanged as the input stores it: the same compressed bytes, CRC and size (never inflated and compressed again)", async () => {
    const bytes = await input();
    const out = await workbookWithSheets(bytes, "hand.xlsx", [REPORT]);
    const before = zipDirectory(bytes);
    const after = zipDirectory(out);
    const raw = (data: Uint8Array, part: { dataOffset: number; compressedBytes: number }) => Buffer.from(data.subarray(part.dataOffset, part.dataOffset + part.compressedBytes));
    const carried = [...before.keys()].filter((name) => !["[content_types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"].includes(name) && !name.endsWith("/"));
    expect(carried.length).toBeGreaterThan(5);
    for (const name of carried) {
      const [was, is] = [before.get(name)!, after.get(name)!];
      expect({ name, crc: is.declaredCrc, size: is.declaredBytes, method: is.method }).toEqual({ name, crc: was.declaredCrc, size: was.declaredBytes, method: was.method });
      expect(raw(out, is).equals(raw(bytes, was))).toBe(true);
    }
  });

  it("writes a report sheet of thousands of rows in pieces (never one string) that read back whole", async () => {
    const rows = Array.from({ length: 4_500 }, (_, i) => [cell(`R${i}`), cell(i, "kronor"), cell("2018-03-01", "date"), cell(`å${i}`)]);
    const big: ReportSheet = { ...REPORT, blocks: [{ ...REPORT.blocks[0]!, rows }] };
    const pieces = [...reportSheetXml(big).xml([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [])];
    expect(pieces.length).toBeGreaterThan(2);
    const out = await workbookWithSheets(await input(), "hand.xlsx", [big]);
    const grid = (await readXlsx(out, "r.xlsx")).sheets.find((sheet) => sheet.name === "Granskning")!;
    const filled = grid.rows.filter((row) => row !== undefined && /^R\d+$/.test(String(row[0])));
    expect(filled).toHaveLength(4_500);
    expect(filled[4_499]).toEqual(["R4499", 4499, 43160, "å4499"]);
  });

  it("reads back (through the reader and through ExcelJS) as the layout wrote it, control characters and all", async () => {
    const out = await workbookWithSheets(await input(), "hand.xlsx", [REPORT]);
    const grid = (await readXlsx(out, "r.xlsx")).sheets.find((sheet) => sheet.name === "Granskning")!;
    const layout = layoutReportSheet(REPORT);
    expect(grid.rows[0]).toEqual(["Granskning av resultatredovisning"]);
    expect(grid.rows[4]).toEqual(["OVER_CAP", 1250000, 43160, "C5"]);
    // The layout shows a control character visibly (issue 10: never raw to a reader's screen).
    expect(grid.rows[5]).toEqual(["A & B <x> _x0041_ \\u001B", 0.5, null, true]);
    expect(layout.values[4]).toEqual(["OVER_CAP", 1250000, "2018-03-01", "C5"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(out as never);
    const sheet = workbook.getWorksheet("Granskning")!;
    expect(sheet.getCell("B5").numFmt).toBe('#,##0 "kr"');
    expect(sheet.getCell("D5").value).toEqual({ formula: 'HYPERLINK("#Anställningar!C5","C5")', result: "C5" });
    expect(sheet.getCell("A4").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(sheet.getCell("B6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(workbook.definedNames.model.some((name) => name.name === OUR_SHEET_MARK)).toBe(true);
  });

  it("is idempotent: writing over its own output gives the same bytes", async () => {
    const once = await workbookWithSheets(await input(), "hand.xlsx", [REPORT]);
    const twice = await workbookWithSheets(once, "once.xlsx", [REPORT]);
    expect(Buffer.compare(Buffer.from(twice), Buffer.from(once))).toBe(0);
  });

  it("never replaces a user's own sheet named like a report sheet (in any case): it takes a free name and says so", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await input()) as never);
    workbook.addWorksheet("GRANSKNING").getCell("A1").value = "mina egna anteckningar";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const renamed: string[] = [];
    const out = await workbookWithSheets(bytes, "own.xlsx", [REPORT], { renamed: (wanted, used) => renamed.push(`${wanted} → ${used}`) });
    expect(renamed).toEqual(["Granskning → Granskning (2)"]);
    const sheets = (await readXlsx(out, "r.xlsx")).sheets;
    expect(sheets.find((sheet) => sheet.name === "GRANSKNING")!.rows[0]).toEqual(["mina egna anteckningar"]);
    expect(sheets.find((sheet) => sheet.name === "Granskning (2)")!.rows[0]).toEqual(["Granskning av resultatredovisning"]);
  });

  it("the CLI says which name it used instead", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await input()) as never);
    workbook.addWorksheet("Ersättning").getCell("A1").value = "egen";
    const dir = await tempDir();
    const file = path.join(dir, "own.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await cli("audit", file, "--out", path.join(dir, "report.xlsx"), "--lang", "en");
    expect(run.stderr).toContain('"Ersättning (2)"');
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
