import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../src/workbook/raw-cell";
import { REPORT_SHEET_NAMES } from "../../src/workbook/report-sheet";
import { cli, tempDir } from "../helpers/run";
import { workbook } from "../helpers/workbook-builder";

// 850709-9805 passes the check digit (it is the spec's example). Nothing may repeat it, in any form.
const LEAK = /850709\D{0,2}9805|8507099805|198507099805/;
const ESC = "\u001b";

/** An .xlsx of the grids, written with ExcelJS. */
async function xlsxOf(grids: readonly SheetGrid[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = book.addWorksheet(grid.name);
    for (const row of grid.rows) sheet.addRow((row ?? []).map((cell) => (cell === null ? null : cell)) as ExcelJS.CellValue[]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The adversary's workbook (issue 10): a personnummer as the municipality in `Avtal`, as a sheet
 * name and in the file name; Person-IDs written with an en dash, a space, a non-breaking hyphen
 * and bare; an escape sequence that would clear the terminal in a cell that is echoed (written
 * as Excel writes it, `_x001B_`, which a reader turns into an ESC).
 */
const grids = workbook({
  agreement: [["municipality", "850709-9805"]],
  hires: [
    { "Person-ID": "850709\u20139805" },
    { "Anställnings-ID": "A-2", "Person-ID": "850709 9805", Startdatum: "2019-01-10", Kön: "K_x001B_[2J_x001B_[8m" },
    { "Anställnings-ID": "A-3", "Person-ID": "850709\u20119805", Startdatum: "2019-02-10" },
    { "Anställnings-ID": "A-4", "Person-ID": "8507099805", Startdatum: "2019-03-10" },
  ],
  extra: [{ name: "850709-9805", rows: [["Anteckning"], ["se 19850709-9805"]] }],
});

describe("masking at the edges (issue 10)", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await tempDir();
    input = path.join(dir, "lista 850709-9805.xlsx");
    await fs.writeFile(input, await xlsxOf(grids));
  });

  it("no personnummer and no raw control character in the summary, in either language", async () => {
    for (const lang of ["sv", "en"]) {
      const run = await cli("audit", input, "--lang", lang, "--max-per-code", "0");
      expect(run.stderr).toBe("");
      expect(run.stdout).not.toMatch(LEAK);
      expect(run.stdout).not.toContain(ESC);
      // The file name, the municipality in the header and the sheet name are shown masked.
      expect(run.stdout).toContain("lista 850709-****.xlsx");
      expect(run.stdout).toMatch(/: 850709-\*\*\*\* \(/);
      expect(run.stdout).toContain("'850709-****'!A2");
      // The escape is shown, visibly.
      expect(run.stdout).toContain("\\u001B[2J");
      // Every separator form of the Person-ID is found (spec 10.19 and issue 10's separators).
      for (const row of [2, 3, 4]) expect(run.stdout).toContain(`Anställningar!B${row}`);
    }
  });

  it("no personnummer in the JSON, the board report or the report sheets, on stdout or in files", async () => {
    const [json, html, report] = ["r.json", "r.html", "r.xlsx"].map((name) => path.join(dir, name)) as [string, string, string];
    const run = await cli("audit", input, "--json", json, "--html", html, "--out", report);
    expect(run.stderr).toBe("");
    const document = JSON.parse(await fs.readFile(json, "utf8"));
    expect(document.agreement.municipality).toBe("850709-****");
    expect(document.input.file).toBe("lista 850709-****.xlsx");
    expect(document.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.findings.map((item: { sheet: string }) => item.sheet)).toContain("850709-****");
    const text = await fs.readFile(json, "utf8");
    expect(text).not.toMatch(LEAK);
    // JSON would write a raw ESC as \u001b; the gate made it the visible text \u001B first.
    expect(text).not.toMatch(/(?<!\\)\\u001b/);
    expect(text).toContain("\\\\u001B[2J");

    const board = await fs.readFile(html, "utf8");
    expect(board).not.toMatch(LEAK);
    expect(board).not.toContain(ESC);
    expect(board).toMatch(/<title>[^<]*850709-\*\*\*\*[^<]*<\/title>/);
    // The page itself names the agreement, masked (the decision page opens the report, issue 13).
    expect(board.slice(board.indexOf("<body"))).toContain("850709-****");

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fs.readFile(report)) as unknown as ArrayBuffer);
    // The audit's three sheets (REPORT_SHEET_NAMES also names the comparison's Jämförelse).
    for (const name of ["Granskning", "Ersättning", "Sammanställning"]) {
      const values: string[] = [];
      book.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.text))));
      const all = values.join("\n");
      expect(all).not.toMatch(LEAK);
      expect(all).not.toContain(ESC);
      expect(all).toContain("850709-****");
    }
    // The input's own sheets are copied as they were: the user's input is never changed.
    expect(book.getWorksheet("850709-9805")).toBeDefined();

    const stdoutJson = await cli("audit", input, "--json");
    expect(stdoutJson.stdout).not.toMatch(LEAK);
    expect(JSON.parse(stdoutJson.stdout).agreement.municipality).toBe("850709-****");
  });

  it("library text and library warnings never reach the user raw", async () => {
    // A sheet name over 31 characters makes ExcelJS warn on the console, naming the sheet.
    const zip = await JSZip.loadAsync(await xlsxOf(workbook({ extra: [{ name: "Extra", rows: [["x"]] }] })));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace('name="Extra"', 'name="Anteckningar om 850709-9805 med ett långt namn"'));
    const file = path.join(dir, "long.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "uint8array" }));
    const warn = jest.spyOn(process.stderr, "write");
    const consoleWarn = jest.spyOn(console, "warn");
    const run = await cli("audit", file, "--out", path.join(dir, "long-report.xlsx"));
    const leaked = [...warn.mock.calls, ...consoleWarn.mock.calls].map((call) => String(call[0]));
    warn.mockRestore();
    consoleWarn.mockRestore();
    expect(leaked.join("")).not.toMatch(/exceeds 31 chars|850709/);
    expect(run.stdout + run.stderr).not.toMatch(LEAK);

    // A sheet name Excel would refuse ("?") is read as the file gives it (the reader is faithful,
    // as LibreOffice is), and shown masked wherever it is named.
    zip.file("xl/workbook.xml", xml.replace('name="Extra"', 'name="850709-9805 ?"'));
    const odd = path.join(dir, "odd.xlsx");
    await fs.writeFile(odd, await zip.generateAsync({ type: "uint8array" }));
    const read = await cli("audit", odd, "--out", path.join(dir, "odd-report.xlsx"), "--json");
    expect([0, 1]).toContain(read.code);
    expect(read.stdout + read.stderr).not.toMatch(LEAK);
  });

  it("a file name with a personnummer or a control character is shown masked in every message", async () => {
    const missing = await cli("audit", path.join(dir, `saknas 850709-9805${ESC}[2J.xlsx`));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("saknas 850709-****\\u001B[2J.xlsx: filen finns inte");
    const example = await cli("example", path.join(dir, "exempel 850709-9805.xlsx"), "--hires", "10");
    expect(example.stdout).toContain("exempel 850709-****.xlsx");
  });
});
