/**
 * One test per case under "Why" in issue 8 (and per reading rule of ECMA-376 the corpus holds),
 * each with its exact expectation. The files are test/fixtures/ooxml/*.xlsx, written by
 * scripts/make-ooxml-corpus.ts (which says how each is built). Where an exit code matters the CLI
 * runs in-process; everything else asks the reader directly.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { exampleSheets } from "../../src/workbook/example-workbook";
import type { RawCell, SheetGrid } from "../../src/workbook/raw-cell";
import { HIRES_SHEET } from "../../src/workbook/sheet-contract";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable-workbook-error";
import { cli, FIXTURES } from "../helpers/run";
import { readXlsx, type XlsxRead } from "../helpers/xlsx-reader";

const CORPUS = path.join(FIXTURES, "ooxml");
const CORE = ["Avtal", "Anställningar", "Företag", "Redovisning"];

async function bytesOf(file: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(CORPUS, file)));
}

async function read(file: string): Promise<XlsxRead> {
  return readXlsx(await bytesOf(file), file);
}

/** A grid's values with trailing empty cells and rows dropped (a writer may or may not store them). */
function values(sheet: SheetGrid): RawCell[][] {
  const rows = sheet.rows.map((row) => {
    const cells = (row ?? []).map((cell) => (cell === undefined || cell === "" ? null : cell));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function sheet(result: XlsxRead, name: string): SheetGrid {
  const found = result.sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${result.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** The four core sheets of plain.xlsx, the baseline most cases must read exactly like. */
let plain: Map<string, RawCell[][]>;
beforeAll(async () => {
  const result = await read("plain.xlsx");
  plain = new Map(CORE.map((name) => [name, values(sheet(result, name))]));
});

async function readsLikePlain(file: string): Promise<XlsxRead> {
  const result = await read(file);
  for (const name of CORE) expect({ name, rows: values(sheet(result, name)) }).toEqual({ name, rows: plain.get(name) });
  return result;
}

async function audits(file: string, ...args: string[]): Promise<{ code: number; findings: { code: string; sheet?: string; cell?: string }[]; stderr: string }> {
  const run = await cli("audit", path.join(CORPUS, file), "--json", "--lang", "en", ...args);
  const findings = run.code === 2 ? [] : (JSON.parse(run.stdout) as { findings: { code: string; sheet?: string; cell?: string }[] }).findings;
  return { code: run.code, findings, stderr: run.stderr };
}

/** Refused with exit 2 and one line on stderr that matches every pattern. */
async function refusedByCli(file: string, ...patterns: RegExp[]): Promise<string> {
  const run = await cli("audit", path.join(CORPUS, file), "--lang", "en");
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  for (const pattern of patterns) expect(lines[0]).toMatch(pattern);
  return lines[0]!;
}

async function refusedByReader(file: string, part: string): Promise<UnreadableWorkbookError> {
  const error: unknown = await read(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnreadableWorkbookError);
  expect((error as Error).message).toContain(part);
  expect((error as Error).message).not.toMatch(/\n/);
  return error as UnreadableWorkbookError;
}

const hireIds = (result: XlsxRead) => values(sheet(result, "Anställningar")).slice(1).map((row) => row[0]);

describe("issue 8: the cases an audited party could hand in", () => {
  it("plain.xlsx, the baseline, audits clean (exit 0) with its 50 jobs and 7 sheets", async () => {
    const result = await read("plain.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual(["Avtal", "Anställningar", "Företag", "Investeringar", "Pro bono", "Kostnader", "Redovisning"]);
    expect(hireIds(result)).toHaveLength(50);
    expect(result.notices).toEqual([]);
    expect((await audits("plain.xlsx")).code).toBe(0);
  });

  it("a Redovisning stored under another part name is read, and its inflated claim gives CLAIM_MISMATCH with exit 1", async () => {
    const result = await read("renamed-parts-claim.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual(CORE);
    expect(values(sheet(result, "Redovisning"))[1]![1]).toBe((plain.get("Redovisning")![1]![1] as number) + 40);
    for (const name of ["Avtal", "Anställningar", "Företag"]) expect(values(sheet(result, name))).toEqual(plain.get(name));
    const run = await audits("renamed-parts-claim.xlsx");
    expect(run.code).toBe(1);
    expect(run.findings.filter((f) => f.code === "CLAIM_MISMATCH").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Redovisning!B2"]);
  });

  it("phonetic runs in shared strings: their text is never appended, and all 50 rows after them are read (exit 0)", async () => {
    const result = await readsLikePlain("phonetic-shared-strings.xlsx");
    expect(values(sheet(result, "Anställningar"))[0]).toEqual(HIRES_SHEET.columns.map((column) => column.sv));
    expect(values(sheet(result, "Anställningar"))[1]![11]).toBe("AVT-A000001");
    expect(hireIds(result)).toHaveLength(50);
    expect(JSON.stringify(result.sheets)).not.toMatch(/フリガナ/);
    expect((await audits("phonetic-shared-strings.xlsx")).code).toBe(0);
  });

  it("phonetic runs in inline strings: the same", async () => {
    const result = await readsLikePlain("phonetic-inline-strings.xlsx");
    expect(hireIds(result)).toHaveLength(50);
    expect(JSON.stringify(result.sheets)).not.toMatch(/ヨミ/);
    expect((await audits("phonetic-inline-strings.xlsx")).code).toBe(0);
  });

  it("a repeated row number: each differing cell is read as the later value (as LibreOffice shows it), with a notice and CELL_REPEATED (exit 1); unordered rows land at their numbers; an identical repeat is nothing", async () => {
    const result = await read("repeated-rows.xlsx");
    expect(result.notices).toEqual([{ sheet: "Anställningar", row: 7, kind: "row-repeated" }]);
    const rows = sheet(result, "Anställningar").rows;
    // Row 7 was written twice: A000006 first, then A000099 (the same job otherwise).
    expect([rows[6]![0], rows[6]![1]]).toEqual(["A000099", "P000099"]);
    expect(values(sheet(result, "Anställningar"))[6]!.slice(2)).toEqual(plain.get("Anställningar")![6]!.slice(2));
    // Rows 4 and 5 were written 5 first, then 4.
    expect([rows[3]![0], rows[4]![0]]).toEqual(["A000003", "A000004"]);
    // Every other job is where plain.xlsx has it.
    const ids = hireIds(result);
    const plainIds = plain.get("Anställningar")!.slice(1).map((row) => row[0]);
    expect(ids).toEqual(plainIds.map((id) => (id === "A000006" ? "A000099" : id)));
    expect(values(sheet(result, "Företag"))).toEqual(plain.get("Företag"));
    // The earlier values are not lost: the audit names both and exits 1.
    const run = await cli("audit", path.join(CORPUS, "repeated-rows.xlsx"), "--json", "--lang", "en");
    expect(run.code).toBe(1);
    const repeated = (JSON.parse(run.stdout) as { findings: { code: string; sheet: string; cell: string; messages: { en: string } }[] }).findings.filter((f) => f.code === "CELL_REPEATED");
    expect(repeated.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Anställningar!A7", "Anställningar!B7"]);
    expect(repeated[0]!.messages.en).toMatch(/A000006.*A000099/);
  });

  it("rows and cells without r attributes take their implicit positions (exit 0)", async () => {
    await readsLikePlain("no-r-attributes.xlsx");
    expect((await audits("no-r-attributes.xlsx")).code).toBe(0);
  });

  it("absolute part paths (/xl/worksheets/sheet1.xml, /xl/tables/table1.xml) are followed (exit 0)", async () => {
    await readsLikePlain("absolute-part-paths.xlsx");
    expect((await audits("absolute-part-paths.xlsx")).code).toBe(0);
  });

  it("a file written by openpyxl is accepted and read value for value, its formulas (<v></v>) as empty (exit 0)", async () => {
    const result = await readsLikePlain("openpyxl-written.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual([...CORE, "Summering"]);
    expect(sheet(result, "Summering").rows.map((row) => row?.[1] ?? null)).toEqual(["Värde", null, null]);
    expect((await audits("openpyxl-written.xlsx")).code).toBe(0);
  });

  it("a file saved by LibreOffice is read like the file it saved", async () => {
    const saved = await read("libreoffice-saved.xlsx");
    const source = await read("cell-types.xlsx");
    expect(saved.sheets.map((s) => s.name)).toEqual(source.sheets.map((s) => s.name));
    for (const name of [...CORE, "Typer"]) expect({ name, rows: values(sheet(saved, name)) }).toEqual({ name, rows: values(sheet(source, name)) });
  });

  it("a file written by the project's own generator reads as the generator's sheets (exit 0)", async () => {
    const result = await read("generator-example.xlsx");
    const expected = exampleSheets({ hires: 200, seed: 3 }).map(dataSheetGrid);
    expect(result.sheets.map((s) => s.name)).toEqual(expected.map((s) => s.name));
    const serial = (cell: RawCell): RawCell => (cell instanceof Date ? cell.getTime() / 86_400_000 + 25_569 : cell);
    for (const grid of expected) {
      const want = values({ name: grid.name, rows: grid.rows.map((row) => row?.map(serial)) });
      expect({ name: grid.name, rows: values(sheet(result, grid.name)) }).toEqual({ name: grid.name, rows: want });
    }
    expect((await audits("generator-example.xlsx")).code).toBe(0);
  });

  it("the 1904 date system gives the same 1900-system serials as plain.xlsx (exit 0)", async () => {
    await readsLikePlain("date1904.xlsx");
    expect((await audits("date1904.xlsx")).code).toBe(0);
  });

  it("_xHHHH_ escapes are decoded, and an escaped escape stays literal", async () => {
    const rows = values(sheet(await read("xhhhh-escapes.xlsx"), "Företag"));
    expect(rows.slice(1, 5).map((row) => row[3])).toEqual(["Bygg\tAnläggning", "Vård och omsorg", "Kod _x0041_ gäller", "Handel\r\nService"]);
  });

  it("every cell type, and formulas as their cached values", async () => {
    const result = await read("cell-types.xlsx");
    const typed = Object.fromEntries(values(sheet(result, "Typer")).slice(1).map((row) => [row[0] as string, row[1] ?? null]));
    expect(typed).toEqual({
      n: 1234.5,
      "n exponent": 0.0015,
      s: "Tumba Bygg AB",
      "s rich": "Alby Bageri AB",
      str: "Fittja",
      inlineStr: "Hallunda Städ AB",
      "b true": true,
      "b false": false,
      "e #N/A": { error: "#N/A" },
      "e #DIV/0!": { error: "#DIV/0!" },
      "d date": 43525,
      "d date and time": 43525.5,
      "date style": 43525,
      "formula cached": 2469,
      "formula cached bool": true,
      "shared formula": 1235.5,
      "shared formula 2": 1.0015,
      "n negative": -0.25,
      "n large": 5_000_000,
    });
  });

  it("a formula without a cached value is empty, never recalculated (spec 10.22)", async () => {
    const rows = sheet(await read("cell-types.xlsx"), "Formler utan värde").rows;
    expect([1, 2].map((r) => rows[r]?.[0])).toEqual(["formula no value", "str no value"]);
    expect([1, 2].map((r) => rows[r]?.[1] ?? null)).toEqual([null, null]);
  });

  it("one merge A60:XFD1048576 is not expanded (exit 0)", async () => {
    await readsLikePlain("merge-whole-sheet.xlsx");
    expect((await audits("merge-whole-sheet.xlsx")).code).toBe(0);
  });

  it("data validation on whole columns A:N is not expanded (exit 0)", async () => {
    await readsLikePlain("validation-whole-columns.xlsx");
    expect((await audits("validation-whole-columns.xlsx")).code).toBe(0);
  });

  it("40,000 merges are not expanded (exit 0)", async () => {
    await readsLikePlain("merges-40000.xlsx");
    expect((await audits("merges-40000.xlsx")).code).toBe(0);
  });

  it("sheets come in workbook.xml's order, not in part-number or zip order", async () => {
    const result = await readsLikePlain("sheet-order.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual(CORE);
  });

  it("hidden and very hidden sheets are read, and a hidden Redovisning is still compared", async () => {
    const result = await readsLikePlain("hidden-sheets.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual([...CORE, "Listor"]);
    expect(values(sheet(result, "Listor"))).toEqual([["Kön"], ["K"], ["M"], ["X"]]);
    expect((await audits("hidden-sheets.xlsx")).code).toBe(0);
  });
});

describe("issue 8: hostile files are refused with one line naming the part", () => {
  it("entity expansion (billion laughs) in a sheet", async () => {
    await refusedByReader("billion-laughs-sheet.xlsx", "xl/worksheets/sheet2.xml");
    await refusedByCli("billion-laughs-sheet.xlsx", /xl\/worksheets\/sheet2\.xml/);
  });

  it("entity expansion (billion laughs) in the shared strings", async () => {
    await refusedByReader("billion-laughs-shared-strings.xlsx", "xl/sharedStrings.xml");
    await refusedByCli("billion-laughs-shared-strings.xlsx", /xl\/sharedStrings\.xml/);
  });

  it("an external entity (XXE) in a sheet is never resolved", async () => {
    await refusedByReader("xxe-sheet.xlsx", "xl/worksheets/sheet2.xml");
    const line = await refusedByCli("xxe-sheet.xlsx", /xl\/worksheets\/sheet2\.xml/);
    expect(line).not.toMatch(/root:/);
  });

  it("an external entity (XXE) in the shared strings is never resolved", async () => {
    await refusedByReader("xxe-shared-strings.xlsx", "xl/sharedStrings.xml");
    const line = await refusedByCli("xxe-shared-strings.xlsx", /xl\/sharedStrings\.xml/);
    expect(line).not.toMatch(/root:/);
  });

  it("a part that declares 1 KB is stopped by the bytes inflated at a given limit, naming the part and the limit", async () => {
    const error = await readXlsx(await bytesOf("inflate-bomb.xlsx"), "inflate-bomb.xlsx", { partBytes: 10 * 1024 * 1024, textRunBytes: 64 * 1024 * 1024 }).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error!.message).toMatch(/xl\/worksheets\/sheet4\.xml/);
    expect(error!.message).toMatch(/10 MiB|10,485,760|10 485 760|10485760/);
  });

  // The default limits, through the CLI. The time-out guards against a hang; speed is measured in
  // `npm run bench:readers`, never asserted (issue 8 asks under 10 s and 500 MB).
  it("a part that declares 1 KB and inflates to 2 GiB + 16 MiB is refused with one line naming the part and the limit (exit 2)", async () => {
    await refusedByReader("inflate-bomb.xlsx", "xl/worksheets/sheet4.xml");
    await refusedByCli("inflate-bomb.xlsx", /xl\/worksheets\/sheet4\.xml/, /\d\s*(KiB|MiB|GiB|KB|MB|GB|bytes)|\d{7,}/);
  }, 180_000);
});
