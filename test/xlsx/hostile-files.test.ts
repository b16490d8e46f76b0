import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { cli, FIXTURES, tempDir } from "../helpers/run";
import { HIRES_SHEET } from "../../src/workbook/sheet-contract";

const HAND = path.join(FIXTURES, "golden", "hand-checked.xlsx");

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(await tempDir(), name);
  await fs.writeFile(file, bytes);
  return file;
}

/** Sets the unpacked size an entry declares in the zip's central directory, leaving its data as it is. */
function declareUnpackedSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(entry);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (nameLength === name.length && name.every((byte, k) => bytes[i + 46 + k] === byte)) {
      view.setUint32(i + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`no entry ${entry}`);
}

async function refused(file: string, message: RegExp): Promise<void> {
  for (const extra of [[], ["--out", path.join(path.dirname(file), "report.xlsx")]]) {
    const run = await cli("audit", file, "--lang", "en", ...extra);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  }
}

describe("hostile and broken files", () => {
  it("a zip's declared sizes are never trusted: a part declaring 4 GiB that inflates small is read as it is", async () => {
    const bytes = declareUnpackedSize(await fs.readFile(HAND), "xl/worksheets/sheet2.xml", 0xfffffff0);
    const file = await write("declares-huge.xlsx", bytes);
    const honest = await cli("audit", HAND, "--json");
    const lying = await cli("audit", file, "--json");
    expect(lying.code).toBe(honest.code);
    expect(JSON.parse(lying.stdout).years).toEqual(JSON.parse(honest.stdout).years);
  });

  it("a binary workbook (.xlsb) gets a one-line answer", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00]));
    await refused(await write("book.xlsb", await zip.generateAsync({ type: "uint8array" })), /binary workbook \(\.xlsb\)/);
  });

  it("a zip that is no workbook at all", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    await refused(await write("archive.xlsx", await zip.generateAsync({ type: "uint8array" })), /not an \.xlsx workbook/);
  });

  it("a sheet 16,384 columns wide gives findings, not a failure", async () => {
    const workbook = new ExcelJS.Workbook();
    const hires = workbook.addWorksheet("Anställningar");
    const header = HIRES_SHEET.columns.map((column) => column.sv);
    hires.getRow(1).values = [...header];
    hires.getCell(1, 16384).value = "Sista kolumnen";
    workbook.addWorksheet("Företag").getRow(1).values = ["Org.nr", "Företagsnamn", "Antal anställda", "Affärsutveckling från"];
    const file = await write("wide.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    const run = await cli("audit", file, "--json", "--report-date", "2020-01-01");
    const document = JSON.parse(run.stdout);
    expect(document.findings.filter((item: { code: string; cell: string }) => item.code === "COLUMN_UNKNOWN").map((item: { cell: string }) => item.cell)).toEqual(["XFD1"]);
  }, 60_000);

  it("a formula without a cached value reads as empty; links out of the workbook are never followed", async () => {
    const workbook = new ExcelJS.Workbook();
    const hires = workbook.addWorksheet("Anställningar");
    hires.getRow(1).values = [...HIRES_SHEET.columns.map((column) => column.sv)];
    hires.getRow(2).values = ["A-1", { text: "P-1", hyperlink: "https://example.invalid/steal?cookie=1" } as never, "556036-0793", "2018-03-01", null, 1, { formula: "'C:\\\\hemligt\\\\[lista.xlsx]Blad1'!A1", result: "K" } as never, "Botkyrka", { formula: "IF(TRUE,\"Ja\")" } as never];
    workbook.addWorksheet("Företag").getRow(1).values = ["Org.nr", "Företagsnamn", "Antal anställda", "Affärsutveckling från"];
    const file = await write("links.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    const run = await cli("audit", file, "--json", "--report-date", "2020-01-01");
    const document = JSON.parse(run.stdout);
    const codes = document.findings.map((item: { code: string; cell: string }) => `${item.code} ${item.cell}`);
    // The formula in I2 has no cached value: a required cell, empty. The external reference in G2
    // reads as its cached "K"; the hyperlink in B2 as its text.
    expect(codes).toContain("VALUE_REQUIRED I2");
    expect(codes.filter((code: string) => /G2|B2/.test(code))).toEqual([]);
  });
});
