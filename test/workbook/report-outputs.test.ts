import type { AuditResult } from "../../src/domain/audit";
import { exitReasonText } from "../../src/domain/messages";
import { agreementSheet, dataColumnWidth } from "../../src/workbook/data-sheet";
import { summaryText } from "../../src/cli/summary-text";
import { formatKronor, formatNumber, formatShare, formatTarget, formatWhole } from "../../src/domain/number-format";
import { htmlReport } from "../../src/report/html-report";
import { auditDocument } from "../../src/workbook/audit-document";
import { fitColumnWidths, layoutReportSheet } from "../../src/workbook/report-layout";
import { findingsSheet, reportSheets, summarySheet } from "../../src/workbook/report-sheets";
import { auditBuild, claimsSheet, sheet } from "../helpers/workbook-builder";

const NBSP = "\u00a0";
const source = { tool: { name: "resultatrevision", version: "test" }, input: { file: "x.xlsx", sha256: "0" } };

describe("numbers as a Swedish finance officer writes them", () => {
  it("groups counts, gives shares one decimal, kronor with kr, targets whole unless fractional", () => {
    expect(formatNumber(1613, "sv")).toBe(`1${NBSP}613`);
    expect(formatNumber(1613, "en")).toBe("1,613");
    expect(formatShare(0.56, "sv")).toBe(`56,0${NBSP}%`.replace(NBSP, " "));
    expect(formatShare(0.546, "sv")).toBe("54,6 %");
    expect(formatShare(0.56, "en")).toBe("56.0%");
    expect(formatShare(null, "sv")).toBe("–");
    expect(formatKronor(1_250_000, "sv")).toBe(`1${NBSP}250${NBSP}000 kr`);
    expect(formatKronor(1_250_000, "en")).toBe("SEK 1,250,000");
    expect(formatTarget(200, "sv")).toBe("200");
    expect(formatTarget(1000 / 3, "sv")).toBe("333,3");
    expect(formatTarget(1000 / 3, "en")).toBe("333.3");
    expect(formatWhole(16.03, "sv")).toBe("16");
  });

  it("CLAIM_MISMATCH names amounts in kronor and counts as counts", () => {
    const claims = claimsSheet([{ Avtalsår: 1, "Antal jobb": 1234, "Begärd resultatersättning (kr)": 1_250_000 }]);
    const result = auditBuild({ extra: [claims] });
    const messages = result.findings.filter((item) => item.code === "CLAIM_MISMATCH");
    expect(messages).toHaveLength(2);
    const text = summaryText(result, "x.xlsx", "sv", 0);
    expect(text).toContain(`redovisat 1${NBSP}234, granskningen räknar 1`);
    expect(text).toContain(`redovisat 1${NBSP}250${NBSP}000 kr, granskningen räknar`);
  });

  it("the summary groups its finding counts", () => {
    const many = Array.from({ length: 1100 }, (_, index) => ({ "Anställnings-ID": `U-${index}`, Okänd: "x" }));
    const result = auditBuild({ hires: many.map((row) => ({ "Anställnings-ID": row["Anställnings-ID"], Startdatum: "2019-12-20" })) });
    const infos = result.summary.infos;
    expect(infos).toBeGreaterThanOrEqual(1100);
    expect(summaryText(result, "x.xlsx", "sv", 1)).toContain(`varningar, 1${NBSP}${String(infos).slice(1)} information`);
  });
});

describe("spec 10.31: the parameters used and where each came from, in every output", () => {
  // Built before each test, not once for the describe: code run outside a test makes every
  // mutant it reaches "static" for StrykerJS (issue 14), and a static mutant reruns every test.
  let changed: AuditResult;
  beforeEach(() => {
    changed = auditBuild({ agreement: [["incentive_share", "2 %"], ["hire_cap_per_year", 5]] });
  });
  // BASE_AGREEMENT has 5 rows, so the two changes sit on rows 7 and 8 of Avtal.

  it("the engine lists every parameter with its source", () => {
    const byKey = new Map(changed.parameters.map((use) => [use.key, use]));
    expect(changed.parameters).toHaveLength(26);
    expect(byKey.get("incentive_share")).toMatchObject({ value: 0.02, source: "Avtal", place: { sheet: "Avtal", row: 6, col: 1 } });
    expect(byKey.get("hire_cap_per_year")).toMatchObject({ value: 5, source: "Avtal" });
    expect(byKey.get("annual_grant_sek")).toMatchObject({ value: 5_000_000, source: "preset" });
    expect(byKey.get("report_date")).toMatchObject({ source: "Avtal" });
    expect(changed.preset).toBe("botkyrka");
  });

  it("an invalid Avtal value falls back to the preset, and says so", () => {
    const invalid = auditBuild({ agreement: [["hire_cap_per_year", "sextio"]] });
    expect(invalid.parameters.find((use) => use.key === "hire_cap_per_year")).toMatchObject({ value: 60, source: "preset" });
  });

  it("the summary names the changed parameters at the top and lists them all", () => {
    const text = summaryText(changed, "x.xlsx", "sv", 5);
    expect(text).toContain("Parametrar: förinställning botkyrka; ändrat i Avtal:");
    expect(text).toMatch(/incentive_share 2,0 %.*hire_cap_per_year 5/);
    expect(text).toMatch(/incentive_share\s+2,0 %\s+Avtal!B7/);
    expect(text).toMatch(/annual_grant_sek\s+5.000.000 kr\s+förinställning botkyrka/);
    expect(summaryText(changed, "x.xlsx", "en", 5)).toContain("Parameters: preset botkyrka; changed in Avtal:");
  });

  it("the JSON has the preset and a parameters list", () => {
    const document = auditDocument(changed, source, "sv");
    expect(document.preset).toBe("botkyrka");
    expect(document.parameters.find((item) => item.key === "incentive_share")).toEqual({ key: "incentive_share", value: 0.02, source: "Avtal", sheet: "Avtal", cell: "B7" });
    expect(document.parameters.find((item) => item.key === "start_date")).toEqual({ key: "start_date", value: "2018-01-01", source: "Avtal", sheet: "Avtal", cell: "B2" });
    expect(document.parameters.find((item) => item.key === "jobs_target_per_year")).toEqual({ key: "jobs_target_per_year", value: null, source: "preset", sheet: "", cell: "" });
  });

  it("the report workbook has a parameters section with numbers as numbers and links to Avtal", () => {
    const summary = summarySheet(changed, "sv");
    const block = summary.blocks[summary.blocks.length - 1]!;
    expect(block.title).toBe("Avtalsparametrar som används");
    const share = block.rows.find((row) => row[0]!.value === "incentive_share")!;
    expect(share[1]).toMatchObject({ value: 0.02, format: "percent" });
    expect(share[2]).toMatchObject({ value: "Avtal!B7", link: { sheet: "Avtal", cell: "B7" } });
    const grant = block.rows.find((row) => row[0]!.value === "annual_grant_sek")!;
    expect(grant[1]).toMatchObject({ value: 5_000_000, format: "kronor" });
  });

  it("the board report has a small parameters table", () => {
    const html = htmlReport(changed, { file: "x.xlsx", sha256: "0", tool: source.tool }, "sv");
    expect(html).toMatch(/<tr data-key="incentive_share" data-source="Avtal"><th scope="row"><code>incentive_share<\/code><\/th><td>[^<]*<\/td><td>2,0 %<\/td><td>Avtal!B7<\/td><\/tr>/);
  });
});

describe("spec 10.29: unknown, not 0, in every output", () => {
  let unusable: AuditResult;
  beforeEach(() => {
    unusable = auditBuild({ extra: [sheet("Pro bono", ["Datum", "Partner"], [{ Datum: "2018-05-01" }])] });
  });

  it("JSON null, okänt in the summary, the report sheets and the board report", () => {
    const document = auditDocument(unusable, source, "sv");
    expect(document.total.proBonoSek).toBeNull();
    expect(document.years[0]!.proBonoSek).toBeNull();
    expect(document.total.investmentsSek).toBe(0);
    expect(summaryText(unusable, "x.xlsx", "sv", 5)).toContain("Pro bono: okänt");
    expect(summaryText(unusable, "x.xlsx", "en", 5)).toContain("Pro bono: unknown");
    const row = summarySheet(unusable, "sv").blocks.flatMap((block) => block.rows).find((cells) => cells[0]!.value === "Pro bono (kr)")!;
    expect(row.slice(1).map((cell) => cell.value)).toEqual(["okänt", "okänt", "okänt", "okänt", "okänt", "okänt"]);
    expect(htmlReport(unusable, { file: "x.xlsx", sha256: "0", tool: source.tool }, "en")).toMatch(/Pro bono \(SEK\)<\/div><div class="value">unknown/);
  });
});

describe("the report workbook reads like a working paper", () => {
  let result: AuditResult;
  beforeEach(() => {
    result = auditBuild({
      agreement: [["hire_cap_per_year", 1], ["jobs_target_total", 12]],
      hires: [{}, { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2018-06-10" }, { "Anställnings-ID": "A-3", Startdatum: "03/04/2019" }, { "Anställnings-ID": "A-4", Anställningsavtal: null }],
    });
  });

  it("Granskning lists errors, then warnings, then infos, each in sheet and cell order", () => {
    const sheetData = findingsSheet(result, "sv");
    const severities = sheetData.blocks[0]!.rows.map((row) => row[0]!.value);
    expect(severities).toEqual([...severities].sort((a, b) => ["Fel", "Varning", "Info"].indexOf(String(a)) - ["Fel", "Varning", "Info"].indexOf(String(b))));
    expect(new Set(severities)).toEqual(new Set(["Fel", "Varning", "Info"]));
    expect(severities[0]).toBe("Fel");
    expect(sheetData.blocks[0]!.table).toBe("Granskning");
    const infos = sheetData.blocks[0]!.rows.filter((row) => row[0]!.value === "Info").map((row) => row[3]!.value);
    // Sheet and cell order within a severity; findings about no sheet last.
    expect(infos).toEqual(["A3", ""]);
  });

  it("every column fits its header's longest word and its numbers and dates", () => {
    for (const reportSheet of reportSheets(result, "sv")) {
      const widths = reportSheet.columnWidths;
      for (const block of reportSheet.blocks) {
        block.header.forEach((text, col) => {
          const longest = Math.max(...text.split(/\s+/).map((word) => word.length));
          expect(widths[col]!).toBeGreaterThanOrEqual(longest + 2);
        });
        for (const row of block.rows) row.forEach((cell, col) => {
          if (cell.format === "date") expect(widths[col]!).toBeGreaterThanOrEqual(12);
        });
      }
      expect(fitColumnWidths(reportSheet)).toEqual(widths);
    }
    expect(findingsSheet(result, "sv").columnWidths[0]).toBeGreaterThanOrEqual("Allvarlighetsgrad".length + 2);
  });

  it("targets are whole numbers where they are whole, and formatted as numbers, not text", () => {
    const layout = layoutReportSheet(summarySheet(result, "sv"));
    const targetRow = layout.values.findIndex((row) => row[0] === "Jobbmål");
    expect(layout.values[targetRow]!.slice(1, 3)).toEqual([2.4, 2.4]);
    expect(layout.formats[targetRow]![1]).toBe("decimal");
    const whole = layoutReportSheet(summarySheet(auditBuild({ agreement: [["jobs_target_total", 1000]] }), "sv"));
    const wholeRow = whole.values.findIndex((row) => row[0] === "Jobbmål");
    expect(whole.formats[wholeRow]![1]).toBe("count");
  });
});

describe("input sheets", () => {
  it("the Avtal sheet's column A fits its longest key", () => {
    const avtal = agreementSheet(() => null);
    expect(dataColumnWidth(avtal, 0)).toBeGreaterThanOrEqual("investment_commitment_sek".length + 2);
    expect(dataColumnWidth(avtal, 2)).toBe(48);
  });
});

describe("exit reasons", () => {
  it("show a projection whole unless rounding would hide that it falls short", () => {
    const text = (actual: number, required: number) => exitReasonText("JOBS_BELOW_THRESHOLD", actual, required, "sv");
    expect(text(244.65, 500)).toBe("245 jobb, väntat minst 500");
    expect(text(99.6, 100)).toBe("99,6 jobb, väntat minst 100");
    expect(text(99.96, 100)).toBe("99,96 jobb, väntat minst 100");
    expect(text(160, 166.66666)).toBe("160 jobb, väntat minst 166,7");
  });
});

describe("the summary's parameters line", () => {
  it("names only the Avtal values that differ from the preset", () => {
    const same = auditBuild({ agreement: [["incentive_share", 0.25], ["hire_cap_per_year", 60], ["municipality", "Botkyrka"]] });
    // The baseline agreement itself changes three values; the repeated preset values are no change.
    expect(summaryText(same, "x.xlsx", "sv", 5)).toContain("Parametrar: förinställning botkyrka; ändrat i Avtal: jobs_target_total 5, investment_commitment_sek 0 kr, probono_min_sek_per_year 0 kr\n");
    const changed = auditBuild({ agreement: [["incentive_share", 0.02], ["hire_cap_per_year", 5]] });
    expect(summaryText(changed, "x.xlsx", "sv", 5)).toContain("Parametrar: förinställning botkyrka; ändrat i Avtal: incentive_share 2,0 %, jobs_target_total 5, hire_cap_per_year 5, investment_commitment_sek 0 kr, probono_min_sek_per_year 0 kr");
  });
});
