import { audit } from "../../src/domain/audit";
import { FINDING_CODES } from "../../src/domain/finding-codes";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../../src/workbook/example-workbook";
import { readWorkbook } from "../../src/workbook/read-workbook";

const auditSheets = (options: Parameters<typeof exampleSheets>[0]) =>
  audit(readWorkbook(exampleSheets(options).map(dataSheetGrid)), { preset: "botkyrka", today: EXAMPLE_REPORT_DATE });

describe("the example workbook", () => {
  // SHEET_MISSING needs a workbook without a required sheet (the demo's second workbook);
  // CELL_REPEATED a file that gives a cell twice, which no spreadsheet program (nor ExcelJS, which
  // writes the example) writes: test/xlsx/read-xlsx.test.ts and the corpus cover it.
  it.each([[1, 150], [2, 600], [3, 1200]])("with --defects (seed %i, %i rows) holds every code but SHEET_MISSING and CELL_REPEATED", (seed, hires) => {
    const codes = new Set(auditSheets({ seed, hires, defects: true }).findings.map((item) => item.code));
    expect(FINDING_CODES.filter((code) => !codes.has(code))).toEqual(["SHEET_MISSING", "CELL_REPEATED"]);
  });

  it("without defects has no errors and about 1,000 counted jobs by default", () => {
    const result = auditSheets({});
    expect(result.summary.errors).toBe(0);
    expect(result.total.jobs).toBeGreaterThan(900);
    expect(result.total.jobs).toBeLessThan(1100);
  });
});
