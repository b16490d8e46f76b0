import ExcelJS from "exceljs";
import { audit } from "../../src/domain/audit";
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
import * as functions from "../../src/functions/functions";
import { MAX_BATCH_BYTES } from "../../src/excel/request-budget";
import { WriteQueue } from "../../src/excel/write-queue";
import { trimmed, valuesOfExcelJs } from "../helpers/excel-js-values";
import { FakeExcel, type FakeExcelMode, WEB_PAYLOAD_LIMIT } from "../helpers/fake-excel";

const CHOICES = { preset: "botkyrka" as const, today: EXAMPLE_REPORT_DATE, language: "sv" as const };

function exampleGrids(hires: number, defects = false): SheetGrid[] {
  return exampleSheets({ hires, seed: 3, defects }).map(dataSheetGrid);
}

const source = { tool: { name: "t", version: "1" }, input: { file: "f", sha256: "" } };

const MODES: FakeExcelMode[] = ["desktop", "web"];

describe.each(MODES)("the Office.js adapter in %s Excel", (mode) => {
  it.each([
    // 1,000 job rows: names, used ranges, the probes of the seven sheets, then the rest of
    // Anställningar and Företag in one request.
    [1000, 4],
    // 50,000 job rows: the same three, then 11 requests of at most 2 MB each for the rest.
    [50_000, 14],
  ])("reads a workbook with %i job rows in %i syncs, each response under the budget", async (hires, syncs) => {
    const grids = exampleGrids(hires);
    const excel = new FakeExcel(grids, mode);
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheetGrids(excel.context);
    expect(sync).toHaveBeenCalledTimes(syncs);
    expect(excel.largestResponseBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(excel.refused).toBe(0);
    const viaOffice = audit(readWorkbook(read), CHOICES);
    const viaCells = audit(readWorkbook(grids), CHOICES);
    expect(auditDocument(viaOffice, source, "sv")).toEqual(auditDocument(viaCells, source, "sv"));
  });

  it("audits the open workbook without writing to any input sheet, in a fixed number of syncs", async () => {
    const grids = exampleGrids(1000, true);
    const excel = new FakeExcel(grids, mode);
    const before = grids.map((grid) => excel.valuesOf(grid.name));
    const sync = jest.spyOn(excel.context, "sync");
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    await writePayoutAndSummary(excel.context, result, "sv");
    // Read: 4. Granskning: 1 to find its earlier copy, 1 for its cells, 1 to recalculate its
    // links. Ersättning and Sammanställning: 1 to find earlier copies, 1 for their cells, 1 to
    // recalculate the parameters block's links to the Avtal cells (spec 10.31).
    expect(sync).toHaveBeenCalledTimes(10);
    expect(excel.recalculations.length).toBe(2);
    for (const grid of grids) {
      expect(excel.sheets.get(grid.name)!.writes).toEqual([]);
    }
    expect(grids.map((grid) => excel.valuesOf(grid.name))).toEqual(before);
  });

  it("writes output sheets whose values equal the CLI report's", async () => {
    const grids = exampleGrids(300, true);
    const excel = new FakeExcel(grids, mode);
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

  it("runs again idempotently, replacing its own sheets, and never reads them", async () => {
    const excel = new FakeExcel(exampleGrids(200), mode);
    const first = await auditOpenWorkbook(excel.context, CHOICES);
    await writePayoutAndSummary(excel.context, first, "sv");
    const names = [...excel.sheets.keys()];
    excel.sheetsRead.clear();
    await auditOpenWorkbook(excel.context, CHOICES);
    expect([...excel.sheetsRead].sort()).toEqual(["Anställningar", "Avtal", "Företag", "Investeringar", "Kostnader", "Pro bono", "Redovisning"]);
    expect([...excel.sheets.keys()].sort()).toEqual(names.sort());
    expect(first.summary.errors).toBe(0);
  });

  it("gives the custom functions the figures the task pane's audit gives, with empty cells as this Excel passes them", async () => {
    const grids = exampleGrids(300, true);
    const excel = new FakeExcel(grids, mode);
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    const [hires, companies, agreement] = ["Anställningar", "Företag", "Avtal"].map((name) => excel.functionArgument(name));
    // The defects plant error cells: each is a finding on its row, not an error of the function.
    expect(result.findings.some((item) => item.code === "CELL_ERROR")).toBe(true);
    const asOf = 44742; // 2022-06-30, the example's report date, as a serial
    expect(functions.payout(hires as any, companies as any, agreement as any, 0, asOf)).toBe(result.total.payout.total.shownKronor());
    for (const year of result.years) {
      expect(functions.incentive(hires as any, companies as any, agreement as any, year.year!, asOf)).toBe(year.payout.incentive.shownKronor());
    }
  });

  it("creates the template's sheets, leaving existing ones alone", async () => {
    const excel = new FakeExcel([{ name: "Företag", rows: [["egen data"]] }], mode);
    const answer = await createTemplate(excel.context, "botkyrka");
    expect(answer.skipped).toEqual(["Företag"]);
    expect(answer.created).toEqual(["Avtal", "Anställningar", "Investeringar", "Pro bono", "Kostnader", "Redovisning"]);
    expect(excel.valuesOf("Företag")).toEqual([["egen data"]]);
    expect(excel.valuesOf("Anställningar")[0]![0]).toBe("Anställnings-ID");
  });
});

describe("Excel on the web's 5 MB limit", () => {
  it("no request or response passes the budget on 100,000 jobs and a sheet of 2,000-character texts; the largest is reported", async () => {
    const grids = exampleGrids(100_000);
    // Notes in Swedish: 2,000 characters, about 2,300 bytes of UTF-8 each, 5 columns × 2,000 rows (23 MB).
    const text = (r: number, c: number) => `Anteckning ${r}:${c} – ${"åäö lång text ".repeat(143)}`.slice(0, 2000);
    grids.push({ name: "Anteckningar", rows: Array.from({ length: 2000 }, (_, r) => Array.from({ length: 5 }, (_, c) => text(r, c))) });
    const excel = new FakeExcel(grids, "web");
    const result = await auditOpenWorkbook(excel.context, CHOICES);
    await writePayoutAndSummary(excel.context, result, "sv");
    expect(excel.refused).toBe(0);
    expect(excel.largestRequestBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(excel.largestResponseBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(excel.sheetsRead.has("Anteckningar")).toBe(true);
    console.log(`100,000 jobs + 2,000-character texts, web mode: largest request ${excel.largestRequestBytes} bytes, largest response ${excel.largestResponseBytes} bytes (budget ${MAX_BATCH_BYTES}, limit ${WEB_PAYLOAD_LIMIT}), ${excel.syncs} syncs`);
  }, 600_000);

  it("reads a part Excel refuses for its size again in halves, down to single cells", async () => {
    // 10 rows × 20 columns of 30,000 "å" (60 KB each): the first probe is 12 MB.
    const rows = Array.from({ length: 10 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}.${c} ${"å".repeat(30_000)}`));
    const excel = new FakeExcel([{ name: "Långt", rows }], "web");
    const read = await readSheetGrids(excel.context);
    expect(excel.refused).toBeGreaterThan(0);
    expect(read[0]!.rows).toEqual(rows);
    expect(excel.largestResponseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  it("sends a write Excel refuses for its size again in halves, applying nothing twice", async () => {
    const excel = new FakeExcel([{ name: "Blad", rows: [] }], "web");
    const sheet = excel.sheets.get("Blad")!;
    const big = Array.from({ length: 800 }, (_, r) => [`${r} ${"ö".repeat(5000)}`]);
    // An op that claims to be small: the queue sends it, Excel refuses it, the queue splits it.
    const op = (start: number, count: number): any => ({
      bytes: 10,
      queue: () => (sheet.getRangeByIndexes(start, 0, count, 1).values = big.slice(start, start + count)),
      split: count > 1 ? () => [op(start, count >> 1), op(start + (count >> 1), count - (count >> 1))] : undefined,
    });
    const report = { largestRequestBytes: 0, retries: 0 };
    const queue = new WriteQueue(excel.context, report);
    await queue.add(op(0, 800));
    await queue.flush();
    expect(report.retries).toBeGreaterThan(0);
    expect(excel.valuesOf("Blad")).toEqual(big);
    expect(sheet.writes.reduce((sum, write) => sum + write.rows, 0)).toBe(800);
  });
});
