import { excelErrorCode, tableArgument } from "../../src/functions/table-argument";

describe("the one door for table arguments (spec 10.24)", () => {
  const header = ["Anställnings-ID", "Org.nr", "Startdatum", "Slutdatum", "Sysselsättningsgrad", "Kön", "Månader utan arbete", "Lönestöd"];

  it("reads a 0 as empty in date, text, choice and identifier columns, and keeps it in number columns", () => {
    const rows = tableArgument([header, ["A-1", "556036-0793", 43101, 0, 1, "K", 0, 0]], "hires", "hires");
    expect(rows[1]).toEqual(["A-1", "556036-0793", 43101, null, 1, "K", 0, null]);
  });

  it("reads null, \"\" and 0 alike as an empty row when a row holds nothing else, and zeros in the header row as empty", () => {
    for (const empty of [null, "", 0]) {
      const rows = tableArgument([[...header, empty], Array(9).fill(empty)], "hires", "hires");
      expect(rows[0]![8]).toBeNull();
      expect(rows[1]).toEqual(Array(9).fill(null));
    }
  });

  it("reads Excel's error values in both documented shapes as error cells; a text starting with # stays text", () => {
    const rows = tableArgument(
      [header, ["A-1", new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode), { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, "#N/A", 1, "K", null, null]],
      "hires",
      "hires",
    );
    expect(rows[1]!.slice(1, 4)).toEqual([{ error: "#REF!" }, { error: "#N/A" }, "#N/A"]);
    expect(excelErrorCode({ code: "#DIV/0!" })).toBe("#DIV/0!");
    expect(excelErrorCode(new Date())).toBeUndefined();
  });

  it("reads an Avtal 0 as empty for dates, texts and yes/no, and keeps it for amounts (a fee of 0 turns the fee off)", () => {
    const rows = tableArgument(
      [["Parameter", "Värde"], ["report_date", 0], ["municipality", 0], ["residents_only", 0], ["hire_fee_sek", 0], ["years", 5]],
      "agreement",
      "agreement",
    );
    expect(rows.map((row) => row[1])).toEqual(["Värde", null, null, null, 0, 5]);
  });

  it("refuses what is no table", () => {
    expect(() => tableArgument(5, "hires", "hires")).toThrow(/expected a table/);
  });
});
