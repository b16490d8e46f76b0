import { auditDocument, auditDocumentPieces } from "../../src/workbook/audit-document";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { exampleSheets } from "../../src/workbook/example-workbook";
import { auditBuild, auditGrids } from "../helpers/workbook-builder";

const source = { tool: { name: "resultatrevision", version: "test" }, input: { file: "lista 850709-9805.xlsx", sha256: "ab".repeat(32) } };

/**
 * The CLI writes the JSON piece by piece from the result (issue 8); it must be, to the byte, what
 * `JSON.stringify` writes for `auditDocument`, which the browser auditor and the tests use.
 */
describe("the JSON written in pieces is the audit document's text", () => {
  it("for an example workbook with defects, in both languages", () => {
    const result = auditGrids(exampleSheets({ hires: 300, seed: 5, defects: true }).map(dataSheetGrid));
    expect(new Set(result.findings.map((item) => item.code)).size).toBeGreaterThan(5);
    for (const language of ["sv", "en"] as const) {
      expect([...auditDocumentPieces(result, source, language)].join("")).toBe(JSON.stringify(auditDocument(result, source, language), null, 2));
    }
  });

  it("masks and escapes as the document does: a personnummer in a sheet name, an ID and Avtal, an ESC in a cell", () => {
    const result = auditBuild({
      agreement: [["municipality", "850709-9805"]],
      hires: [
        { "Anställnings-ID": "850709-9805", "Person-ID": "850709\u20139805" },
        { "Anställnings-ID": "A-2", "Person-ID": "8507099805", Startdatum: "2019-01-10", Kön: "K\u001b[2J" },
      ],
      extra: [{ name: "850709-9805", rows: [["Anteckning"], ["se 19850709-9805"]] }],
    });
    const text = [...auditDocumentPieces(result, source, "sv")].join("");
    expect(text).toBe(JSON.stringify(auditDocument(result, source, "sv"), null, 2));
    expect(text).not.toMatch(/850709\D{0,2}9805|8507099805/);
    expect(text).toContain("\\\\u001B");
  });

  it("with no findings at all", () => {
    const result = { ...auditBuild(), findings: [] };
    const text = [...auditDocumentPieces(result, source, "en")].join("");
    expect(text).toBe(JSON.stringify(auditDocument(result, source, "en"), null, 2));
    expect(text).toContain('"findings": [],');
  });
});
