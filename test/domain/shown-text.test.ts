import fc from "fast-check";
import { containsPersonnummer, maskPersonnummer } from "../../src/domain/personnummer";
import { shownText, shownValues } from "../../src/domain/shown-text";

describe("shownText: the one gate for every outgoing string (issue 10)", () => {
  it("masks a personnummer with any separator people type, and the bare 10-digit form (spec 10.19, 10.25)", () => {
    const forms: [string, string][] = [
      ["850709-9805", "850709-****"],
      ["850709+9805", "850709+****"],
      ["850709\u20139805", "850709\u2013****"], // en dash
      ["850709\u20149805", "850709\u2014****"], // em dash
      ["850709\u20119805", "850709\u2011****"], // non-breaking hyphen
      ["850709\u22129805", "850709\u2212****"], // minus sign
      ["850709 9805", "850709 ****"],
      ["850709\u00a09805", "850709\u00a0****"],
      ["19850709-9805", "19850709-****"],
      ["19850709\u20139805", "19850709\u2013****"],
      ["198507099805", "19850709****"],
      ["8507099805", "850709****"],
      ["lista 850709-9805.xlsx", "lista 850709-****.xlsx"],
    ];
    for (const [form, masked] of forms) expect(shownText(form)).toBe(masked);
    // Found in cells too (PERSONNUMMER_FOUND), the bare form only in the Person-ID column (10.25).
    for (const [form] of forms.filter(([form]) => form.length > 10 && !form.startsWith("lista"))) expect(containsPersonnummer(form)).toBe(true);
  });

  it("leaves what is no personnummer alone: an Org.nr, a wrong check digit, amounts, dates", () => {
    for (const text of ["556036-0793", "5560360793", "850709-9806", "8507099806", "1 250 000 kr", "2019-03-01", "12 345 678", "A-10"]) expect(shownText(text)).toBe(text);
  });

  it("does not mask the digits of a SHA-256 the program computed", () => {
    const digest = "ab8507099805cd" + "0".repeat(50);
    expect(shownText(`SHA-256 ${digest}`)).toBe(`SHA-256 ${digest}`);
    expect(shownText(`${digest} 850709-9805`)).toBe(`${digest} 850709-****`);
  });

  it("writes control characters as visible escapes, never raw: ESC, CSI, CR, bidi overrides", () => {
    expect(shownText("K\u001b[2J\u001b[8m")).toBe("K\\u001B[2J\\u001B[8m");
    expect(shownText("a\u009b31mb")).toBe("a\\u009B31mb");
    expect(shownText("ok\rFAKE")).toBe("ok\\u000DFAKE");
    expect(shownText("abc\u202Efdp.exe")).toBe("abc\\u202Efdp.exe");
    expect(shownText("rad 1\nrad 2\tkol")).toBe("rad 1\nrad 2\tkol");
  });

  it("an invisible character cannot hide a personnummer from the mask", () => {
    expect(shownText("850709\u200b-9805")).toBe("850709-****");
    expect(shownText("85070\u00ad99805")).toBe("850709****");
    expect(shownText("x\u001b 850709-9805")).toBe("x\\u001B 850709-****");
  });

  it("is a law: the result holds no control character and no personnummer, and showing it again changes nothing", () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom("850709-9805", "8507099805", "850709\u20119805", "\u001b[2J", "\u200b", "\r", "\u202e", "556036-0793"));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const shown = shownText(parts.join(""));
        expect(shownText(shown)).toBe(shown);
        expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(maskPersonnummer(shown)).toBe(shown);
      }),
      { numRuns: 300 },
    );
  });

  it("shows every string of a document and leaves its numbers numbers", () => {
    expect(shownValues({ a: "850709-9805", n: 8507099805, list: ["\u001b", null, true] })).toEqual({ a: "850709-****", n: 8507099805, list: ["\\u001B", null, true] });
  });
});
