import { addMonths, dayFromYmd, isoDay, parseIsoDay } from "../../src/domain/day";
import { luhnCheckDigit } from "../../src/domain/luhn";
import { checkOrgnr } from "../../src/domain/organisationsnummer";
import { containsPersonnummer, isPersonnummerNumber, maskPersonnummer } from "../../src/domain/personnummer";

describe("organisationsnummer (spec section 3)", () => {
  it("accepts the forms and normalises them", () => {
    for (const form of ["556036-0793", "5560360793", "16556036-0793", "165560360793", " 556036-0793 "]) {
      expect(checkOrgnr(form)).toEqual({ valid: true, orgnr: "556036-0793" });
    }
  });

  it("says what is wrong", () => {
    expect(checkOrgnr("556036-0794")).toEqual({ valid: false, problem: "checkDigit", expectedDigit: 3 });
    expect(checkOrgnr("551036-0793")).toMatchObject({ valid: false, problem: "thirdDigit" });
    expect(checkOrgnr("55603-60793")).toMatchObject({ valid: false, problem: "format" });
    expect(checkOrgnr("")).toMatchObject({ valid: false, problem: "format" });
  });
});

describe("personnummer (spec 10.19)", () => {
  it("finds the four forms as tokens, and 12-digit numbers", () => {
    for (const text of ["850709-9805", "850709+9805", "19850709-9805", "198507099805", "namn 850709-9805, ring"]) expect(containsPersonnummer(text)).toBe(true);
    expect(isPersonnummerNumber(198507099805)).toBe(true);
  });

  it("needs a valid check digit and a real date (or day + 60)", () => {
    expect(containsPersonnummer("850709-9806")).toBe(false);
    expect(containsPersonnummer("851309-9800")).toBe(false);
    expect(containsPersonnummer("1850709-9805")).toBe(false);
    expect(containsPersonnummer("556036-0793")).toBe(false);
    // A samordningsnummer: day 09 + 60.
    const nine = "850769980";
    expect(containsPersonnummer(`${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`)).toBe(true);
  });

  it("masks every one and leaves other text alone", () => {
    expect(maskPersonnummer("se 850709-9805 och 19850709-9805")).toBe("se 850709-**** och 19850709-****");
    expect(maskPersonnummer("198507099805")).toBe("19850709****");
    expect(maskPersonnummer("556036-0793")).toBe("556036-0793");
  });
});

describe("calendar arithmetic (spec section 4)", () => {
  it("clamps addMonths to the month's last day", () => {
    expect(isoDay(addMonths(parseIsoDay("2018-11-30")!, 3))).toBe("2019-02-28");
    expect(isoDay(addMonths(parseIsoDay("2020-02-29")!, 12))).toBe("2021-02-28");
    expect(isoDay(addMonths(parseIsoDay("2018-01-31")!, 1))).toBe("2018-02-28");
    expect(dayFromYmd(2019, 2, 29)).toBeUndefined();
  });
});
