import { findingIdentities, followUpFindings } from "../../../src/domain/compare/findings-follow-up";
import type { SheetDiff } from "../../../src/domain/compare/row-diff";
import type { WorkbookContent } from "../../../src/domain/workbook-content";
import { finding, NOWHERE, type Finding } from "../../../src/domain/finding";
import type { SheetGrid } from "../../../src/workbook/raw-cell";
import { HIRES_SHEET } from "../../../src/workbook/sheet-contract";
import { hiresSheet } from "../../helpers/workbook-builder";
import { codesOfFollowUp, compared, CURRENT_DATE, PREVIOUS_DATE, submission } from "../../helpers/compare-pair";

// Following an earlier finding up across two submissions (spec 12): an Avtal finding by its
// parameter's name, wherever its row moved; a finding on a sheet the comparison does not relate
// by its row and column.
const A2 = { "Anställnings-ID": "A-2", "Person-ID": "P-2", Startdatum: "2019-01-10", Kön: "M" };
const headersOf = () => HIRES_SHEET.columns.map((column) => column.sv);
const previous = (build = {}) => submission(build, PREVIOUS_DATE);
const current = (build = {}) => submission(build, CURRENT_DATE);

describe("following Avtal findings up (spec 12)", () => {
  it("the same bad parameter on another row is still open; a parameter put right is resolved", () => {
    const before = compared(previous({ agreement: [["incentive_share", "mycket"], ["hire_cap_per_year", "många"]] }), current({ agreement: [["hire_cap_per_year", 5], ["incentive_share", "mycket"]] }));
    expect(codesOfFollowUp(before.followUp.open)).toEqual(["AGREEMENT_INVALID"]);
    expect(before.followUp.open[0]!.params.key).toBe("incentive_share");
    expect(codesOfFollowUp(before.followUp.resolved)).toEqual(["AGREEMENT_INVALID"]);
    expect(before.followUp.resolved[0]!.params.key).toBe("hire_cap_per_year");
    expect(codesOfFollowUp(before.followUp.new)).toEqual([]);
  });

  it("a parameter's name is matched as Avtal matches it: whatever its case and the spaces around it", () => {
    const result = compared(previous({ agreement: [["Incentive_Share", "mycket"]] }), current({ agreement: [[" incentive_share ", "mycket"]] }));
    expect(codesOfFollowUp(result.followUp.open)).toEqual(["AGREEMENT_INVALID"]);
    expect(codesOfFollowUp(result.followUp.new)).toEqual([]);
  });

  it("a bad parameter that is new is new, though another parameter stood on its row before", () => {
    const result = compared(previous({ agreement: [["hire_cap_per_year", 5]] }), current({ agreement: [["incentive_share", "mycket"]] }));
    expect(codesOfFollowUp(result.followUp.new)).toEqual(["AGREEMENT_INVALID"]);
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual([]);
  });
});

describe("following up findings on a sheet the comparison does not relate (spec 12)", () => {
  // A sheet with no row keys (no result table and not Avtal, e.g. a Stickprov row) is matched by
  // sheet, row and column; two sheets never share a finding.
  const none = { rowKey: new Map<string, (row: number, col: number | undefined) => string>() };
  const at = (sheet: string, row: number, col?: number) => finding("SAMPLE_INVALID", col === undefined ? { sheet, row } : { sheet, row, col });
  const followUp = (before: Finding[], after: Finding[]) => {
    const result = followUpFindings(before, after, none, none);
    return { resolved: result.resolved.map(place), open: result.open.map(place), new: result.new.map(place) };
  };
  const place = (item: Finding) => `${item.place.sheet}!${item.place.row}:${item.place.col ?? "-"}`;

  it("the same sheet, row and column is the same finding; another row, column or sheet is not", () => {
    expect(followUp([at("Stickprov", 5, 2), at("Stickprov", 6, 2)], [at("Stickprov", 5, 2), at("Stickprov", 6, 3)])).toEqual({
      resolved: ["Stickprov!6:2"], open: ["Stickprov!5:2"], new: ["Stickprov!6:3"],
    });
    expect(followUp([at("Stickprov", 5, 2)], [at("Eget blad", 5, 2)])).toEqual({ resolved: ["Stickprov!5:2"], open: [], new: ["Eget blad!5:2"] });
  });

  it("one earlier finding follows up one current finding of its key: a second one is new", () => {
    expect(followUp([at("Stickprov", 5, 2)], [at("Stickprov", 5, 2), at("Stickprov", 5, 2)])).toEqual({ resolved: [], open: ["Stickprov!5:2"], new: ["Stickprov!5:2"] });
    expect(followUp([at("Stickprov", 5, 2), at("Stickprov", 5, 2)], [at("Stickprov", 5, 2)])).toEqual({ resolved: ["Stickprov!5:2"], open: ["Stickprov!5:2"], new: [] });
  });

  it("a finding on a whole row is not the one on its first column", () => {
    expect(followUp([at("Stickprov", 5)], [at("Stickprov", 5, 0)])).toEqual({ resolved: ["Stickprov!5:-"], open: [], new: ["Stickprov!5:0"] });
    expect(followUp([at("Stickprov", 5)], [at("Stickprov", 5)])).toEqual({ resolved: [], open: ["Stickprov!5:-"], new: [] });
  });
});

describe("following up findings about no row (spec 12)", () => {
  // The pool cap and the exit clause sit on no row: they are matched by their agreement year.
  const none = { rowKey: new Map<string, (row: number, col: number | undefined) => string>() };
  const poolCap = (year: number) => finding("POOL_CAP_REACHED", NOWHERE, { year });
  const years = (items: readonly Finding[]) => items.map((item) => item.params.year);

  it("the pool cap reached in year 1 is not the one reached in year 2; the same year's is", () => {
    const result = followUpFindings([poolCap(1), poolCap(2)], [poolCap(2), poolCap(3)], none, none);
    expect({ resolved: years(result.resolved), open: years(result.open), new: years(result.new) }).toEqual({ resolved: [1], open: [2], new: [3] });
  });
});

describe("following up a result sheet's cell findings (spec 12)", () => {
  const withHires = (grids: SheetGrid[], headers: readonly string[]) =>
    grids.map((grid) => (grid.name === "Anställningar" ? hiresSheet([{ ...A2, Startdatum: "snart" }], headers) : grid));

  it("a bad value is still open when its column moved: matched by the field, not the column's place", () => {
    const result = compared(withHires(previous(), headersOf()), withHires(current(), [...headersOf()].reverse()));
    const date = result.followUp.open.filter((item) => item.code === "DATE_INVALID");
    expect(date).toHaveLength(1);
    expect(date[0]!.place.col).toBe(headersOf().length - 1 - headersOf().indexOf("Startdatum"));
    expect(codesOfFollowUp(result.followUp.new)).toEqual([]);
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual([]);
  });
});

describe("following up findings on a result sheet's header row (spec 12)", () => {
  // COLUMN_UNKNOWN sits on the header row, in the unknown column: matched by the header (wherever
  // the header row stands) and the unknown column's place.
  const withColumns = (grids: SheetGrid[], extra: readonly string[], titleRows = 0) => {
    const hires = hiresSheet([{}, A2], [...headersOf(), ...extra]);
    const moved = { ...hires, rows: [...Array.from({ length: titleRows }, () => ["Rapport"]), ...hires.rows] };
    return grids.map((grid) => (grid.name === "Anställningar" ? moved : grid));
  };

  it("the same unknown column is still open when a title row moved the header down", () => {
    const result = compared(withColumns(previous(), ["Extra"]), withColumns(current(), ["Extra"], 1));
    expect(codesOfFollowUp(result.followUp.open)).toEqual(["COLUMN_UNKNOWN"]);
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual([]);
    expect(codesOfFollowUp(result.followUp.new)).toEqual([]);
  });

  it("an unknown column in another place is a new finding, and the earlier one resolved", () => {
    const result = compared(withColumns(previous(), ["Extra"]), withColumns(current(), ["", "Mer"]));
    expect(result.followUp.resolved.map((item) => item.params.found)).toEqual(["Extra"]);
    expect(result.followUp.new.map((item) => item.params.found)).toEqual(["Mer"]);
    expect(result.followUp.open).toEqual([]);
  });
});

describe("following up findings on rows that no row key names (spec 12)", () => {
  // No reader puts a finding there today (every data row has a key, the header its own); the
  // follow-up still tells them apart by their row and column rather than lumping them together.
  const table = { sheet: "Anställningar", headerRow: 1, columns: { hireId: 0, personId: 1 }, rows: [] };
  const diff = { sheet: "hires", previousTable: table, currentTable: table, counts: {}, changes: [], previousKeyOf: [undefined, undefined, "=sA-1"], currentKeyOf: [undefined, undefined, "=sA-1"] } as unknown as SheetDiff;
  const content = { agreementSheet: "Avtal", agreementEntries: [{ key: "Incentive_Share", keyPlace: { sheet: "Avtal", row: 3, col: 0 } }] } as unknown as WorkbookContent;
  const ids = () => findingIdentities(content, [diff], "previous");
  const at = (sheet: string, row: number, col?: number) => finding("VALUE_REQUIRED", col === undefined ? { sheet, row } : { sheet, row, col });
  const followUp = (before: Finding[], after: Finding[]) => {
    const result = followUpFindings(before, after, ids(), ids());
    const place = (item: Finding) => `${item.place.sheet}!${item.place.row}:${item.place.col ?? "-"}`;
    return { resolved: result.resolved.map(place), open: result.open.map(place), new: result.new.map(place) };
  };

  it("a result sheet's row above its header, and a column of no field, by row and column", () => {
    expect(followUp([at("Anställningar", 0, 0), at("Anställningar", 2, 7)], [at("Anställningar", 0, 0), at("Anställningar", 2, 7)]).open).toEqual(["Anställningar!0:0", "Anställningar!2:7"]);
    expect(followUp([at("Anställningar", 0, 0), at("Anställningar", 2, 7)], [at("Anställningar", 5, 0), at("Anställningar", 2, 8)])).toEqual({
      resolved: ["Anställningar!0:0", "Anställningar!2:7"], open: [], new: ["Anställningar!5:0", "Anställningar!2:8"],
    });
  });

  it("an Avtal row with no parameter by its row; a parameter's row by its name, the whole row apart from a cell", () => {
    expect(followUp([at("Avtal", 7, 1)], [at("Avtal", 8, 1)])).toEqual({ resolved: ["Avtal!7:1"], open: [], new: ["Avtal!8:1"] });
    expect(followUp([at("Avtal", 7, 1)], [at("Avtal", 7, 1)]).open).toEqual(["Avtal!7:1"]);
    expect(followUp([at("Avtal", 3)], [at("Avtal", 3, 0)])).toEqual({ resolved: ["Avtal!3:-"], open: [], new: ["Avtal!3:0"] });
    expect(followUp([at("Avtal", 3, 1)], [at("Avtal", 3, 2)])).toEqual({ resolved: ["Avtal!3:1"], open: [], new: ["Avtal!3:2"] });
  });
});
