import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { cli, FIXTURES, tempDir } from "../helpers/run";
import { readWorkbook } from "../../src/workbook/read-workbook";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { audit } from "../../src/domain/audit";
import { parseIsoDay } from "../../src/domain/day";

/** The file as a second, independent program (ExcelJS) sees it: formats, validations and views included. */
async function loadedByExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(file)) as never);
  return workbook;
}

const HAND = path.join(FIXTURES, "golden", "hand-checked.xlsx");
const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

async function copyOf(file: string): Promise<string> {
  const target = path.join(await tempDir(), path.basename(file));
  await fs.copyFile(file, target);
  return target;
}

describe("audit", () => {
  it("prints the spec's JSON document on stdout with --json", async () => {
    const run = await cli("audit", HAND, "--json");
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const document = JSON.parse(run.stdout);
    expect(Object.keys(document)).toEqual(["schemaVersion", "tool", "input", "reportDate", "agreement", "preset", "parameters", "summary", "findings", "years", "total", "exitClause", "models"]);
    expect(document.input).toEqual({ file: "hand-checked.xlsx", sha256: await sha256(HAND) });
    expect(document.findings[0]).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.any(String), sheet: expect.any(String), cell: expect.any(String), message: expect.any(String) }));
    expect(document.total.year).toBeNull();
  });

  it("lets --report-date win over the Avtal value (spec 10.1)", async () => {
    const run = await cli("audit", HAND, "--json", "--report-date", "2018-12-31");
    const document = JSON.parse(run.stdout);
    expect(document.reportDate).toBe("2018-12-31");
    expect(document.years[0].status).toBe("complete");
    expect(document.years[0].payout.baseSek).toBe(3_750_000);
  });

  it("prints a readable summary in Swedish, or English with --lang en", async () => {
    const swedish = await cli("audit", HAND);
    expect(swedish.stdout).toMatch(/Fynd: 0 fel, 2 varningar, 2 information/);
    expect(swedish.stdout).toMatch(/Företag!C4/);
    expect(swedish.stdout).toMatch(/1\u00a0914\u00a0863 kr/);
    const english = await cli("audit", HAND, "--lang", "en");
    expect(english.stdout).toMatch(/Findings: 0 errors, 2 warnings, 2 infos/);
    expect(english.stdout).toMatch(/SEK 1,914,863/);
    // Findings under their plain titles, the code beside them.
    expect(swedish.stdout).toMatch(/^ {2}Företaget utanför storleksgränsen \(ingen ersättning\) \(1\) {2}\[COMPANY_SIZE_OUTSIDE_TARGET\]$/m);
    expect(english.stdout).toMatch(/^ {2}Company outside the size band \(no fee\) \(1\) {2}\[COMPANY_SIZE_OUTSIDE_TARGET\]$/m);
    expect(swedish.stdout).not.toContain("BETALNINGSMODELL");
  });

  it("adds each payment model's figures to the summary with --models, as in the JSON", async () => {
    const run = await cli("audit", HAND, "--models");
    expect(run.code).toBe(0);
    const models = run.stdout.slice(run.stdout.indexOf("SAMMA RESULTAT I VARJE BETALNINGSMODELL"));
    const totals = [...models.matchAll(/^ {4}Totalt +(.+)$/gm)].map((match) => match[1]!.split(/ {2,}/));
    // Own, botkyrka, helsingborg, malmo: base, incentive, total, per job, per resident (hand-computed in test/domain/models.test.ts).
    expect(totals).toEqual([
      ["1\u00a0869\u00a0863 kr", "45\u00a0000 kr", "1\u00a0914\u00a0863 kr", "478\u00a0716 kr", "638\u00a0288 kr"],
      ["1\u00a0869\u00a0863 kr", "45\u00a0000 kr", "1\u00a0914\u00a0863 kr", "478\u00a0716 kr", "638\u00a0288 kr"],
      ["1\u00a0869\u00a0863 kr", "50\u00a0000 kr", "1\u00a0919\u00a0863 kr", "479\u00a0966 kr", "639\u00a0954 kr"],
      ["2\u00a0493\u00a0151 kr", "0 kr", "2\u00a0493\u00a0151 kr", "623\u00a0288 kr", "831\u00a0050 kr"],
    ]);
    expect(models).toContain("Malmö (fast bidrag)");
    const english = await cli("audit", HAND, "--models", "--lang", "en");
    expect(english.stdout).toContain("THE SAME RESULTS UNDER EACH PAYMENT MODEL");
    expect(english.stdout).toContain("Helsingborg (incentives)");
  });

  it("exits 1 when there are error findings", async () => {
    const run = await cli("audit", path.join(FIXTURES, "golden", "example-defects.xlsx"), "--json");
    expect(run.code).toBe(1);
  });

  it("refuses to write over its input and leaves it unchanged", async () => {
    const input = await copyOf(HAND);
    const before = await sha256(input);
    for (const flag of ["--out", "--json"]) {
      const run = await cli("audit", input, flag, input);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/skriver inte över indatafilen/);
    }
    const dir = path.dirname(input);
    await cli("audit", input, "--out", path.join(dir, "report.xlsx"), "--json", path.join(dir, "r.json"));
    expect(await sha256(input)).toBe(before);
    expect((await fs.readdir(dir)).sort()).toEqual(["hand-checked.xlsx", "r.json", "report.xlsx"]);
  });

  it("regenerates its own sheets when a report is audited again (idempotent)", async () => {
    const dir = await tempDir();
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    await cli("audit", HAND, "--out", first);
    await cli("audit", first, "--out", second);
    const names = async (file: string) => {
      const workbook = await loadedByExcelJs(file);
      return workbook.worksheets.map((sheet) => sheet.name);
    };
    expect(await names(second)).toEqual(await names(first));
  });

  // One language per run (issue 10): commander's own usage errors too, Swedish by default.
  it.each([
    [["audit", HAND, "--report-date", "31/12/2018"], /--report-date: "31\/12\/2018" är inget datum/],
    [["audit", HAND, "--preset", "uppsala"], /--preset: "uppsala" är inte en av/],
    [["audit", HAND, "--lang", "fi"], /--lang: "fi" är varken sv eller en/],
    [["audit", HAND, "--bogus"], /okänd flagga: --bogus/],
    [["audit", "/no/such/file.xlsx"], /filen finns inte/],
    [["audit"], /argument saknas: workbook/],
    [["audit", HAND, "extra.xlsx"], /för många argument/],
    [["audit", HAND, "--preset"], /flaggan --preset <name> saknar sitt värde/],
    [["frobnicate"], /okänt kommando: frobnicate/],
    [["audit", HAND, "--report-date", "31/12/2018", "--lang", "en"], /--report-date: "31\/12\/2018" is not a date/],
    [["audit", HAND, "--bogus", "--lang", "en"], /unknown option: --bogus/],
    [["audit", "/no/such/file.xlsx", "--lang=en"], /no such file/],
    [["audit", "--lang", "en"], /missing required argument: workbook/],
    [["frobnicate", "--lang", "en"], /unknown command: frobnicate/],
  ])("exits 2 with one line for bad arguments: %j", async (argv, message) => {
    const run = await cli(...(argv as string[]));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints help and exits 0, in the run's language", async () => {
    const run = await cli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/audit/);
    expect(run.stdout).toMatch(/Användning:[^]*Kommandon:[^]*granska en resultatarbetsbok/);
    expect((await cli("audit", "--help")).stdout).toMatch(/Flaggor:[^]*standard: "botkyrka"/);
    const english = await cli("audit", "--help", "--lang", "en");
    expect(english.stdout).toMatch(/Usage:[^]*audit a results workbook/);
    expect(english.stdout).not.toMatch(/granska|Flaggor/);
  });
});

describe("template", () => {
  it("writes Avtal from the preset and every result sheet, which audit cleanly", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "mall.xlsx");
    expect((await cli("template", file, "--preset", "botkyrka", "--start", "2024-01-01")).code).toBe(0);
    const workbook = await loadedByExcelJs(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Avtal", "Anställningar", "Företag", "Investeringar", "Pro bono", "Kostnader", "Redovisning"]);
    const hires = workbook.getWorksheet("Anställningar")!;
    expect(hires.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(hires.getCell("G2").dataValidation).toMatchObject({ type: "list", formulae: ['"K,M,X"'] });
    expect(hires.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(hires.getCell("F2").numFmt).toBe("0%");
    expect(workbook.getWorksheet("Avtal")!.getCell("C2").value).toBe("Första dagen i avtalsår 1");

    const result = audit(readWorkbook(await readWorkbookGrids(await fs.readFile(file), file)), { preset: "botkyrka", today: parseIsoDay("2024-06-30")! });
    expect(result.findings.filter((item) => item.severity === "error")).toEqual([]);
    expect(result.agreement).toMatchObject({ municipality: "Botkyrka", municipalityCode: "0127", incentiveShare: 0.25, exitCheckpoints: [1, 3] });
  });

  it("without a start date says that one is missing", async () => {
    const file = path.join(await tempDir(), "mall.xlsx");
    await cli("template", file, "--preset", "helsingborg");
    const run = await cli("audit", file, "--json");
    expect(JSON.parse(run.stdout).findings.map((item: { code: string }) => item.code)).toContain("AGREEMENT_INVALID");
  });
});

describe("example", () => {
  it("is identical for the same seed and differs for another", async () => {
    const dir = await tempDir();
    const files = ["a", "b", "c"].map((name) => path.join(dir, `${name}.xlsx`));
    await cli("example", files[0]!, "--hires", "60", "--seed", "5");
    await cli("example", files[1]!, "--hires", "60", "--seed", "5");
    await cli("example", files[2]!, "--hires", "60", "--seed", "6");
    expect(await sha256(files[0]!)).toBe(await sha256(files[1]!));
    expect(await sha256(files[0]!)).not.toBe(await sha256(files[2]!));
  });

  it("is clean without --defects: its claims match the audit", async () => {
    const file = path.join(await tempDir(), "ex.xlsx");
    await cli("example", file);
    const run = await cli("audit", file, "--json");
    const document = JSON.parse(run.stdout);
    expect(run.code).toBe(0);
    expect(document.summary.errors).toBe(0);
    expect(document.exitClause.map((checkpoint: { status: string }) => checkpoint.status)).toEqual(["met", "met"]);
  });
});
