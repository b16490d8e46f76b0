import { quoteSheet } from "../../src/workbook/a1";
import { layoutReportSheet } from "../../src/workbook/report-layout";

describe("sheet names in links and ranges", () => {
  it("quotes every name that is not a plain identifier, and every name Excel could read as a reference", () => {
    expect(quoteSheet("Anställningar")).toBe("Anställningar");
    expect(quoteSheet("Företag_2")).toBe("Företag_2");
    for (const [name, quoted] of [["Pro bono", "'Pro bono'"], ["Q1", "'Q1'"], ["JAN2023", "'JAN2023'"], ["R1C1", "'R1C1'"], ["RC", "'RC'"], ["C", "'C'"], ["TRUE", "'TRUE'"], ["Bob's", "'Bob''s'"], ["2023", "'2023'"]]) {
      expect(quoteSheet(name!)).toBe(quoted);
    }
  });

  it("writes link formulas that point at the quoted sheet", () => {
    const layout = layoutReportSheet({
      name: "Granskning",
      title: "t",
      subtitle: [],
      columnWidths: [10],
      blocks: [{ header: ["Cell"], rows: [[{ value: "E7", link: { sheet: "Q1", cell: "E7" } }]] }],
    } as never);
    expect(layout.links[0]!.formula).toBe(`=HYPERLINK("#'Q1'!E7","E7")`);
  });
});
