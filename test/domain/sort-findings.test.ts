import fc from "fast-check";
import { finding, type Finding } from "../../src/domain/finding";
import { FINDING_CODES } from "../../src/domain/finding-codes";
import { sortFindings } from "../../src/domain/sort-findings";

/** The order findings are listed in, written plainly: sheet in the workbook's order (none last), row, column, code; ties as found. */
function plainOrder(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const rank = (sheet: string) => (sheet === "" ? 63 : Math.min(62, sheetOrder.includes(sheet) ? sheetOrder.indexOf(sheet) : sheetOrder.length));
  const key = (item: Finding) => [rank(item.place.sheet), Math.min((item.place.row ?? -1) + 1, 2 ** 21 - 1), Math.min((item.place.col ?? -1) + 1, 2 ** 15 - 1), FINDING_CODES.indexOf(item.code)];
  const keyed = findings.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < 4; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return keyed.map(({ item }) => item);
}

describe("sortFindings (issue 8: a radix sort of 163,000 findings)", () => {
  it("lists a finding about a whole row before the findings on its cells, A before B", () => {
    const onB = finding("VALUE_REQUIRED", { sheet: "Anställningar", row: 4, col: 1 });
    const wholeRow = finding("HIRE_ID_DUPLICATE", { sheet: "Anställningar", row: 4 });
    const onA = finding("VALUE_REQUIRED", { sheet: "Anställningar", row: 4, col: 0 });
    expect(sortFindings([onB, wholeRow, onA], ["Anställningar"])).toEqual([wholeRow, onA, onB]);
  });

  it("lists findings sheet by sheet, row by row, cell by cell, code by code, ties in the engine's order", () => {
    const place = fc.record({
      sheet: fc.constantFrom("", "Avtal", "Anställningar", "Företag", "Okänt"),
      row: fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3_000_000 })), { nil: undefined }),
      col: fc.option(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40_000 })), { nil: undefined }),
    });
    const item = fc.tuple(fc.constantFrom(...FINDING_CODES), place, fc.nat()).map(([code, where, n]) => finding(code, where, { n }));
    fc.assert(fc.property(fc.array(item, { maxLength: 300 }), (findings) => {
      expect(sortFindings(findings, ["Avtal", "Anställningar", "Företag"])).toEqual(plainOrder(findings, ["Avtal", "Anställningar", "Företag"]));
    }), { numRuns: 100 });
  });

  it("keeps every finding of a large list once, in order", () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding("OVER_CAP", { sheet: "Anställningar", row: (i * 7919) % 5000, col: 0 }, { i }));
    const sorted = sortFindings(findings, ["Anställningar"]);
    expect(sorted).toEqual(plainOrder(findings, ["Anställningar"]));
    expect(new Set(sorted).size).toBe(20_000);
  });
});
