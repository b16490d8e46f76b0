import { promises as fs, readdirSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import * as functions from "../../src/functions/functions";
import type { Day } from "../../src/domain/day";
import { headerKey } from "../../src/workbook/header-key";
import { isCellError, type RawCell, type SheetGrid } from "../../src/workbook/raw-cell";
import { serialOf } from "../../src/workbook/read-date";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const GOLDEN = path.join(FIXTURES, "golden");
// The functions apply the Botkyrka preset; the Malmö fixture is audited with another.
const names = readdirSync(GOLDEN).filter((file) => file.endsWith(".xlsx") && !file.startsWith("malmo")).map((file) => file.replace(/\.xlsx$/, ""));

/** The three forms in which Excel builds pass an empty cell to a custom function (spec 10.24). */
const EMPTY_FORMS: readonly [string, null | "" | 0][] = [["null (Excel on the web)", null], ['"" (some builds)', ""], ["0 (older desktop builds)", 0]];

/**
 * A sheet's cells as Excel hands a table to a custom function: a rectangle, dates as serials,
 * error cells as CustomFunctions.Error objects, and empty cells in the form given.
 */
function asExcelTable(rows: readonly (readonly RawCell[] | undefined)[], empty: null | "" | 0): any[][] {
  const width = Math.max(...rows.map((row) => row?.length ?? 0));
  const first = rows.findIndex((row) => row !== undefined);
  return rows.slice(first).map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row?.[c];
      if (cell instanceof Date) return serialOf(Math.floor(cell.getTime() / 86_400_000) as Day);
      if (cell !== null && cell !== undefined && isCellError(cell)) return new CustomFunctions.Error(cell.error as CustomFunctions.ErrorCode);
      return cell === null || cell === undefined || cell === "" ? empty : cell;
    }),
  );
}

/** The Excel error a function call gives, or its value. */
function call(body: () => unknown): unknown {
  try {
    return body();
  } catch (error) {
    return (error as { code?: string }).code ?? error;
  }
}

interface Tables {
  agreement: any[][];
  hires: any[][];
  companies: any[][];
}

function tablesOf(grids: readonly SheetGrid[], empty: null | "" | 0): Tables {
  const find = (...candidates: string[]) => asExcelTable(grids.find((grid) => candidates.includes(grid.name))!.rows, empty);
  return { agreement: find("Avtal", "Agreement"), hires: find("Anställningar", "Hires"), companies: find("Företag", "Companies") };
}

/** Every function's answer for every year and checkpoint of a CLI JSON document, beside the CLI's. */
function compareWithCli(tables: Tables, expected: any): void {
  const { hires, companies, agreement } = tables;
  for (const figures of [...expected.years, expected.total]) {
    const year = figures.year ?? 0;
    const at = `year ${year}`;
    expect([at, functions.payout(hires, companies, agreement, year)]).toEqual([at, figures.payout.totalSek]);
    expect([at, functions.incentive(hires, companies, agreement, year)]).toEqual([at, figures.payout.incentiveSek]);
    expect([at, call(() => functions.costPerJob(hires, companies, agreement, year))]).toEqual([at, figures.costPerJobSek ?? "#N/A"]);
    expect([at, call(() => functions.costPerResident(hires, companies, agreement, year))]).toEqual([at, figures.costPerResidentJobSek ?? "#N/A"]);
    for (const [dimension, key] of [["women", "women"], ["kvinnor", "women"], ["boende", "residents"], ["focusgroup", "focusGroup"], ["långtidsarbetslösa", "longTermUnemployed"], ["men", "men"]]) {
      expect([at, dimension, call(() => functions.share(hires, agreement, dimension!, year))]).toEqual([at, dimension, figures.shares[key!] ?? "#N/A"]);
    }
    expect([at, call(() => functions.retention(hires, agreement, 6, year))]).toEqual([at, figures.retention6m.share ?? "#N/A"]);
    expect([at, call(() => functions.retention(hires, agreement, 12, year))]).toEqual([at, figures.retention12m.share ?? "#N/A"]);
  }
  for (const checkpoint of expected.exitClause) {
    expect(functions.exitStatus(hires, companies, agreement, checkpoint.checkpointYear)).toBe(checkpoint.status);
  }
  // PAYOUTUNDER: each payment model's total per year and in total, as in the JSON's models (spec 13).
  for (const model of expected.models) {
    for (const figures of [...model.years, model.total]) {
      expect([model.model, figures.year, functions.payoutUnder(hires, companies, agreement, model.model, figures.year ?? 0)]).toEqual([model.model, figures.year, figures.totalSek]);
    }
  }
  // The own model is the workbook's agreement: the same figure as PAYOUT; an unknown model or year is an error, as for PAYOUT.
  expect(functions.payoutUnder(hires, companies, agreement, "", 0)).toBe(expected.total.payout.totalSek);
  expect(call(() => functions.payoutUnder(hires, companies, agreement, "stockholm", 0))).toBe("#VALUE!");
  expect(call(() => functions.payoutUnder(hires, companies, agreement, "helsingborg", 99))).toBe(call(() => functions.payout(hires, companies, agreement, 99)));
  for (const figures of expected.years) {
    const [y, m, d] = figures.from.split("-").map(Number);
    expect(functions.agreementYear(serialOf((Date.UTC(y, m - 1, d) / 86_400_000) as Day), agreement)).toBe(figures.year);
  }
}

/**
 * The golden workbook with an error value in one cell of each table: a required cell of the first
 * job and of the first company, and the Avtal value of `hire_fee_sek`. Returns the file's path.
 */
async function withErrorCells(file: string, dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const put = (sheets: string[], header: string[], pick: (row: ExcelJS.Row, keyCol: number) => boolean, error: string, keyHeader = header) => {
    const sheet = workbook.worksheets.find((candidate) => sheets.includes(candidate.name))!;
    let headerRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (!headerRow && (row.values as unknown[]).some((value) => typeof value === "string" && header.some((name) => headerKey(value) === headerKey(name)))) headerRow = row;
    });
    const colOf = (names: string[]) => (headerRow!.values as unknown[]).findIndex((value) => typeof value === "string" && names.some((name) => headerKey(value) === headerKey(name)));
    const col = colOf(header);
    const keyCol = colOf(keyHeader);
    for (let r = headerRow!.number + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.hasValues && pick(row, keyCol)) {
        row.getCell(col).value = { error: error as ExcelJS.CellErrorValue["error"] };
        return;
      }
    }
    throw new Error(`no row for ${header}`);
  };
  put(["Anställningar", "Hires"], ["Kön", "Gender"], () => true, "#N/A");
  put(["Företag", "Companies"], ["Antal anställda", "Employees"], () => true, "#REF!");
  put(["Avtal", "Agreement"], ["Värde", "Value"], (row, keyCol) => String(row.getCell(keyCol).value).trim() === "hire_fee_sek", "#DIV/0!", ["Parameter"]);
  const out = path.join(dir, path.basename(file));
  await workbook.xlsx.writeFile(out);
  return out;
}

describe.each(names)("every custom function on %s gives the CLI's figures", (name) => {
  const file = path.join(GOLDEN, `${name}.xlsx`);
  let grids: SheetGrid[];
  let expected: any;

  beforeAll(async () => {
    grids = await readWorkbookGrids(await fs.readFile(file), file);
    expected = JSON.parse(await fs.readFile(path.join(GOLDEN, `${name}.expected.json`), "utf8"));
  });

  it.each(EMPTY_FORMS)("with empty cells passed as %s", (_, empty) => {
    compareWithCli(tablesOf(grids, empty), expected);
  });

  it("with an error cell in each table: a finding on that row, as in the CLI, never an error for the whole function", async () => {
    const dir = await tempDir();
    const broken = await withErrorCells(file, dir);
    const json = path.join(dir, "out.json");
    const run = await cli("audit", broken, "--json", json);
    expect(run.stderr).toBe("");
    const cliDocument = JSON.parse(await fs.readFile(json, "utf8"));
    // The CLI reports the three cells; the figures differ from the clean file's.
    expect(cliDocument.findings.filter((item: { code: string }) => item.code === "CELL_ERROR").length).toBeGreaterThanOrEqual(3);
    const brokenGrids = await readWorkbookGrids(await fs.readFile(broken), broken);
    for (const [, empty] of EMPTY_FORMS) compareWithCli(tablesOf(brokenGrids, empty), cliDocument);
  }, 60_000);
});

describe("custom functions refuse bad input with a message, never a silent 0", () => {
  const agreement = [["Parameter", "Värde"], ["start_date", "2018-01-01"], ["report_date", "2019-12-31"]];
  const hires = [["Anställnings-ID", "Org.nr", "Startdatum", "Sysselsättningsgrad", "Kön", "Hemkommun", "Född utanför Europa"]];
  const companies = [["Org.nr", "Företagsnamn", "Antal anställda", "Affärsutveckling från"]];

  it("QUALIFIES: TRUE, FALSE, #N/A while pending, #VALUE! for a bad date", () => {
    const serial = (iso: string) => serialOf(Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) as Day);
    expect(functions.qualifies(serial("2018-03-01"), "", 1, serial("2018-06-01"))).toBe(true);
    expect(functions.qualifies(serial("2018-03-01"), serial("2018-04-01"), 1, serial("2018-06-01"))).toBe(false);
    expect(functions.qualifies(serial("2018-03-01"), "", "25 %", serial("2018-06-01"))).toBe(false);
    expect(call(() => functions.qualifies(serial("2018-03-01"), "", 1, serial("2018-04-01")))).toBe("#N/A");
    expect(call(() => functions.qualifies("03/04/2018" as never, "", 1))).toBe("#VALUE!");
  });

  it("ORGNRVALID", () => {
    expect(functions.orgnrValid("556036-0793")).toBe(true);
    expect(functions.orgnrValid("556036-0794")).toBe(false);
  });

  it("a table without a required column, or an agreement without a start date, is #VALUE!", () => {
    expect(call(() => functions.payout([["Anställnings-ID"]], [["Org.nr"]], agreement, 1))).toBe("#VALUE!");
    expect(call(() => functions.payout(hires, companies, [["Parameter", "Värde"]], 1))).toBe("#VALUE!");
    try {
      functions.payout([["Anställnings-ID"]], [["Org.nr"]], agreement, 1);
    } catch (error) {
      expect((error as Error).message).toMatch(/column/);
    }
  });

  it("a year outside the agreement is #VALUE! with its reason, an unknown dimension #VALUE!, no jobs #N/A", () => {
    // #NUM! cannot carry a message in Excel; #VALUE! says which years exist.
    expect(call(() => functions.payout(hires, companies, agreement, 9))).toBe("#VALUE!");
    expect(() => functions.payout(hires, companies, agreement, 9)).toThrow(/does not exist; expected 1 to 5/);
    expect(call(() => functions.payout(hires, [], agreement, 1))).toBe("#VALUE!");
    expect(call(() => functions.share(hires, agreement, "lefthanded", 0))).toBe("#VALUE!");
    expect(call(() => functions.costPerJob(hires, companies, agreement, 0))).toBe("#N/A");
    expect(call(() => functions.exitStatus(hires, companies, agreement, 2))).toBe("#N/A");
  });
});
