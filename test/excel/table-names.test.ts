import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isExcelTableName } from "../../src/excel/excel-table-name";
import { TABLE_NAMES } from "../../src/workbook/data-sheet";
import { templateSheets } from "../../src/workbook/template";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { helpExamples } = require("../../scripts/help-examples.js");

describe("the template's table names", () => {
  it("follow Excel's rules for table names, keeping å, ä and ö", () => {
    for (const sheet of templateSheets("botkyrka")) expect([sheet.tableName, isExcelTableName(sheet.tableName)]).toEqual([sheet.tableName, true]);
    expect(templateSheets("botkyrka").map((sheet) => sheet.tableName)).toEqual(expect.arrayContaining(["Anställningar", "Företag", "Avtal"]));
  });

  it("are checked by rules that refuse what Excel refuses", () => {
    for (const bad of ["Pro bono", "1Jobb", "Q1", "JAN2023", "R1C1", "RC", "C", "r", "TRUE", "A-B", "x".repeat(256), ""]) expect([bad, isExcelTableName(bad)]).toEqual([bad, false]);
    for (const good of ["Anställningar", "Företag", "_år", "\\Tabell", "Avtal.2019", "Q1_2023", "JANUARI2023"]) expect([good, isExcelTableName(good)]).toEqual([good, true]);
  });

  it("are what the help page's examples use, which the build makes from the same file", async () => {
    const examples = helpExamples();
    expect(examples.sv).toContain(`${TABLE_NAMES["Anställningar"]}[#Alla]`);
    expect(examples.en).toContain(`${TABLE_NAMES["Företag"]}[#All]`);
    // The Swedish example uses ; between arguments (Swedish list separator), the English one ,.
    expect(examples.sv).toMatch(/^=JOBB\.UTBETALNING\(Anställningar\[#Alla\];Företag\[#Alla\];Avtal\[#Alla\];1\)$/);
    expect(examples.en).toMatch(/^=JOBB\.PAYOUT\(Anställningar\[#All\],Företag\[#All\],Avtal\[#All\],1\)$/);
    const help = await fs.readFile(path.join(__dirname, "..", "..", "src", "taskpane", "help.html"), "utf8");
    // No table name is typed into the page by hand.
    expect(help).not.toMatch(/\[#All/);
    expect(help).toMatch(/<%= examples\.sv %>/);
  });
});
