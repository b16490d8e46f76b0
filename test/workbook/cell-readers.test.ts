import { closestNames, editDistance, nearKey } from "../../src/workbook/name-match";
import { isoDay } from "../../src/domain/day";
import { readDate, serialOf } from "../../src/workbook/read-date";
import { readMunicipality } from "../../src/workbook/read-municipality";
import { readNumber } from "../../src/workbook/read-number";
import { readFraction } from "../../src/workbook/read-rate";
import { a1, columnLetters, sheetCell } from "../../src/workbook/a1";
import { headerKey } from "../../src/workbook/header-key";

const iso = (value: Parameters<typeof readDate>[0]) => {
  const day = readDate(value);
  return day === undefined ? undefined : isoDay(day);
};

describe("dates (spec section 3, 10.18)", () => {
  it("reads Excel serials in the 1900 system, with its phantom leap day", () => {
    expect(iso(1)).toBe("1900-01-01");
    expect(iso(59)).toBe("1900-02-28");
    expect(iso(60)).toBeUndefined();
    expect(iso(61)).toBe("1900-03-01");
    expect(iso(43101)).toBe("2018-01-01");
    expect(iso(43101.99)).toBe("2018-01-01");
    expect(iso(0)).toBeUndefined();
    expect(iso(-5)).toBeUndefined();
    expect(iso(Number.NaN)).toBeUndefined();
  });

  it("turns a day back into its serial", () => {
    for (const serial of [1, 59, 61, 43101, 2958465]) expect(serialOf(readDate(serial)!)).toBe(serial);
  });

  it("reads ISO and compact text, and nothing ambiguous", () => {
    expect(iso("2018-03-01")).toBe("2018-03-01");
    expect(iso(" 20180301 ")).toBe("2018-03-01");
    for (const text of ["03/04/2018", "2018-02-30", "43101", "2018-0301", "201803-01", ""]) expect(iso(text)).toBeUndefined();
    expect(iso(new Date(Date.UTC(2018, 2, 1, 13)))).toBe("2018-03-01");
    expect(iso(true)).toBeUndefined();
  });
});

describe("numbers written the Swedish way (spec 10.20)", () => {
  it.each([
    ["5 000 000", 5_000_000],
    ["5\u00a0000\u00a0000 kr", 5_000_000],
    ["5 000 000 SEK", 5_000_000],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["5.000", 5],
    ["-12", -12],
    [42, 42],
  ])("%p is %p", (text, expected) => expect(readNumber(text)).toBe(expected));

  it.each(["5,000,000", "5 00", "tre", "", "1,5,0", "1 000.5"])("%p is not a number", (text) => expect(readNumber(text)).toBeUndefined());

  it("never reads infinity or booleans", () => {
    expect(readNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(readNumber(true)).toBeUndefined();
  });
});

describe("percent forms (spec section 3)", () => {
  it.each([
    [0.5, 0.5],
    [1, 1],
    [50, 0.5],
    [100, 1],
    ["50%", 0.5],
    ["50 %", 0.5],
    ["0,5", 0.5],
    ["50", 0.5],
    [120, 120],
  ])("%p is %p", (value, expected) => expect(readFraction(value)).toBeCloseTo(expected));
});

describe("municipalities", () => {
  it("pads codes that lost their leading zero and normalises names", () => {
    expect(readMunicipality(127)).toEqual({ code: "0127" });
    expect(readMunicipality("127")).toEqual({ code: "0127" });
    expect(readMunicipality("Botkyrka kommun")).toEqual({ name: "botkyrka" });
    expect(readMunicipality(12.5)).toBeUndefined();
  });
});

describe("addresses and headers", () => {
  it("makes A1 addresses and quotes sheet names only where Excel needs it", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(a1(6, 4)).toBe("E7");
    expect(sheetCell({ sheet: "Anställningar", row: 6, col: 4 })).toBe("Anställningar!E7");
    expect(sheetCell({ sheet: "Pro bono", row: 0, col: 0 })).toBe("'Pro bono'!A1");
  });

  it("compares headers without case, spaces, dots and hyphens", () => {
    expect(headerKey("Org.nr")).toBe(headerKey("ORG-NR"));
    expect(headerKey("Anställnings-ID")).toBe(headerKey("anställnings id"));
  });
});


describe("names that nearly match (spec 10.27)", () => {
  it("folds diacritics and drops a trailing bracketed note", () => {
    expect(nearKey("Anstallningar")).toBe(nearKey("Anställningar"));
    expect(nearKey("Startdatum (ÅÅÅÅ-MM-DD)")).toBe(nearKey("Startdatum"));
    expect(nearKey("Värde [tkr]")).toBe(nearKey("Värde"));
    expect(nearKey("(kr)")).toBe("(kr)");
  });

  it("measures edit distance and offers only names within 3", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(closestNames(["Anställningar", "Hires"], ["Personal", "Anställnignar", "Hirez"])).toEqual(["Hirez"]);
    expect(closestNames(["Anställningar"], ["Personal", "Kostnader"])).toEqual([]);
  });
});
