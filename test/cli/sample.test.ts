import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { exampleSheets } from "../../src/workbook/example-workbook";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { reproducibleXlsxBytes, workbookOf } from "../../src/xlsx/xlsx-bytes";
import { cli, tempDir } from "../helpers/run";
import { sampleKeysOf } from "../helpers/sample-keys";

const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

/** The item keys (sheet, row, ID, year) of the Stickprov sheet in a written workbook. */
async function sampleKeys(file: string): Promise<string[]> {
  const grids = await readWorkbookGrids(await fs.readFile(file), path.basename(file));
  return sampleKeysOf(grids.find((grid) => grid.name === "Stickprov")!.rows);
}

/** Fills the auditor's columns of the Stickprov sheet, as an auditor would in Excel. */
async function fill(file: string, answer: (row: number) => (string | number | null)[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Stickprov")!;
  let header = 0;
  sheet.eachRow((row, number) => {
    if (row.getCell(1).value === "Blad") header = number;
  });
  for (let r = header + 1, index = 0; sheet.getCell(r, 1).value; r++, index++) {
    answer(index).forEach((value, col) => (sheet.getCell(r, 6 + col).value = value));
  }
  await workbook.xlsx.writeFile(file);
}

describe("resultatrevision sample", () => {
  let dir: string;
  let example: string;

  beforeAll(async () => {
    dir = await tempDir();
    example = path.join(dir, "exempel.xlsx");
    await fs.writeFile(example, await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 400, seed: 3 }), { validations: true })));
  });

  it("writes a copy with the Stickprov sheet, prints the plan, and never changes its input", async () => {
    const before = await sha256(example);
    const out = path.join(dir, "stickprov.xlsx");
    const run = await cli("sample", example, "--out", out, "--seed", "42");
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/Population: \d+ utbetalda poster, [\d\u00a0]+ kr/);
    expect(run.stdout).toMatch(/n = 60 poster/);
    expect(run.stdout).toMatch(/Frö: 42\n/);
    expect(await sha256(example)).toBe(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Stickprov")!;
    const table = sheet.getTable("Stickprov") as unknown as { table: { columns: { name: string }[]; ref: string } };
    expect(table.table.columns.map((column) => column.name)).toEqual(["Blad", "Rad", "Anställnings-ID / Org.nr", "Avtalsår", "Utbetalt (kr)", "Underlag finns", "Avvikelse", "Felaktigt belopp (kr)", "Granskad av", "Granskad datum", "Kommentar"]);
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    // ExcelJS reads the rules back cell by cell: two columns of 60 rows.
    expect(Object.values(validations)).toHaveLength(120);
    expect(new Set(Object.values(validations).map((rule) => rule.formulae[0]))).toEqual(new Set(['"Ja,Nej"']));
    expect(await sampleKeys(out)).toHaveLength(60);
    // The input's sheets are all still there, first.
    expect(workbook.worksheets.map((item) => item.name).slice(0, -1)).toEqual(["Avtal", "Anställningar", "Företag", "Investeringar", "Pro bono", "Kostnader", "Redovisning"]);
  });

  it("gives the same sample for the same seed and another for another seed", async () => {
    const [a, b, c] = ["a", "b", "c"].map((name) => path.join(dir, `${name}.xlsx`));
    await cli("sample", example, "--out", a!, "--seed", "7");
    await cli("sample", example, "--out", b!, "--seed", "7", "--lang", "en");
    await cli("sample", example, "--out", c!, "--seed", "8");
    expect(await sampleKeys(a!)).toEqual(await sampleKeys(b!));
    expect(await sampleKeys(a!)).not.toEqual(await sampleKeys(c!));
  });

  it("draws a seed when none is given, and prints it so the sample can be drawn again", async () => {
    const out = path.join(dir, "drawn.xlsx");
    const run = await cli("sample", example, "--out", out, "--size", "10", "--method", "mus", "--years", "2,3");
    const seed = /Frö: (\d+) \(draget nu/.exec(run.stdout)![1]!;
    const again = path.join(dir, "again.xlsx");
    await cli("sample", example, "--out", again, "--size", "10", "--method", "mus", "--years", "2,3", "--seed", seed);
    expect(await sampleKeys(again)).toEqual(await sampleKeys(out));
    expect((await sampleKeys(out)).every((key) => /\|[23]$/.test(key))).toBe(true);
  });

  it("refuses to write over its input, a workbook that holds a sample already, and bad options", async () => {
    const before = await sha256(example);
    expect((await cli("sample", example, "--out", example, "--lang", "en")).stderr).toMatch(/refusing to write over the input/);
    expect((await cli("sample", example)).stderr).toMatch(/--out/);
    for (const args of [["--confidence", "1.5"], ["--tolerable", "0"], ["--method", "systematic"], ["--years", "9"], ["--seed", "-1"], ["--size", "0"]]) {
      const run = await cli("sample", example, "--out", path.join(dir, "x.xlsx"), ...args);
      expect({ args, code: run.code, lines: run.stderr.trim().split("\n").length }).toEqual({ args, code: 2, lines: 1 });
    }
    const sampled = path.join(dir, "once.xlsx");
    await cli("sample", example, "--out", sampled, "--seed", "1");
    const twice = await cli("sample", sampled, "--out", path.join(dir, "twice.xlsx"), "--seed", "2", "--lang", "en");
    expect({ code: twice.code, stderr: twice.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/already holds a sample/) });
    expect((await cli("sample", sampled, "--out", path.join(dir, "twice.xlsx"), "--seed", "2", "--replace")).code).toBe(0);
    expect(await sha256(example)).toBe(before);
  });

  it("audit evaluates the filled sample: summary, JSON, report workbook and board report", async () => {
    const out = path.join(dir, "filled.xlsx");
    await cli("sample", example, "--out", out, "--seed", "42");
    await fill(out, (index) => (index === 3 ? ["Nej", "Ja", 10_000, "AB", "2022-09-01", "avtal saknas"] : ["Ja", "Nej", null, "AB", "2022-09-01", null]));
    const json = path.join(dir, "filled.json");
    const report = path.join(dir, "filled-granskning.xlsx");
    const html = path.join(dir, "filled.html");
    const run = await cli("audit", out, "--json", json, "--out", report, "--html", html);
    const document = JSON.parse(await fs.readFile(json, "utf8"));
    expect(document.sample).toMatchObject({ method: "random", seed: 42, confidence: 0.95, tolerable: 0.05, n: 60, checked: 60, deviations: 1, conclusion: "not-supported" });
    expect(document.sample.upperDeviationRate).toBeCloseTo(0.0790644, 6);
    expect(document.sample.upperMisstatementSek).toBe(Math.round(document.sample.upperDeviationRate * document.sample.populationSek));
    expect(document.findings.filter((item: { code: string }) => item.code === "SAMPLE_DEVIATION")).toHaveLength(1);
    expect(run.stdout).toMatch(/STICKPROV\n\s+Slutsats\s+Stickprovet stöder inte utbetalningen/);
    expect(run.stdout).toMatch(/Övre avvikelsegräns\s+7,91 %/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const values: unknown[] = [];
    workbook.getWorksheet("Sammanställning")!.eachRow((row) => values.push(row.getCell(1).value, row.getCell(2).value));
    expect(values).toContain("Stickprov");
    expect(values).toContain(document.sample.upperMisstatementSek);
    expect(values).toContain(document.sample.message);

    const page = await fs.readFile(html, "utf8");
    expect(page).toContain(`data-conclusion="not-supported" data-n="60" data-checked="60" data-deviations="1"`);
    expect(page).toContain("Stickprovet stöder inte utbetalningen");
  });
});
