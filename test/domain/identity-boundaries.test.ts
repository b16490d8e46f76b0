import { luhnCheckDigit } from "../../src/domain/luhn";
import { checkOrgnr } from "../../src/domain/organisationsnummer";
import { containsPersonnummer, isPersonnummerNumber, maskPersonnummer, wholePersonnummer } from "../../src/domain/personnummer";
import { ORG_A, ORG_B, ORG_C, orgnr } from "../helpers/workbook-builder";

// The edges of the identity-number rules (issue 14): months and days at their limits, the forms'
// separators, digits next to a token, the century of a 10-digit form.

/** Nine digits and their check digit. */
const withCheck = (nine: string) => `${nine}${luhnCheckDigit(nine)}`;
/** `YYMMDD-NNNC` from the first nine digits. */
const dashed = (nine: string) => `${nine.slice(0, 6)}-${withCheck(nine).slice(6)}`;

describe("the Luhn check digit (spec section 3)", () => {
  it("weights 2,1,2,1… from the left and sums the digits of products above 9", () => {
    expect(luhnCheckDigit("556036079")).toBe(3);
    expect(luhnCheckDigit("850709980")).toBe(5);
    // 9 × 2 = 18 counts 1 + 8 = 9; 10 − 9 = 1.
    expect(luhnCheckDigit("9")).toBe(1);
    expect(luhnCheckDigit("5")).toBe(9);
    expect(luhnCheckDigit("05")).toBe(5);
    // A sum that is a multiple of 10 gives 0, not 10.
    expect(luhnCheckDigit("91")).toBe(0);
    expect(luhnCheckDigit("")).toBe(0);
  });
});

describe("organisationsnummer edges (spec section 3)", () => {
  it("a third digit of exactly 2 is valid, 1 and 0 are not", () => {
    expect(checkOrgnr(`${withCheck("552233445").slice(0, 6)}-${withCheck("552233445").slice(6)}`)).toEqual({ valid: true, orgnr: "552233-4456" });
    expect(checkOrgnr(withCheck("550036079"))).toEqual({ valid: false, problem: "thirdDigit" });
    expect(checkOrgnr(withCheck("551036079"))).toEqual({ valid: false, problem: "thirdDigit" });
  });

  it("only the whole text, only the century 16, only one hyphen in its place", () => {
    for (const text of ["x556036-0793", "556036-07931", "15556036-0793", "556036--0793", "5560-360793", "556036-079", "556036/0793", "556036-079a"]) {
      expect(checkOrgnr(text)).toEqual({ valid: false, problem: "format" });
    }
    expect(checkOrgnr("16 556036 0793")).toEqual({ valid: true, orgnr: "556036-0793" });
    expect(checkOrgnr("556036\t0793\n")).toEqual({ valid: true, orgnr: "556036-0793" });
  });

  it("the test workbooks' numbers are valid", () => {
    expect([ORG_A, ORG_B, ORG_C]).toEqual([orgnr("556036079"), orgnr("556112233"), orgnr("559001122")]);
    for (const valid of [ORG_A, ORG_B, ORG_C]) expect(checkOrgnr(valid)).toEqual({ valid: true, orgnr: valid });
  });

  it("names the check digit it expected", () => {
    expect(checkOrgnr("5560360790")).toEqual({ valid: false, problem: "checkDigit", expectedDigit: 3 });
  });
});

describe("personnummer edges (spec 10.19)", () => {
  it("months 01 to 12 and days up to the month's last are dates; month 00 and 13 are not", () => {
    for (const nine of ["850101980", "850930980", "851001980", "851231980", "851130980"]) expect(containsPersonnummer(dashed(nine))).toBe(true);
    for (const nine of ["850001980", "851301980", "852001980", "850100980", "850931980", "850230980"]) expect(containsPersonnummer(dashed(nine))).toBe(false);
  });

  it("a samordningsnummer's day is the day + 60: day 61 is the 1st, 60 is no day, 91 is no day", () => {
    expect(containsPersonnummer(dashed("850761980"))).toBe(true);
    expect(containsPersonnummer(dashed("850791980"))).toBe(true); // July 31st
    expect(containsPersonnummer(dashed("850760980"))).toBe(false);
    expect(containsPersonnummer(dashed("850792980"))).toBe(false);
  });

  it("a 10-digit form is valid if its date is real in either century; a 12-digit form in its own", () => {
    // 00-02-29 is a day in 2000; 99-02-29 is a day in neither 1999 nor 2099; 04-02-29 in both,
    // 01-02-29 in neither.
    expect(containsPersonnummer(dashed("000229980"))).toBe(true);
    expect(containsPersonnummer(dashed("040229123"))).toBe(true);
    expect(containsPersonnummer(dashed("010229123"))).toBe(false);
    expect(containsPersonnummer(`20${withCheck("010229123")}`)).toBe(false);
    expect(containsPersonnummer(dashed("990229980"))).toBe(false);
    expect(containsPersonnummer(`19${withCheck("000229980")}`)).toBe(false);
    expect(containsPersonnummer(`20${withCheck("000229980")}`)).toBe(true);
    expect(isPersonnummerNumber(Number(`20${withCheck("000229980")}`))).toBe(true);
    expect(isPersonnummerNumber(Number(`19${withCheck("000229980")}`))).toBe(false);
  });

  it("the 12-digit form's check digit is over its last ten digits", () => {
    expect(containsPersonnummer("198507099805")).toBe(true);
    expect(containsPersonnummer("198507099804")).toBe(false);
    expect(containsPersonnummer("19850709-9804")).toBe(false);
  });

  it("tokens are bounded by non-digits, with - or + between date and number", () => {
    expect(containsPersonnummer("a850709-9805b")).toBe(true);
    expect(containsPersonnummer("a850709+9805b")).toBe(true);
    expect(containsPersonnummer("x198507099805y")).toBe(true);
    // Issue 10: a space between date and number is a personnummer too. The bare 10-digit form is
    // one only in the Person-ID column (spec 10.25), though every shown value masks it.
    expect(containsPersonnummer("850709 9805 ")).toBe(true);
    for (const text of ["850709-98051", "1850709-9805", "1198507099805", "1985070998051", "850709/9805 ", "85070-99805", "8507099805 x"]) {
      expect(containsPersonnummer(text)).toBe(false);
    }
  });

  it("a 12-digit number cell is an integer with 12 digits", () => {
    expect(isPersonnummerNumber(198507099805)).toBe(true);
    // 13 digits that begin with a valid 10-digit personnummer (850709-9805) are none.
    expect(isPersonnummerNumber(8_507_099_805_123)).toBe(false);
    expect(isPersonnummerNumber(198507099805.5)).toBe(false);
    expect(isPersonnummerNumber(8507099805)).toBe(false);
    expect(isPersonnummerNumber(198507099806)).toBe(false);
    expect(isPersonnummerNumber(1198507099805)).toBe(false);
  });

  it("a Person-ID cell is a personnummer only as a whole, spaces around it aside (spec 10.25)", () => {
    expect(wholePersonnummer(" 850709-9805 ")).toEqual({ digits: "8507099805", sign: "-" });
    expect(wholePersonnummer("19850709+9805")).toEqual({ digits: "198507099805", sign: "+" });
    expect(wholePersonnummer("8507099805")).toEqual({ digits: "8507099805", sign: "" });
    for (const text of ["x850709-9805", "850709-9805x", "850709-98051", "1850709-9805", "850709-9806"]) expect(wholePersonnummer(text)).toBeUndefined();
  });

  it("masks the date part and keeps the sign; an invalid token stays as it is", () => {
    expect(maskPersonnummer("ring 850709+9805 nu")).toBe("ring 850709+**** nu");
    expect(maskPersonnummer("ring 19850709-9805 nu")).toBe("ring 19850709-**** nu");
    expect(maskPersonnummer("id 198507099805.")).toBe("id 19850709****.");
    expect(maskPersonnummer("ring 850709-9806 nu")).toBe("ring 850709-9806 nu");
    expect(maskPersonnummer("ring 198507099806 nu")).toBe("ring 198507099806 nu");
    // The bare 10-digit form is masked too (issue 10: an echoed value no longer knows its column).
    expect(maskPersonnummer("8507099805")).toBe("850709****");
  });
});
