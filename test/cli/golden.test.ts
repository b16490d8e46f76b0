import ExcelJS from "exceljs";
import { promises as fs, readdirSync } from "node:fs";
import * as path from "node:path";
import { audit } from "../../src/domain/audit";
import { parseIsoDay } from "../../src/domain/day";
import { auditDocument } from "../../src/workbook/audit-document";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const GOLDEN = path.join(FIXTURES, "golden");
const names = readdirSync(GOLDEN).filter((file) => file.endsWith(".xlsx")).map((file) => file.replace(/\.xlsx$/, ""));

/** The tool's version changes with every release; everything else must match to the letter. */
const withoutVersion = (document: { tool: { version: string } }) => ({ ...document, tool: { ...document.tool, version: "*" } });

describe.each(names)("golden workbook %s", (name) => {
  const file = path.join(GOLDEN, `${name}.xlsx`);
  const argsFile = path.join(GOLDEN, `${name}.args.json`);

  it("gives the expected JSON, exit code and report workbook through the CLI", async () => {
    const args: string[] = JSON.parse(await fs.readFile(argsFile, "utf8").catch(() => "[]"));
    const expected = JSON.parse(await fs.readFile(path.join(GOLDEN, `${name}.expected.json`), "utf8"));
    const dir = await tempDir();
    const json = path.join(dir, "result.json");
    const report = path.join(dir, "report.xlsx");
    const run = await cli("audit", file, "--json", json, "--out", report, ...args);

    const actual = JSON.parse(await fs.readFile(json, "utf8"));
    expect(withoutVersion(actual)).toEqual(withoutVersion(expected));
    // Read with fflate instead of the platform's inflater (Excel's older webviews have none): the same document.
    const { sheets: grids } = await readXlsx(await fs.readFile(file), path.basename(file), {}, "fflate");
    const streamed = audit(readWorkbook(grids), { preset: args.includes("malmo") ? "malmo" : "botkyrka", today: parseIsoDay(expected.reportDate)! });
    expect(auditDocument(streamed, { tool: actual.tool, input: actual.input }, args.includes("en") ? "en" : "sv")).toEqual(actual);
    expect(run.code).toBe(actual.summary.errors > 0 ? 1 : 0);
    expect(run.stderr).toBe("");

    // The summary, the report workbook and the JSON show the same numbers.
    expect(run.stdout).toContain(`${actual.summary.errors} `);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const payout = workbook.getWorksheet("Ersättning")!;
    const totals: number[] = [];
    payout.eachRow((row) => {
      const year = row.getCell(1).value;
      if (typeof year === "number") totals.push(row.getCell(10).value as number);
    });
    expect(totals).toEqual(actual.years.map((year: { payout: { totalSek: number } }) => year.payout.totalSek));
    const findings = workbook.getWorksheet("Granskning")!;
    expect(findings.rowCount - 7).toBe(actual.findings.length);
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(-3)).toEqual(["Granskning", "Ersättning", "Sammanställning"]);
  });
});

describe("the hand-checked workbook through the CLI", () => {
  it("has the figures computed by hand in test/domain/money.test.ts", async () => {
    const document = JSON.parse(await fs.readFile(path.join(GOLDEN, "hand-checked.expected.json"), "utf8"));
    expect(document.years[0]).toMatchObject({
      jobs: 4,
      residentJobs: 3,
      payout: { baseSek: 1_869_863, companySek: 20_000, hireSek: 25_000, incentiveSek: 45_000, totalSek: 1_914_863 },
      costPerJobSek: 478_716,
      costPerResidentJobSek: 638_288,
    });
    expect(document.total.payout.totalSek).toBe(1_914_863);
  });

  it("reads the same figures from English sheets and text forms", async () => {
    const swedish = JSON.parse(await fs.readFile(path.join(GOLDEN, "hand-checked.expected.json"), "utf8"));
    const english = JSON.parse(await fs.readFile(path.join(GOLDEN, "english-forms.expected.json"), "utf8"));
    expect(english.years).toEqual(swedish.years);
    expect(english.total).toEqual(swedish.total);
    expect(english.exitClause).toEqual(swedish.exitClause);
  });

  it("the defects example holds every code a single workbook can hold", async () => {
    const document = JSON.parse(await fs.readFile(path.join(GOLDEN, "example-defects.expected.json"), "utf8"));
    const codes = new Set(document.findings.map((item: { code: string }) => item.code));
    expect(codes.size).toBe(35);
    expect(codes.has("SHEET_MISSING")).toBe(false);
  });
});
