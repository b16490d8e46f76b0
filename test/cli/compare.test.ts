import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { luhnCheckDigit } from "../../src/domain/luhn";
import { agreementSheet, BASE_AGREEMENT } from "../helpers/workbook-builder";
import { CURRENT_DATE, PREVIOUS_DATE, submission } from "../helpers/compare-pair";
import { writeGrids } from "../helpers/grids-to-xlsx";
import { cli, tempDir } from "../helpers/run";

// A personnummer that passes the check digit, built here; it must never come out again.
const NINE = "850709980";
const PERSONNUMMER = `19${NINE.slice(0, 6)}-${NINE.slice(6)}${luhnCheckDigit(NINE)}`;
const A2 = { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M" };

async function pair(previousBuild: object, currentBuild: object) {
  const dir = await tempDir();
  const previous = await writeGrids(path.join(dir, "forra.xlsx"), submission(previousBuild, PREVIOUS_DATE));
  const current = await writeGrids(path.join(dir, "nu.xlsx"), submission(currentBuild, CURRENT_DATE));
  return { dir, previous, current };
}

describe("compare PREVIOUS CURRENT", () => {
  it("lists a job added to a paid year with its place, the year table and the follow-up; exit 1", async () => {
    const files = await pair(
      { hires: [{ "Person-ID": PERSONNUMMER }, A2] },
      { hires: [{ "Person-ID": "P-1" }, A2, { "Anställnings-ID": "A-3", "Person-ID": "P-3", Startdatum: "2018-06-01" }] },
    );
    const run = await cli("compare", files.previous, files.current);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    expect(run.stdout).toContain("Anställningar: 1 tillagda, 0 borttagna, 1 ändrade, 1 oförändrade");
    expect(run.stdout).toContain('RETROACTIVE_CHANGE  Anställningar!A4  ny rad Anställnings-ID "A-3"; avtalsår 1');
    // Swedish numbers group thousands with a no-break space.
    expect(run.stdout.replace(/\u00a0/g, " ")).toMatch(/\n {2}1 +avslutat +1 +2 +\+1 +1 +2 +\+1 +3 770 000 kr +3 780 000 kr +\+10 000 kr +ska betalas ut extra\n/);
    // The personnummer finding of the previous submission is resolved: the Person-ID was fixed.
    expect(run.stdout).toContain("Åtgärdade: 1, kvarstår: 0, nya: 0");
    expect(run.stdout).not.toContain(PERSONNUMMER.slice(-4));
  });

  it("gives the same JSON byte for byte, with the spec's fields and no personnummer", async () => {
    const files = await pair({ hires: [{ "Person-ID": PERSONNUMMER }, A2] }, { hires: [{ "Person-ID": "P-1" }, A2] });
    const first = await cli("compare", files.previous, files.current, "--json");
    const second = await cli("compare", files.previous, files.current, "--json");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).not.toContain(PERSONNUMMER.slice(-4));
    const document = JSON.parse(first.stdout);
    expect(Object.keys(document)).toEqual(["schemaVersion", "tool", "previous", "current", "summary", "rows", "changes", "comparisonFindings", "years", "findings"]);
    expect(document.previous).toEqual({ file: "forra.xlsx", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), reportDate: PREVIOUS_DATE });
    expect(document.current.reportDate).toBe(CURRENT_DATE);
    expect(document.rows["Anställningar"]).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(document.changes).toEqual([{
      sheet: "Anställningar", kind: "changed", key: "A-1", previousRow: 2, currentRow: 2,
      fields: [{ field: "Person-ID", cell: "B2", old: "19850709-****", new: "P-1" }], yearsMoved: [],
    }]);
    expect(document.years[0]).toEqual({
      year: 1, previousStatus: "complete", currentStatus: "complete",
      previous: { jobs: 1, residentJobs: 1, payoutSek: 3_770_000 }, current: { jobs: 1, residentJobs: 1, payoutSek: 3_770_000 },
      difference: { jobs: 0, residentJobs: 0, payoutSek: 0 }, settlement: "none",
    });
    expect(document.findings.resolved.map((item: { code: string }) => item.code)).toEqual(["PERSONNUMMER_FOUND"]);
    expect(Object.keys(document.findings)).toEqual(["resolved", "open", "new"]);
  });

  it("writes the current workbook with a Jämförelse sheet linking to the changed cells, and the board report's section", async () => {
    const files = await pair({}, { hires: [{}, { ...A2, Startdatum: "2018-12-20" }] });
    const out = path.join(files.dir, "jamforelse.xlsx");
    const html = path.join(files.dir, "rapport.html");
    const run = await cli("compare", files.previous, files.current, "--out", out, "--html", html, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('RETROACTIVE_CHANGE  Anställningar!D3  Startdatum: "2019-01-10" → "2018-12-20"  (Anställnings-ID "A-2"); agreement year 1');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Avtal", "Anställningar", "Företag", "Jämförelse"]);
    const sheet = workbook.getWorksheet("Jämförelse")!;
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => { if (cell.formula) formulas.push(cell.formula); }));
    expect(formulas).toContain('HYPERLINK("#Anställningar!D3","D3")');
    const text = await fs.readFile(html, "utf8");
    expect(text).toContain("Since the previous report");
    expect(text).toContain('data-retroactive="1"');
    expect(text).toMatch(/<tr data-year="1" data-difference-sek="10000" class="extra">/);
  });

  it("exits 0 when nothing moved a paid year", async () => {
    const files = await pair({}, { hires: [{}, { ...A2, Kön: "K" }] });
    const run = await cli("compare", files.previous, files.current);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Inga ändringar i redan betalda år.");
  });

  it("refuses with exit 2 and one line: a submission without a report date, a current one not later, an output over an input", async () => {
    const files = await pair({}, {});
    const undated = await writeGrids(path.join(files.dir, "utan.xlsx"), submission({ without: ["Avtal"], extra: [agreementSheet(BASE_AGREEMENT.filter(([key]) => key !== "report_date"))] }));
    const cases = [
      [["compare", undated, files.current, "--lang", "en"], /utan\.xlsx: no report_date in its Avtal sheet/],
      [["compare", files.previous, undated, "--lang", "en"], /utan\.xlsx: no report_date in its Avtal sheet/],
      [["compare", files.current, files.previous, "--lang", "en"], /its report date 2019-06-30 is not later than .*'s 2019-12-31/],
      [["compare", files.previous, files.current, "--out", files.current, "--lang", "en"], /refusing to write over the input file/],
      [["compare", files.previous, path.join(files.dir, "saknas.xlsx"), "--lang", "en"], /saknas\.xlsx: no such file/],
    ] as const;
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("walks through the README: example, example --retroactive, compare", async () => {
    const dir = await tempDir();
    const previous = path.join(dir, "forra.xlsx");
    const current = path.join(dir, "nu.xlsx");
    expect((await cli("example", previous, "--hires", "300")).code).toBe(0);
    expect((await cli("example", current, "--hires", "300", "--retroactive")).code).toBe(0);
    const run = await cli("compare", previous, current, "--json");
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout);
    const codes = new Set(document.comparisonFindings.map((item: { code: string; sheet: string }) => `${item.code} ${item.sheet}`));
    expect([...codes].sort()).toEqual(["RETROACTIVE_CHANGE Anställningar", "RETROACTIVE_CHANGE Företag", "RETROACTIVE_CHANGE Redovisning", "ROW_REMOVED Anställningar"]);
    // Each planted edit shows: the new row R0001, a moved start date, a removed job, a company size.
    const changes = document.comparisonFindings.map((item: { message: string }) => item.message).join("\n");
    expect(changes).toMatch(/Ny rad \(Anställnings-ID "R0001"\) räknas i avtalsår 1/);
    expect(changes).toMatch(/"Startdatum" ändrat från "2019-\d\d-\d\d" till "2018-12-14"/);
    expect(changes).toMatch(/"Antal anställda" ändrat från \d+ till (40|60)/);
    expect(document.years.filter((year: { settlement: string }) => year.settlement === "owed-back" || year.settlement === "extra").length).toBeGreaterThan(0);
  });
});
