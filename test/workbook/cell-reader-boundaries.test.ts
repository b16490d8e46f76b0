import { isoDay } from "../../src/domain/day";
import { CellProblem } from "../../src/workbook/cell-read";
import { COLUMN_READERS } from "../../src/workbook/column-kinds";
import { headerKey } from "../../src/workbook/header-key";
import { displayCell, isCellError, isEmptyCell } from "../../src/workbook/raw-cell";
import { readAgreementValue } from "../../src/workbook/read-agreement-value";
import { readGender, readYesNo } from "../../src/workbook/read-choice";
import { possibleReadings, readDate, serialOf } from "../../src/workbook/read-date";
import { readMunicipality } from "../../src/workbook/read-municipality";
import { readNumber } from "../../src/workbook/read-number";
import { readFraction } from "../../src/workbook/read-rate";

// The edges of reading one cell (issue 14): the first and last serial, a time just before
// midnight, a percentage of exactly 1 and 100, each accepted word, and what each column kind
// reports when a cell cannot be read.

const iso = (value: Parameters<typeof readDate>[0]) => {
  const day = readDate(value);
  return day === undefined ? undefined : isoDay(day);
};

describe("date edges (spec section 3, 10.18)", () => {
  it("serials from 1 to 2958465 (9999-12-31); a fraction of the first or the last is that day", () => {
    expect(iso(2958465)).toBe("9999-12-31");
    expect(iso(2958465.9)).toBe("9999-12-31");
    expect(iso(2958466)).toBeUndefined();
    expect(iso(1.5)).toBe("1900-01-01");
    expect(iso(0.99)).toBeUndefined();
    expect(iso(58)).toBe("1900-02-27");
    expect(iso(60.5)).toBeUndefined();
    expect(iso(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it("a date cell is its UTC day, also just before midnight and before 1970", () => {
    expect(iso(new Date(Date.UTC(2018, 2, 1, 23, 59, 59)))).toBe("2018-03-01");
    expect(iso(new Date(Date.UTC(1969, 11, 31, 12)))).toBe("1969-12-31");
    expect(iso(new Date(Number.NaN))).toBeUndefined();
  });

  it("ISO text only as the whole cell, spaces around allowed", () => {
    expect(iso(" 2018-03-01 ")).toBe("2018-03-01");
    expect(iso("2018-12-31")).toBe("2018-12-31");
    for (const text of ["2018-03-01x", "x2018-03-01", "201803-01", "2018-03-011", "2018030", "02018-03-01", "2018-03-01 12:00"]) expect(iso(text)).toBeUndefined();
    expect(iso(null)).toBeUndefined();
    expect(iso({ error: "#VALUE!" })).toBeUndefined();
  });

  it("a day turns back into its serial on both sides of the phantom leap day", () => {
    for (const serial of [2, 58, 59, 61, 62, 25569]) expect(serialOf(readDate(serial)!)).toBe(serial);
  });
});

describe("dates written as text: month names, numeric forms, ambiguous D/M/YYYY (spec 10.26)", () => {
  // Every Swedish and English form, full and abbreviated, each as the month it names.
  const FORMS: readonly (readonly string[])[] = [
    ["januari", "jan", "january"], ["februari", "feb", "febr", "february"], ["mars", "mar", "march"], ["april", "apr"],
    ["maj", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"], ["augusti", "aug", "august"],
    ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"], ["november", "nov"], ["december", "dec"],
  ];

  it("reads each form of each month, in any case and with a dot", () => {
    FORMS.forEach((forms, index) => {
      const month = String(index + 1).padStart(2, "0");
      for (const form of forms) {
        expect(iso(`1 ${form} 2019`)).toBe(`2019-${month}-01`);
        expect(iso(`28 ${form.toUpperCase()}. 2019`)).toBe(`2019-${month}-28`);
      }
    });
  });

  it("the forms around a month name: a dot after the day, a comma before the year, more spaces; nothing else", () => {
    expect(iso("1. mars 2019")).toBe("2019-03-01");
    expect(iso("1 mars, 2019")).toBe("2019-03-01");
    expect(iso("1  mars   2019")).toBe("2019-03-01");
    expect(iso(" 01 Mars 2019 ")).toBe("2019-03-01");
    for (const text of ["x1 mars 2019", "1 mars 2019x", "123 mars 2019", "1 mars 20190", "1 mars 219", "1mars 2019", "1 mars2019", "1 3 2019", "1 mars; 2019", "1 mars .2019", "a mars 2019"]) {
      expect(iso(text)).toBeUndefined();
    }
  });

  it("the numeric forms: YYYY-M-D and YYYYMMDD, whole", () => {
    expect(iso("2019-3-1")).toBe("2019-03-01");
    expect(iso("20190301")).toBe("2019-03-01");
    for (const text of ["x2019-03-01", "2019-03-01x", "2019-003-01", "2019-03-001", "19-03-01", "02019-03-01", "2019/03/01", "x20190301", "201903011", "2019031"]) {
      expect(iso(text)).toBeUndefined();
    }
  });

  it("an ambiguous D/M/YYYY with slashes or dots names its readings; any other text none", () => {
    expect(possibleReadings("3/4/2019")).toEqual(["2019-04-03", "2019-03-04"]);
    expect(possibleReadings("03.04.2019")).toEqual(["2019-04-03", "2019-03-04"]);
    expect(possibleReadings(" 13/04/2019 ")).toEqual(["2019-04-13"]);
    expect(possibleReadings("4/4/2019")).toEqual(["2019-04-04"]);
    for (const text of ["03/04/19", "x03/04/2019", "03/04/2019x", "003/04/2019", "03/004/2019", "03-04-2019", "03/04/02019", "32/13/2019"]) {
      expect(possibleReadings(text)).toEqual([]);
    }
    expect(possibleReadings(43101)).toEqual([]);
  });

  it("no other word is a month", () => {
    for (const word of ["januar", "marz", "junio", "sebt", "m", ""]) expect(iso(`1 ${word} 2019`)).toBeUndefined();
  });
});

describe("number edges (spec 10.20)", () => {
  it.each([
    ["12 SEK", 12],
    ["12sek", 12],
    ["12 kr", 12],
    ["12 KR", 12],
    ["12:-", 12],
    [" 42 ", 42],
    ["+5", 5],
    ["1 000,5", 1000.5],
    ["1 234,56 kr", 1234.56],
    ["1\u202f000", 1000],
    ["-1 000", -1000],
    ["999 999 999", 999_999_999],
    ["0", 0],
  ])("%p is %p", (text, expected) => expect(readNumber(text)).toBe(expected));

  it.each(["kr", "12 kronor", "1234 567", "1 0000", "1 000 00", "12.", ".5", "1 000.5", "1e3", "--1", "12 kr kr", "1 000,", "½", "1kr2", "kr 12"])("%p is not a number", (text) => {
    expect(readNumber(text)).toBeUndefined();
  });

  it("a number cell as it is, but not NaN or infinity; other cells are no number", () => {
    expect(readNumber(-0.25)).toBe(-0.25);
    expect(readNumber(Number.NaN)).toBeUndefined();
    expect(readNumber(Number.NEGATIVE_INFINITY)).toBeUndefined();
    expect(readNumber(null)).toBeUndefined();
    expect(readNumber(new Date(0))).toBeUndefined();
  });
});

describe("percent edges (spec section 3, 10.20)", () => {
  it("a number up to 1 is a fraction; above 1 and up to 100 a percentage; above 100 stays", () => {
    expect(readFraction(1)).toBe(1);
    expect(readFraction(1.5)).toBeCloseTo(0.015, 12);
    expect(readFraction(100)).toBe(1);
    expect(readFraction(100.5)).toBe(100.5);
    expect(readFraction(0)).toBe(0);
    expect(readFraction(-50)).toBe(-50);
  });

  it("text with % is always a percentage, spaces after it allowed", () => {
    expect(readFraction("1%")).toBe(0.01);
    expect(readFraction("0,5 %")).toBe(0.005);
    expect(readFraction("50 % ")).toBe(0.5);
    expect(readFraction("%")).toBeUndefined();
    expect(readFraction("half %")).toBeUndefined();
    expect(readFraction("50%x")).toBeUndefined();
    expect(readFraction(true)).toBeUndefined();
  });
});

describe("choices (spec section 3)", () => {
  it("every gender word, in any case, with spaces around", () => {
    const words: [string, string][] = [
      ["k", "K"], ["kvinna", "K"], ["f", "K"], ["female", "K"], ["w", "K"], ["woman", "K"],
      ["m", "M"], ["man", "M"], ["male", "M"],
      ["x", "X"], ["annat", "X"], ["okänt", "X"], ["other", "X"], ["unknown", "X"],
    ];
    for (const [word, gender] of words) {
      expect(readGender(word)).toBe(gender);
      expect(readGender(` ${word.toUpperCase()} `)).toBe(gender);
    }
    expect(readGender("q")).toBeUndefined();
    expect(readGender(1)).toBeUndefined();
  });

  it("every yes and no word, booleans, and only 1 and 0 of the numbers", () => {
    for (const word of ["ja", "j", "yes", "y", "true", "x", "1", " JA "]) expect(readYesNo(word)).toBe(true);
    for (const word of ["nej", "n", "no", "false", "0", " Nej "]) expect(readYesNo(word)).toBe(false);
    expect(readYesNo(true)).toBe(true);
    expect(readYesNo(false)).toBe(false);
    expect(readYesNo(1)).toBe(true);
    expect(readYesNo(0)).toBe(false);
    expect(readYesNo(2)).toBeUndefined();
    expect(readYesNo("kanske")).toBeUndefined();
    expect(readYesNo(null)).toBeUndefined();
  });
});

describe("municipality codes (spec 10.20)", () => {
  it("a whole number from 0 to 9999 is a code; text of one to four digits too", () => {
    expect(readMunicipality(0)).toEqual({ code: "0000" });
    expect(readMunicipality(9999)).toEqual({ code: "9999" });
    expect(readMunicipality(10_000)).toBeUndefined();
    expect(readMunicipality(-1)).toBeUndefined();
    expect(readMunicipality(" 0127 ")).toEqual({ code: "0127" });
    expect(readMunicipality("1")).toEqual({ code: "0001" });
    expect(readMunicipality("12345")).toEqual({ name: "12345" });
    expect(readMunicipality("127a")).toEqual({ name: "127a" });
  });

  it("any other cell is read as a name, as it shows", () => {
    expect(readMunicipality(true)).toEqual({ name: "true" });
    expect(readMunicipality(12.5)).toBeUndefined();
  });
});

describe("raw cells", () => {
  it("a cell's problem without parameters has none, not undefined", () => {
    expect(new CellProblem("DATE_INVALID").params).toEqual({});
  });

  it("an error value is an object that is no date", () => {
    expect(isCellError({ error: "#REF!" })).toBe(true);
    expect(isCellError(new Date(0))).toBe(false);
    expect(isCellError(null)).toBe(false);
    expect(isCellError("#REF!")).toBe(false);
  });

  it("empty is nothing or only white space; 0 and false are values", () => {
    for (const cell of [null, undefined, "", "  \t"]) expect(isEmptyCell(cell)).toBe(true);
    for (const cell of [0, false, "x", " x "]) expect(isEmptyCell(cell)).toBe(false);
  });

  it("shows a cell as its user would recognise it", () => {
    expect(displayCell(null)).toBe("");
    expect(displayCell(undefined)).toBe("");
    expect(displayCell(new Date(Date.UTC(2018, 2, 1)))).toBe("2018-03-01");
    expect(displayCell(new Date(Number.NaN))).toBe("");
    expect(displayCell({ error: "#N/A" })).toBe("#N/A");
    expect(displayCell(true)).toBe("TRUE");
    expect(displayCell(false)).toBe("FALSE");
    expect(displayCell(Number.NaN)).toBe("#NUM!");
    expect(displayCell(Number.NEGATIVE_INFINITY)).toBe("#NUM!");
    expect(displayCell(1.5)).toBe("1.5");
    expect(displayCell(" text ")).toBe(" text ");
  });
});

describe("header keys (spec section 3, 10.6)", () => {
  it("drop case, white space, dots and every kind of hyphen", () => {
    expect(headerKey("Org.nr")).toBe("orgnr");
    expect(headerKey(" Anställnings-ID ")).toBe("anställningsid");
    expect(headerKey("a\u00a0b\tc\u2010d\u2011e\u2013f\u2015g")).toBe("abcdefg");
    expect(headerKey("a_b/c")).toBe("a_b/c");
  });
});

describe("what each column kind reports (spec section 3)", () => {
  const problemOf = (read: unknown) => (read instanceof CellProblem ? { code: read.code, ...read.params } : read);

  it("organisationsnummer: a number cell is read, a boolean is a format problem, a wrong check digit names the right one", () => {
    expect(COLUMN_READERS.orgnr(5560360793)).toBe("556036-0793");
    expect(problemOf(COLUMN_READERS.orgnr(true))).toEqual({ code: "ORGNR_INVALID", found: "TRUE", problem: "format" });
    expect(problemOf(COLUMN_READERS.orgnr("556036-0794"))).toEqual({ code: "ORGNR_INVALID", found: "556036-0794", problem: "checkDigit", expectedDigit: 3 });
    expect(problemOf(COLUMN_READERS.orgnr("551036-0793"))).toEqual({ code: "ORGNR_INVALID", found: "551036-0793", problem: "thirdDigit" });
  });

  it("rate: in (0, 1] after reading percentages; a boolean is no number", () => {
    expect(COLUMN_READERS.rate(1)).toBe(1);
    expect(COLUMN_READERS.rate("100 %")).toBe(1);
    expect(COLUMN_READERS.rate(0.01)).toBe(0.01);
    expect(problemOf(COLUMN_READERS.rate(0))).toEqual({ code: "RATE_OUT_OF_RANGE", found: "0" });
    expect(problemOf(COLUMN_READERS.rate("100,5 %"))).toEqual({ code: "RATE_OUT_OF_RANGE", found: "100,5 %" });
    expect(problemOf(COLUMN_READERS.rate(true))).toEqual({ code: "NUMBER_INVALID", found: "TRUE", problem: "share" });
  });

  it("count: a whole number from 0; amount: any number from 0; year: any whole number", () => {
    expect(COLUMN_READERS.count(0)).toBe(0);
    expect(problemOf(COLUMN_READERS.count(-1))).toEqual({ code: "NUMBER_INVALID", found: "-1", problem: "whole" });
    expect(problemOf(COLUMN_READERS.count(1.5))).toEqual({ code: "NUMBER_INVALID", found: "1.5", problem: "whole" });
    expect(problemOf(COLUMN_READERS.count("x"))).toEqual({ code: "NUMBER_INVALID", found: "x", problem: "whole" });
    expect(COLUMN_READERS.amount(0)).toBe(0);
    expect(COLUMN_READERS.amount("1,5")).toBe(1.5);
    expect(problemOf(COLUMN_READERS.amount(-0.01))).toEqual({ code: "NUMBER_INVALID", found: "-0.01", problem: "nonNegative" });
    expect(problemOf(COLUMN_READERS.amount("x"))).toEqual({ code: "NUMBER_INVALID", found: "x", problem: "nonNegative" });
    expect(COLUMN_READERS.year(-1)).toBe(-1);
    expect(problemOf(COLUMN_READERS.year(2.5))).toEqual({ code: "NUMBER_INVALID", found: "2.5", problem: "yearRange" });
    expect(problemOf(COLUMN_READERS.year("x"))).toEqual({ code: "NUMBER_INVALID", found: "x", problem: "yearRange" });
  });

  it("text is trimmed; date, gender, yes/no and municipality name what they expected", () => {
    expect(COLUMN_READERS.text("  AVT-1 ")).toBe("AVT-1");
    expect(COLUMN_READERS.text(12)).toBe("12");
    // Spec 10.26: an ambiguous D/M/YYYY names both readings.
    expect(problemOf(COLUMN_READERS.date("03/04/2018"))).toEqual({ code: "DATE_INVALID", found: "03/04/2018", readings: "2018-04-03;2018-03-04" });
    expect(problemOf(COLUMN_READERS.gender("Q"))).toEqual({ code: "CHOICE_INVALID", found: "Q", problem: "gender" });
    expect(problemOf(COLUMN_READERS.yesNo("kanske"))).toEqual({ code: "CHOICE_INVALID", found: "kanske", problem: "yesNo" });
    expect(problemOf(COLUMN_READERS.municipality(12.5))).toEqual({ code: "NUMBER_INVALID", found: "12.5", problem: "code" });
    expect(COLUMN_READERS.municipality(127)).toEqual({ code: "0127" });
  });
});

describe("agreement values by kind (spec section 2, 10.2)", () => {
  it("reads each kind, and null when the cell is not of it", () => {
    expect(readAgreementValue(" Start_Date ", "2018-01-01")).toBe(readDate("2018-01-01"));
    expect(readAgreementValue("incentive_share", "25 %")).toBe(0.25);
    expect(readAgreementValue("incentive_share", true)).toBeNull();
    expect(readAgreementValue("part_time_factor", "1,5")).toBe(1.5);
    expect(readAgreementValue("municipality", "  Botkyrka ")).toBe("Botkyrka");
    expect(readAgreementValue("municipality", 12)).toBe("12");
    expect(readAgreementValue("municipality", true)).toBeNull();
    expect(readAgreementValue("municipality_code", 127)).toBe("0127");
    expect(readAgreementValue("municipality_code", " 12345 ")).toBe("12345");
    // Only one to four digits and nothing else are a code to pad; anything else stays as written.
    expect([readAgreementValue("municipality_code", "x127"), readAgreementValue("municipality_code", "0127x")]).toEqual(["x127", "0127x"]);
    expect(readAgreementValue("residents_only", "Nej")).toBe(false);
    expect(readAgreementValue("exit_checkpoints", "1;3")).toEqual([1, 3]);
    expect(readAgreementValue("exit_checkpoints", 2)).toEqual([2]);
    expect(readAgreementValue("exit_checkpoints", "1;x")).toBeNull();
    expect(readAgreementValue("exit_checkpoints", true)).toBeNull();
    expect(readAgreementValue("jobs_target_per_year", "100; 200 ;300")).toEqual([100, 200, 300]);
  });

  it("an unknown key gives the cell as shown", () => {
    expect(readAgreementValue("bonus", 1.5)).toBe("1.5");
  });
});
