import { type AnyRow, type AnyTable, neutralValue, rowKeys, shownKey, valueKey, valueKind } from "../../../src/domain/compare/row-identity";
import { diffSheet } from "../../../src/domain/compare/row-diff";
import { parseIsoDay } from "../../../src/domain/day";

// How a comparison names a row (spec 12): by its identity fields, or, for the multiset sheets and
// a row whose identity could not be read, by all its values; a repeated identity counted.
const day = (iso: string) => parseIsoDay(iso)!;
const row = (index: number, fields: AnyRow["fields"]): AnyRow => ({ row: index, fields, invalid: false });
const table = (rows: AnyRow[]): AnyTable => ({ sheet: "S", headerRow: 0, columns: {}, headers: {}, rows });

describe("a value's key: equal exactly when the values are (spec 12)", () => {
  it("tells a text from a number and a yes/no of the same digits; nothing is empty", () => {
    expect(valueKey("5")).toBe("s5");
    expect(valueKey(5)).toBe("n5");
    expect(valueKey(true)).toBe("btrue");
    expect(valueKey(undefined)).toBe("");
    expect(valueKey(null)).toBe("");
  });

  it("a municipality by its code and name, in a fixed order, leaving out what it does not have", () => {
    expect(valueKey({ name: "Botkyrka", code: "0127" })).toBe("code:0127,name:Botkyrka");
    expect(valueKey({ code: "0127", name: "Botkyrka" })).toBe("code:0127,name:Botkyrka");
    expect(valueKey({ name: "Botkyrka", code: undefined })).toBe("name:Botkyrka");
    expect(valueKey({ b: 1, a: 2, c: 3 })).toBe("a:2,b:1,c:3");
  });
});

describe("row keys (spec 12)", () => {
  it("a hire by its Anställnings-ID; a repeated ID counted 2, 3", () => {
    const keys = rowKeys("hires", table([row(1, { hireId: "A-1" }), row(2, { hireId: "A-1" }), row(3, { hireId: "A-2" }), row(4, { hireId: "A-1" })]));
    expect([...keys].map(([key, value]) => [key, value.row])).toEqual([["=sA-1", 1], ["=sA-1\u00022", 2], ["=sA-2", 3], ["=sA-1\u00023", 4]]);
  });

  it("a year of Redovisning by its number; a cost by year and Kostnadsslag; without them by all values", () => {
    expect([...rowKeys("claims", table([row(1, { agreementYear: 2 })])).keys()]).toEqual(["=n2"]);
    const costs = rowKeys("costs", table([row(1, { agreementYear: 1, category: "Lokaler" }), row(2, { agreementYear: 1 }), row(3, { category: "Lokaler", agreementYear: 1 })]));
    expect([...costs.keys()]).toEqual(["=n1\u0001sLokaler", "~agreementYear=n1", "=n1\u0001sLokaler\u00022"]);
  });

  it("a row whose identity could not be read, and a multiset row, by all values, sorted by field", () => {
    expect([...rowKeys("hires", table([row(1, { startDate: day("2018-03-01"), gender: "K" })])).keys()]).toEqual([`~gender=sK\u0001startDate=n${day("2018-03-01")}`]);
    const investments = rowKeys("investments", table([row(1, { date: day("2018-06-01"), amountSek: 1000 }), row(2, { amountSek: 1000, date: day("2018-06-01") })]));
    expect([...investments.keys()]).toEqual([`~amountSek=n1000\u0001date=n${day("2018-06-01")}`, `~amountSek=n1000\u0001date=n${day("2018-06-01")}\u00022`]);
    expect(rowKeys("proBono", undefined).size).toBe(0);
  });
});

describe("a row and a value as people read them (spec 12)", () => {
  it("shows the identity, or every value of a row without one", () => {
    expect(shownKey("hires", row(1, { hireId: "A-1", gender: "K" }))).toBe("A-1");
    expect(shownKey("costs", row(1, { agreementYear: 2, category: "Lokaler", amountSek: 5 }))).toBe("2 / Lokaler");
    expect(shownKey("costs", row(1, { agreementYear: 2, amountSek: 5 }))).toBe("2 / 5");
    expect(shownKey("investments", row(1, { date: day("2018-06-01"), amountSek: 1000 }))).toBe("2018-06-01 / 1000");
    // A row read from a sheet has a field for every column, the empty ones undefined: not shown.
    expect(shownKey("investments", row(1, { investor: undefined, date: day("2018-06-01"), amountSek: 1000, type: undefined }))).toBe("2018-06-01 / 1000");
  });

  it("a day as YYYY-MM-DD, a municipality by its code or else its name, nothing as empty", () => {
    expect(neutralValue("startDate", day("2018-03-01"))).toBe("2018-03-01");
    expect(neutralValue("amountSek", 17_000)).toBe("17000");
    expect(neutralValue("home", { code: "0127", name: "Botkyrka" })).toBe("0127");
    expect(neutralValue("home", { name: "Botkyrka" })).toBe("Botkyrka");
    expect(neutralValue("home", {})).toBe("");
    expect(neutralValue("hireId", undefined)).toBe("");
    expect(neutralValue("hireId", null)).toBe("");
  });

  it("a value's kind: each day field a date, the rate a rate, then by its type", () => {
    for (const field of ["startDate", "endDate", "supportStart", "supportEnd", "date"]) expect(valueKind(field, 1)).toBe("date");
    expect(valueKind("rate", 0.5)).toBe("rate");
    expect(valueKind("wageSubsidy", true)).toBe("bool");
    expect(valueKind("employees", 12)).toBe("number");
    expect(valueKind("hireId", "A-1")).toBe("text");
  });
});

describe("the fields that changed in a row (spec 12)", () => {
  // The readers give every row each of its sheet's fields; a row built without one still has its
  // value in the other submission listed as changed, and a field empty on both sides is not.
  it("a field the previous row lacks is changed when the current one holds a value, not when it holds none", () => {
    const previous = table([row(1, { hireId: "A-1", rate: 1 })]);
    const current = table([row(1, { hireId: "A-1", rate: 1, personId: "P-1", endDate: undefined })]);
    const diff = diffSheet("hires", previous, current);
    expect(diff.changes.map((change) => [change.kind, change.fields.map((field) => [field.field, field.old, field.new])])).toEqual([
      ["changed", [["personId", undefined, "P-1"]]],
    ]);
    expect(diffSheet("hires", current, current).counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 1 });
  });

  it("in the current sheet's column order, whatever the order of the fields or of the previous sheet's columns", () => {
    const fields = { hireId: "A-1", personId: "P-1", rate: 1, gender: "K" as const };
    const previous = { ...table([row(1, fields)]), columns: { hireId: 0, personId: 1, rate: 2, gender: 3 } };
    const current = { ...table([row(1, { ...fields, personId: "P-2", rate: 0.5, gender: "M" as const })]), columns: { gender: 0, hireId: 1, rate: 2, personId: 3 } };
    expect(diffSheet("hires", previous, current).changes[0]!.fields.map((field) => field.field)).toEqual(["gender", "rate", "personId"]);
  });
});
