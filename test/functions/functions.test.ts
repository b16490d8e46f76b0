import { promises as fs, readdirSync } from "node:fs";
import * as path from "node:path";
import * as functions from "../../src/functions/functions";
import type { Day } from "../../src/domain/day";
import type { RawCell } from "../../src/workbook/raw-cell";
import { serialOf } from "../../src/workbook/read-date";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { sheetGrids } from "../../src/xlsx/sheet-grids";
import { FIXTURES } from "../helpers/run";

const GOLDEN = path.join(FIXTURES, "golden");
// The functions apply the Botkyrka preset; the Malmö fixture is audited with another.
const names = readdirSync(GOLDEN).filter((file) => file.endsWith(".xlsx") && !file.startsWith("malmo")).map((file) => file.replace(/\.xlsx$/, ""));

/** A sheet's cells as Excel hands a table to a custom function: dates as serials, empty as "". */
function asExcelTable(rows: readonly (readonly RawCell[] | undefined)[]): any[][] {
  const width = Math.max(...rows.map((row) => row?.length ?? 0));
  return rows
    .filter((row) => row !== undefined)
    .map((row) => Array.from({ length: width }, (_, c) => {
      const cell = row![c];
      if (cell instanceof Date) return serialOf(Math.floor(cell.getTime() / 86_400_000) as Day);
      return cell === null || cell === undefined ? "" : cell;
    }));
}

/** The Excel error a function call gives, or its value. */
function call(body: () => unknown): unknown {
  try {
    return body();
  } catch (error) {
    return (error as { code?: string }).code ?? error;
  }
}

describe.each(names)("every custom function on %s gives the CLI's figures", (name) => {
  let tables: { agreement: any[][]; hires: any[][]; companies: any[][] };
  let expected: any;

  beforeAll(async () => {
    const file = path.join(GOLDEN, `${name}.xlsx`);
    const grids = sheetGrids(await openWorkbook(await fs.readFile(file), file));
    const find = (...candidates: string[]) => asExcelTable(grids.find((grid) => candidates.includes(grid.name))!.rows);
    tables = { agreement: find("Avtal", "Agreement"), hires: find("Anställningar", "Hires"), companies: find("Företag", "Companies") };
    expected = JSON.parse(await fs.readFile(path.join(GOLDEN, `${name}.expected.json`), "utf8"));
  });

  it("PAYOUT, INCENTIVE, COSTPERJOB and COSTPERRESIDENT per year and in total", () => {
    const { hires, companies, agreement } = tables;
    for (const figures of [...expected.years, expected.total]) {
      const year = figures.year ?? 0;
      expect(functions.payout(hires, companies, agreement, year)).toBe(figures.payout.totalSek);
      expect(functions.incentive(hires, companies, agreement, year)).toBe(figures.payout.incentiveSek);
      expect(call(() => functions.costPerJob(hires, companies, agreement, year))).toBe(figures.costPerJobSek ?? "#N/A");
      expect(call(() => functions.costPerResident(hires, companies, agreement, year))).toBe(figures.costPerResidentJobSek ?? "#N/A");
    }
  });

  it("PAYOUTUNDER gives each payment model's total per year and in total, as in the JSON's models", () => {
    const { hires, companies, agreement } = tables;
    for (const model of expected.models) {
      for (const figures of [...model.years, model.total]) {
        expect(functions.payoutUnder(hires, companies, agreement, model.model, figures.year ?? 0)).toBe(figures.totalSek);
      }
    }
    // The own model is the workbook's agreement: the same figure as PAYOUT.
    expect(functions.payoutUnder(hires, companies, agreement, "", 0)).toBe(expected.total.payout.totalSek);
    expect(functions.payoutUnder(hires, companies, agreement, "Malmö", 0)).toBe(expected.models.find((model: { model: string }) => model.model === "malmo").total.totalSek);
    expect(call(() => functions.payoutUnder(hires, companies, agreement, "stockholm", 0))).toBe("#VALUE!");
    expect(call(() => functions.payoutUnder(hires, companies, agreement, "helsingborg", 99))).toBe("#NUM!");
  });

  it("SHARE and RETENTION per year and in total", () => {
    const { hires, agreement } = tables;
    for (const figures of [...expected.years, expected.total]) {
      const year = figures.year ?? 0;
      for (const [dimension, key] of [["women", "women"], ["kvinnor", "women"], ["boende", "residents"], ["focusgroup", "focusGroup"], ["långtidsarbetslösa", "longTermUnemployed"], ["men", "men"]]) {
        expect(call(() => functions.share(hires, agreement, dimension!, year))).toBe(figures.shares[key!] ?? "#N/A");
      }
      expect(call(() => functions.retention(hires, agreement, 6, year))).toBe(figures.retention6m.share ?? "#N/A");
      expect(call(() => functions.retention(hires, agreement, 12, year))).toBe(figures.retention12m.share ?? "#N/A");
    }
  });

  it("EXITSTATUS per checkpoint and AGREEMENTYEAR of each year's first day", () => {
    const { hires, companies, agreement } = tables;
    for (const checkpoint of expected.exitClause) {
      expect(functions.exitStatus(hires, companies, agreement, checkpoint.checkpointYear)).toBe(checkpoint.status);
    }
    for (const figures of expected.years) {
      const [y, m, d] = figures.from.split("-").map(Number);
      expect(functions.agreementYear(serialOf((Date.UTC(y, m - 1, d) / 86_400_000) as Day), agreement)).toBe(figures.year);
    }
  });
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

  it("a year outside the agreement is #NUM!, an unknown dimension #VALUE!, no jobs #N/A", () => {
    expect(call(() => functions.payout(hires, companies, agreement, 9))).toBe("#NUM!");
    expect(call(() => functions.payout(hires, [], agreement, 1))).toBe("#VALUE!");
    expect(call(() => functions.share(hires, agreement, "lefthanded", 0))).toBe("#VALUE!");
    expect(call(() => functions.costPerJob(hires, companies, agreement, 0))).toBe("#N/A");
    expect(call(() => functions.exitStatus(hires, companies, agreement, 2))).toBe("#N/A");
  });
});
